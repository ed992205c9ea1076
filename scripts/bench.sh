#!/usr/bin/env bash
# Builds a Release build and runs every benchmark, each printing its own figures (and the reference
# load it compares with, in the same run). Not part of the tests: figures, not assertions.
# Usage: scripts/bench.sh [NAME_FILTER]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/install-deps.sh"
"$top/scripts/build.sh" Release
"$top/scripts/install-node-clients.sh"
filter=${1:-}
for exe in "$top"/build/release/bench/bench_*; do
    [ -x "$exe" ] && [ -f "$exe" ] || continue
    name=$(basename "$exe")
    [ -z "$filter" ] || [[ "$name" == *"$filter"* ]] || continue
    echo "=== $name"
    "$exe"
    echo
done
for script in "$top"/bench/*.sh; do
    [ -f "$script" ] || continue
    name=$(basename "$script" .sh)
    [ -z "$filter" ] || [[ "$name" == *"$filter"* ]] || continue
    echo "=== $name"
    bash "$script" "$top/build/release"
    echo
done
