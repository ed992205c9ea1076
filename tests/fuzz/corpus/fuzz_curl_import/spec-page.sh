curl --request POST \
  --url https://cdp.customer.io/v1/page \
  -u api_key: \
  -H 'content-type: application/json' \
  --data-raw '
  {
      "userId": "f4ca124298",
      "name": "Home",
      "properties": {
          "title": "Welcome | ACME, Inc.",
          "url": "https://www.example.com"
      }
  }'
