#!/usr/bin/env bash
# ewb run beside newman on the same load in the same run: the seven requests of the shared Postman
# fixture (its batch fixed so that every request is valid), 1,000 iterations, against one
# `ewb sandbox`. Prints requests per second and peak resident memory of each, and their ratios;
# then ewb run at 100,000 iterations, whose peak memory should stay within 10% of the 1,000 run
# (reports stream to disk). Both tools write a JUnit report, as a CI job would.
# Usage: bench/bench_run.sh BUILD_DIR   EWB_BENCH_RUN_ITERATIONS (1000), EWB_BENCH_RUN_LONG (100000)
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build/release}
ewb=$build/app/ewb
newman=$top/tests/interop/node_modules/.bin/newman
iterations=${EWB_BENCH_RUN_ITERATIONS:-1000}
long=${EWB_BENCH_RUN_LONG:-100000}
fixture=$top/../shared/fixtures/postman/customer-io-pipelines-api.postman_collection.json
[ -x "$ewb" ] || { echo "bench_run: $ewb is not built" >&2; exit 1; }
[ -x "$newman" ] || { echo "bench_run: run scripts/install-node-clients.sh first" >&2; exit 1; }

work=$(mktemp -d /tmp/ewb-bench-run.XXXXXX)
sandbox_pid=
cleanup() {
    [ -z "$sandbox_pid" ] || kill "$sandbox_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
export EWB_DATA_DIR=$work/data

# The fixture's batch holds "<string>" call types (a request no tool should send): two real calls.
python3 - "$fixture" "$work/fixed.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
for folder in doc["item"]:
    for item in folder.get("item", []):
        url = item["request"]["url"]
        path = url if isinstance(url, str) else "/".join(url.get("path", []))
        if path.endswith("batch"):
            item["request"]["body"]["raw"] = json.dumps({"batch": [
                {"type": "identify", "userId": "u1", "traits": {"plan": "pro"}},
                {"type": "track", "userId": "u1", "event": "Bench Event"}]})
json.dump(doc, open(sys.argv[2], "w"))
PY

"$ewb" sandbox --port 0 --ring 1000 >"$work/sandbox.out" 2>/dev/null &
sandbox_pid=$!
for _ in $(seq 100); do [ -s "$work/sandbox.out" ] && break; sleep 0.1; done
base=$(head -n 1 "$work/sandbox.out")
[ -n "$base" ] || { echo "bench_run: the sandbox did not start" >&2; exit 1; }

# measure LABEL COMMAND...: wall seconds and peak RSS (MB) of one run, through /usr/bin/time.
measure() {
    local label=$1 requests=$2; shift 2
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>&1 || true
    read -r secs kb < <(tail -n 1 "$work/time")
    [ "$label" = "${label#ewb}" ] || grep -q "^All passed" "$work/out" || { echo "bench_run: $label did not pass:" >&2; tail -n 5 "$work/out" >&2; }
    local rate mb
    rate=$(awk "BEGIN { printf \"%.0f\", $requests / ($secs > 0 ? $secs : 0.01) }")
    mb=$(awk "BEGIN { printf \"%.1f\", $kb / 1024 }")
    # Runs in a subshell (read < <(measure ...)): the row goes to a file.
    printf '%-44s %9s %8s s %10s req/s %8s MB\n' "$label" "$requests" "$secs" "$rate" "$mb" >>"$work/rows"
    echo "$rate $mb"
}

export long iterations
requests=$((iterations * 7))
env_args=(--env-var "baseUrl=$base" --env-var basicAuthUsername=bench --env-var basicAuthPassword=)
read -r newman_rate newman_mb < <(measure "newman run (-n $iterations, junit)" "$requests" \
    "$newman" run "$work/fixed.json" -n "$iterations" "${env_args[@]}" -r junit --reporter-junit-export "$work/newman.xml")
read -r ewb1_rate ewb1_mb < <(measure "ewb run (--iterations $iterations, junit)" "$requests" \
    env EWB_API_KEY=bench "$ewb" run "$work/fixed.json" --url "$base" --iterations "$iterations" --rate 100000 \
    --reporter junit "$work/ewb.xml")
read -r ewb8_rate ewb8_mb < <(measure "ewb run (same, --concurrency 8)" "$requests" \
    env EWB_API_KEY=bench "$ewb" run "$work/fixed.json" --url "$base" --iterations "$iterations" --rate 100000 \
    --concurrency 8 --reporter junit "$work/ewb8.xml")
long_requests=$((long * 7))
read -r _ ewbl_mb < <(measure "ewb run (--iterations $long, --concurrency 8)" "$long_requests" \
    env EWB_API_KEY=bench "$ewb" run "$work/fixed.json" --url "$base" --iterations "$long" --rate 100000 \
    --concurrency 8 --reporter junit "$work/ewb-long.xml")

echo "ewb run vs newman: the fixture's 7 requests (batch fixed) against one ewb sandbox, $(nproc) cores"
printf '%-44s %9s %10s %16s %11s\n' "" requests time rate "peak RSS"
cat "$work/rows"
awk -v a="$ewb1_rate" -v b="$ewb8_rate" -v n="$newman_rate" -v m1="$ewb1_mb" -v m8="$ewb8_mb" -v nm="$newman_mb" \
    -v ml="$ewbl_mb" 'BEGIN {
    printf "rate vs newman: %.1fx (concurrency 1), %.1fx (concurrency 8); target at least 20x\n", a / n, b / n
    printf "memory vs newman: %.2f (concurrency 1), %.2f (concurrency 8); target at most 0.25\n", m1 / nm, m8 / nm
    printf "memory, %s vs %s iterations: %+.1f%%; target within 10%%\n", ENVIRON["long"], ENVIRON["iterations"], (ml - m8) * 100 / m8 }'
