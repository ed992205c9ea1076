#!/usr/bin/env bash
# Runs a command against a freshly started sandbox, then stops the sandbox and checks it stopped
# cleanly. Usage: with_sandbox.sh EWB [sandbox options...] -- COMMAND [ARGS...]
# (EWB is the ewb binary; it runs `ewb sandbox`.)
# The command sees SANDBOX_URL (".../v1"), SANDBOX_ROOT (scheme://host:port) and SANDBOX_KEY.
set -euo pipefail
exe=$1; shift
sandbox_args=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do sandbox_args+=("$1"); shift; done
[ "${1:-}" = "--" ] || { echo "with_sandbox.sh: missing -- COMMAND" >&2; exit 2; }
shift

export SANDBOX_KEY=${SANDBOX_KEY:-interop-key-$$}
work=$(mktemp -d /tmp/ewb-interop.XXXXXX)
"$exe" sandbox --key "$SANDBOX_KEY" "${sandbox_args[@]}" >"$work/stdout" 2>"$work/stderr" &
pid=$!
cleanup() {
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# The first line on stdout is the base URL; wait for it (bounded: 100 x 0.1 s).
for _ in $(seq 100); do
    [ -s "$work/stdout" ] && break
    kill -0 "$pid" 2>/dev/null || { echo "with_sandbox.sh: the sandbox exited:" >&2; cat "$work/stderr" >&2; exit 1; }
    sleep 0.1
done
SANDBOX_URL=$(head -n 1 "$work/stdout")
[ -n "$SANDBOX_URL" ] || { echo "with_sandbox.sh: the sandbox printed no URL" >&2; exit 1; }
export SANDBOX_URL SANDBOX_ROOT=${SANDBOX_URL%/v1}

status=0
"$@" || status=$?

kill -TERM "$pid"
sandbox_status=0
wait "$pid" || sandbox_status=$?
trap 'rm -rf "$work"' EXIT
if [ "$sandbox_status" -ne 0 ]; then
    echo "with_sandbox.sh: the sandbox exited with $sandbox_status on SIGTERM" >&2
    cat "$work/stderr" >&2
    exit 1
fi
if grep -qF -- "$SANDBOX_KEY" "$work/stderr"; then
    echo "with_sandbox.sh: the sandbox's log shows the API key" >&2
    exit 1
fi
exit "$status"
