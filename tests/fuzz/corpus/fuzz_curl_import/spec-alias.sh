curl --request POST \
  --url https://cdp.customer.io/v1/alias \
  -u api_key: \
  -H 'content-type: application/json' \
  -d '{"previousId":"23adfd82-aa0f-45a7-a756-24f2a7a4c895","userId":"97980cfea0067"}'
