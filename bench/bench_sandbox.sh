#!/usr/bin/env bash
# Ingest rate of the sandbox, in events per second, with forwarding off and on (issue 12: every
# accepted call also sent on to a second ewb sandbox standing for the real API), beside the same
# load against two minimal static responders (the ceiling on this machine), all in one run:
#   (a) the official Node client sending 100,000 track events in batches of 100;
#   (b) wrk posting a fixed 100-event batch for a few seconds.
# With forwarding on, the notes say how many events had gone upstream when the load ended, and how
# long the rest took to drain.
# Then the peak memory of a fresh sandbox answering one 500 KB batch of empty calls.
# Loopback only; every server is started here and stopped at the end. Prints a table.
# Usage: bench/bench_sandbox.sh BUILD_DIR   (e.g. build/release; scripts/bench.sh passes it)
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build/release}
sandbox_exe=$build/app/ewb
static_exe=$build/bench/sandbox_static_responder
events=${EWB_BENCH_EVENTS:-100000}
batch=100
wrk_seconds=${EWB_BENCH_WRK_SECONDS:-5}
key=bench-key-$$

for need in "$sandbox_exe" "$static_exe"; do
    [ -x "$need" ] || { echo "bench_sandbox: $need is not built" >&2; exit 1; }
done
[ -d "$top/tests/interop/node_modules/@customerio/cdp-analytics-node" ] ||
    { echo "bench_sandbox: run scripts/install-node-clients.sh first" >&2; exit 1; }
command -v wrk >/dev/null || { echo "bench_sandbox: wrk is not installed (scripts/install-deps.sh)" >&2; exit 1; }

work=$(mktemp -d /tmp/ewb-bench.XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# Starts a server whose first stdout line is its URL; sets $url.
start() {
    local name=$1; shift
    "$@" >"$work/$name.out" 2>/dev/null &
    pids+=($!)
    for _ in $(seq 100); do
        [ -s "$work/$name.out" ] && break
        sleep 0.1
    done
    url=$(head -n 1 "$work/$name.out")
    url=${url%/v1}
    [ -n "$url" ] || { echo "bench_sandbox: $name did not start" >&2; exit 1; }
}

start sandbox "$sandbox_exe" sandbox --key "$key" --ring 10000
sandbox_url=$url
# Forwarding on: the same sandbox in front of an upstream one (its key from the environment, as
# --forward-url takes it); a queue large enough that a burst is queued rather than skipped.
start upstream "$sandbox_exe" sandbox --key "$key" --ring 10000
upstream_url=$url
start forwarding env EWB_API_KEY="$key" "$sandbox_exe" sandbox --key "$key" --ring 10000 \
    --forward-url "$upstream_url/v1" --forward-queue 1000000
forwarding_url=$url
start static "$static_exe"
static_url=$url
start node_static node "$top/bench/static_responder_node.mjs"
node_static_url=$url

# A fixed batch of 100 track events, as the Node client would send it.
node -e '
const items = []
for (let i = 0; i < 100; i++) items.push({ type: "track", userId: `user-${i}`, event: "Bench Event",
  properties: { index: i, plan: "pro", total: 12.5 }, messageId: `bench-${i}`, timestamp: new Date().toISOString(),
  context: { library: { name: "bench", version: "1" } } })
process.stdout.write(JSON.stringify({ batch: items }))' >"$work/batch.json"
export EWB_BENCH_BODY=$work/batch.json
EWB_BENCH_AUTH=$(printf '%s:' "$key" | base64 -w0)
export EWB_BENCH_AUTH

# A field of a sandbox's /_sandbox/stats: sandbox_stat URL accepted, sandbox_stat URL forward.pending.
sandbox_stat() {
    curl -s "$1/_sandbox/stats" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{
        let v=JSON.parse(s); for (const k of process.argv[1].split(".")) v=v[k]; console.log(v)})' "$2"
}
accepted() { sandbox_stat "$1" accepted; }

# After a load against the forwarding sandbox: what had gone upstream when it ended, and how long
# the rest took to drain. Sets $note.
forwarding_note() {
    local at_end forwarded started ms
    at_end=$(sandbox_stat "$forwarding_url" forward.forwarded)
    started=$(date +%s%N)
    while [ "$(sandbox_stat "$forwarding_url" forward.pending)" != 0 ]; do sleep 0.05; done
    ms=$(( ($(date +%s%N) - started) / 1000000 ))
    forwarded=$(sandbox_stat "$forwarding_url" forward.forwarded)
    note="$note, forwarded $((at_end - forwarded_before)) at the end, all $((forwarded - forwarded_before)) after +${ms} ms"
    note="$note, failed $(sandbox_stat "$forwarding_url" forward.failed), skipped $(sandbox_stat "$forwarding_url" forward.skipped)"
    forwarded_before=$forwarded
}
forwarded_before=0

