curl --request POST \
  --url https://cdp.customer.io/v1/group \
  -u api_key: \
  -H 'content-type: application/json' \
  --data-raw '
  {
      "userId": "97980cfea0067",
      "groupId": "0e8c78ea9d97a7b8185e8632",
      "traits": {
          "objectTypeId": 2,
          "name": "ACME, Inc.",
          "industry": "Technology",
          "employees": 329,
          "plan": "enterprise",
          "total billed": 830
      }
  }'
