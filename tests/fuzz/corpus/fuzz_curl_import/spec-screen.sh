curl --request POST \
  --url https://cdp.customer.io/v1/screen \
  -u api_key: \
  -H 'content-type: application/json' \
  --data-raw '
  {
      "userId": "f4ca124298",
      "name": "feed",
      "properties": {
          "subscriptions": [
              "baseball",
              "basketball"
          ]
      }
  }'
