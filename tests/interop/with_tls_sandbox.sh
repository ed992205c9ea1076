#!/usr/bin/env bash
# Runs a command against a freshly started HTTPS sandbox with a throwaway self-signed certificate
# for 127.0.0.1 (made here with openssl, removed after). Usage: with_tls_sandbox.sh EWB [sandbox
# options...] -- COMMAND [ARGS...]; as with_sandbox.sh, which it runs. Node clients trust the
# certificate through NODE_EXTRA_CA_CERTS.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
exe=$1; shift
dir=$(mktemp -d /tmp/ewb-interop-tls.XXXXXX)
trap 'rm -rf "$dir"' EXIT
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
    -keyout "$dir/key.pem" -out "$dir/cert.pem" -subj /CN=127.0.0.1 \
    -addext subjectAltName=IP:127.0.0.1 >"$dir/openssl.log" 2>&1 \
    || { echo "with_tls_sandbox.sh: openssl could not make a certificate:" >&2; cat "$dir/openssl.log" >&2; exit 1; }
export NODE_EXTRA_CA_CERTS="$dir/cert.pem"
status=0
"$here/with_sandbox.sh" "$exe" --tls-cert "$dir/cert.pem" --tls-key "$dir/key.pem" "$@" || status=$?
exit "$status"
