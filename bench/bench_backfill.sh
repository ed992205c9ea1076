#!/usr/bin/env bash
# ewb backfill beside the official Node client reading the same file, in the same run, against one
# `ewb sandbox`: a JSONL file of mixed calls of typical sizes (identify, track with properties, page).
# Prints events per second and peak resident memory of each, their ratio, and backfill's rate as a
# share of its own --dry-run (the checking alone) on the same file. Figures, not assertions.
# Usage: bench/bench_backfill.sh BUILD_DIR    EWB_BENCH_BACKFILL_ROWS (1000000); EWB_BENCH_BACKFILL_LONG
#        (0: off; e.g. 10000000) also measures backfill's peak memory on a file that many rows long.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build/release}
ewb=$build/app/ewb
rows=${EWB_BENCH_BACKFILL_ROWS:-1000000}
long=${EWB_BENCH_BACKFILL_LONG:-0}
[ -x "$ewb" ] || { echo "bench_backfill: $ewb is not built" >&2; exit 1; }
[ -d "$top/tests/interop/node_modules/@customerio/cdp-analytics-node" ] ||
    { echo "bench_backfill: run scripts/install-node-clients.sh first" >&2; exit 1; }

work=$(mktemp -d /tmp/ewb-bench-backfill.XXXXXX)
sandbox_pid=
cleanup() {
    [ -z "$sandbox_pid" ] || kill "$sandbox_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
export EWB_DATA_DIR=$work/data EWB_API_KEY=bench-key

make_file() { # ROWS FILE
    python3 - "$1" "$2" <<'PY'
import json, sys
rows, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w") as f:
    for i in range(rows):
        user = "user-%d" % (i % 50000)
        ts = "2025-%02d-%02dT%02d:%02d:00Z" % (1 + i % 12, 1 + i % 28, i % 24, i % 60)
        kind = i % 10
        if kind == 0:
            call = {"type": "identify", "userId": user, "timestamp": ts,
                    "traits": {"email": user + "@example.com", "plan": "pro", "first_name": "Ada", "created_at": ts}}
        elif kind < 8:
            call = {"type": "track", "userId": user, "event": "Order Completed", "timestamp": ts,
                    "properties": {"order_id": "o-%d" % i, "total": 12.5 + i % 100, "currency": "EUR",
                                   "items": [{"sku": "sku-%d" % (i % 300), "qty": 1 + i % 3}]}}
        else:
            call = {"type": "page", "userId": user, "name": "Pricing", "timestamp": ts,
                    "properties": {"path": "/pricing", "url": "https://example.com/pricing", "title": "Pricing"}}
        f.write(json.dumps(call, separators=(",", ":")) + "\n")
PY
}

"$ewb" sandbox --port 0 --ring 1000 >"$work/sandbox.out" 2>/dev/null &
sandbox_pid=$!
for _ in $(seq 100); do [ -s "$work/sandbox.out" ] && break; sleep 0.1; done
base=$(head -n 1 "$work/sandbox.out")
root=${base%/v1}
[ -n "$base" ] || { echo "bench_backfill: the sandbox did not start" >&2; exit 1; }

make_file "$rows" "$work/calls.jsonl"
size_mb=$(awk "BEGIN { printf \"%.0f\", $(stat -c %s "$work/calls.jsonl") / 1048576 }")

measure() { # LABEL COMMAND...: prints "seconds peak_mb"
    local label=$1; shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>&1 || { echo "bench_backfill: $label failed:" >&2; tail -n 5 "$work/out" >&2; }
    read -r secs kb < <(tail -n 1 "$work/time")
    echo "$secs $(awk "BEGIN { printf \"%.1f\", $kb / 1024 }")"
}

# The same load to a responder that answers {} without checking anything: what each sender does on
# its own, when the sandbox's work is not sharing the two cores.
"$build/bench/sandbox_static_responder" >"$work/static.out" 2>/dev/null &
static_pid=$!
for _ in $(seq 100); do [ -s "$work/static.out" ] && break; sleep 0.1; done
static=$(head -n 1 "$work/static.out")
static=${static%/}

read -r dry_s dry_mb < <(measure "dry run" "$ewb" backfill "$work/calls.jsonl" --dry-run)
read -r ewb_s ewb_mb < <(measure "ewb backfill" "$ewb" backfill "$work/calls.jsonl" --url "$base" --rate 100000)
read -r node_s node_mb < <(measure "node client" node "$top/bench/bench_backfill_node.mjs" "$root" bench-key "$work/calls.jsonl")
read -r ewbs_s ewbs_mb < <(measure "ewb backfill, static" "$ewb" backfill "$work/calls.jsonl" --url "$static/v1" --rate 100000 --restart)
read -r nodes_s nodes_mb < <(measure "node client, static" node "$top/bench/bench_backfill_node.mjs" "$static" bench-key "$work/calls.jsonl")
kill "$static_pid" 2>/dev/null || true

row() { printf '%-44s %10s s %12s events/s %8s MB\n' "$1" "$2" "$(awk "BEGIN { printf \"%.0f\", $rows / ($2 > 0 ? $2 : 0.01) }")" "$3"; }
echo "ewb backfill vs the Node client: $rows mixed calls ($size_mb MB of JSONL) to one ewb sandbox, $(nproc) cores"
row "ewb backfill --dry-run (checking only)" "$dry_s" "$dry_mb"
row "ewb backfill (--rate 100000)" "$ewb_s" "$ewb_mb"
row "@customerio/cdp-analytics-node" "$node_s" "$node_mb"
row "ewb backfill, to a static responder" "$ewbs_s" "$ewbs_mb"
row "Node client, to a static responder" "$nodes_s" "$nodes_mb"
awk -v e="$ewb_s" -v n="$node_s" -v d="$dry_s" -v es="$ewbs_s" -v ns="$nodes_s" 'BEGIN {
    printf "rate vs the Node client: %.1fx to the sandbox, %.1fx to the static responder (target at least 10x)\n", n / e, ns / es
    printf "backfill rate as a share of checking alone: %.0f%%\n", d / e * 100 }'
if [ "$long" -gt 0 ]; then
    make_file "$long" "$work/long.jsonl"
    read -r long_s long_mb < <(measure "ewb backfill (long)" "$ewb" backfill "$work/long.jsonl" --url "$base" --rate 100000)
    echo "ewb backfill of $long rows: $long_s s, peak $long_mb MB (target under 100 MB, as for $rows rows: $ewb_mb MB)"
fi
