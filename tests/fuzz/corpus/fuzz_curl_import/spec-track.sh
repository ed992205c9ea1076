curl --request POST \
  --url https://cdp.customer.io/v1/track \
  -u api_key: \
  -H 'content-type: application/json' \
  --data-raw '
  {
      "userId": "97980cfea0067",
      "event": "Course Started",
      "properties": {
          "title": "Intro to Customer.io"
      }
  }'