rows=()
row() { rows+=("$(printf '%-34s %-28s %12s %10s' "$1" "$2" "$3" "$4")"); }

label_of() {
    case $1 in
        sandbox) url=$sandbox_url; label="sandbox, forwarding off" ;;
        forwarding) url=$forwarding_url; label="sandbox, forwarding on" ;;
        static) url=$static_url; label="static responder (HttpServer)" ;;
        node_static) url=$node_static_url; label="static responder (Node http)" ;;
    esac
}

for target in sandbox forwarding static node_static; do
    label_of $target
    before=$( [ $target = sandbox ] || [ $target = forwarding ] && accepted "$url" || echo 0)
    result=$(node "$top/bench/bench_sandbox_node.mjs" "$url" "$key" "$events" "$batch")
    rate=$(node -e "const r=JSON.parse(process.argv[1]);console.log(Math.round(r.rate))" "$result")
    errors=$(node -e "console.log(JSON.parse(process.argv[1]).errors)" "$result")
    note="errors $errors"
    if [ $target = sandbox ] || [ $target = forwarding ]; then
        after=$(accepted "$url")
        note="$note, accepted $((after - before))"
    fi
    [ $target = forwarding ] && forwarding_note
    row "Node client, $events x track / $batch" "$label" "$rate" "$note"
done

for target in sandbox forwarding static node_static; do
    label_of $target
    out=$(wrk -t1 -c8 -d"${wrk_seconds}s" -s "$top/bench/bench_sandbox_wrk.lua" "$url/v1/batch")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
    rate=$(awk -v r="$rps" 'BEGIN {printf "%d", r * 100}')
    note="req/s $rps${non2xx:+, non-2xx $non2xx}"
    [ $target = forwarding ] && forwarding_note
    row "wrk -c8 ${wrk_seconds}s, 100-event batch" "$label" "$rate" "$note"
done

echo "Sandbox ingest rate (events/s; loopback; $(nproc) cores shared with the load generator)"
printf '%-34s %-28s %12s %10s\n' "load" "server" "events/s" "notes"
printf '%s\n' "${rows[@]}"
echo "Target: at least 20,000 events/s for the sandbox, and the sandbox never the Node client's bottleneck;"
echo "forwarding on costs the app under test little: it only queues (the upstream sandbox shares the cores)."

# Issue 9: a batch of empty calls multiplied memory hundreds of times (every diagnostic of every
# call kept, and every event, before the ring dropped most of them). A fresh sandbox per mode, so
# that its peak (VmHWM) is this request's.
node -e 'const n = Math.floor((512000 - 12) / 3)
process.stdout.write("{\"batch\":[" + Array(n).fill("{}").join(",") + "]}")' >"$work/empty.json"
body_kb=$(( $(stat -c %s "$work/empty.json") / 1024 ))
echo
echo "Sandbox peak memory for one ${body_kb} KB batch of empty calls ({} x $(( (512000 - 12) / 3 )))"
printf '%-12s %8s %14s %12s %10s\n' "mode" "status" "before (MB)" "peak (MB)" "x body"
for mode in permissive strict store; do
    store=()
    [ $mode = store ] && store=(--store "$work/events.sqlite")
    start "memory_$mode" "$sandbox_exe" sandbox --key "$key" "${store[@]}"
    pid=${pids[-1]}
    before=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
    strict_header=()
    [ $mode = strict ] && strict_header=(-H "X-Strict-Mode: 1")
    status=$(curl -s -o /dev/null -w '%{http_code}' -u "$key:" -H 'Content-Type: application/json' \
        "${strict_header[@]}" --data-binary @"$work/empty.json" "$url/v1/batch")
    [ $mode = store ] && sleep 1 # the store is written within 200 ms of the answer
    peak=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
    kill "$pid"
    printf '%-12s %8s %14d %12d %10d\n' "$mode" "$status" $((before / 1024)) $((peak / 1024)) \
        $(( (peak - before) / body_kb ))
done
