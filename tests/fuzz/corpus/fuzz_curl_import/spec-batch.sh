curl --request POST \
  --url https://cdp.customer.io/v1/batch \
  -u api_key: \
  -H 'content-type: application/json' \
  --data-raw '
  {
      "batch": [
          {
              "type": "identify",
              "traits": {
                  "name": "Cool Person",
                  "email": "cool.person@example.com",
                  "likes_baseball": true,
                  "games_attended": 5
              },
              "userId": "97980cfea0067"
          },
          {
              "type": "track",
              "userId": "97980cfea0067",
              "event": "Course Started",
              "properties": {
                  "title": "Intro to Customer.io"
              }
          }
      ]
  }'
