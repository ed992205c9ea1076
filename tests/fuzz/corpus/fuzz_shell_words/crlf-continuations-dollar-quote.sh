curl \
  --url https://cdp-eu.customer.io/v1/t \
  --json $'{"anonymousId":"x","event":"it\'s"}'
