curl --request POST \
  --url https://cdp.customer.io/v1/identify \
  -u api_key: \
  -H 'content-type: application/json' \
  --data-raw '
  {
      "userId": "97980cfea0067",
      "traits": {
          "name": "Cool Person",
          "email": "cool.person@example.com",
          "likes_baseball": true,
          "games_attended": 5
      }
  }'
