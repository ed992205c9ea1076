#!/usr/bin/env bash
# Configures (once) and builds into build/<type>. Incremental when run again; ccache when present.
# Usage: scripts/build.sh [Release|RelWithDebInfo|Debug] [TARGET...]   (no target: everything)
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
type=${1:-Release}
shift || true
dir="$top/build/$(echo "$type" | tr '[:upper:]' '[:lower:]')"
if [ ! -f "$dir/build.ninja" ]; then
    cmake -S "$top" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type"
fi
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build "$dir" --parallel "$(nproc)" "${targets[@]}"
