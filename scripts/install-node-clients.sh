#!/usr/bin/env bash
# Installs the npm packages the interop tests drive (the official Node and browser clients,
# puppeteer-core to drive Debian's chromium, newman) from the lock file, once; again only when the
# lock file changes. Nothing downloads a browser: puppeteer-core has no install step, and the skip
# variables below keep it so should a package ever add one.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
dir="$top/tests/interop"
stamp="$dir/node_modules/.ewb-lock-stamp"
if [ -f "$stamp" ] && cmp -s "$stamp" "$dir/package-lock.json"; then
    exit 0
fi
export PUPPETEER_SKIP_DOWNLOAD=1 PUPPETEER_SKIP_CHROMIUM_DOWNLOAD=1
(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
cp "$dir/package-lock.json" "$stamp"
