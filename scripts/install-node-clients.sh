#!/usr/bin/env bash
# Installs the npm packages the interop tests drive (the official Node client, newman) from the
# lock file, once; again only when the lock file changes.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
dir="$top/tests/interop"
stamp="$dir/node_modules/.ewb-lock-stamp"
if [ -f "$stamp" ] && cmp -s "$stamp" "$dir/package-lock.json"; then
    exit 0
fi
(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
cp "$dir/package-lock.json" "$stamp"
