#!/usr/bin/env bash
# Every C++ source file starts with its licence and copyright (docs/packaging.md):
#   // SPDX-License-Identifier: Apache-2.0
#   // Copyright 2026 The Event Workbench authors
# With no argument, adds the two lines (and a blank one) to each tracked .cpp/.h that lacks them,
# touching nothing else in the file. With --check, lists those files and fails if there are any
# (the ctest package_spdx_headers).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
spdx='// SPDX-License-Identifier: Apache-2.0'
copyright='// Copyright 2026 The Event Workbench authors'
check=0
[ "${1:-}" = --check ] && check=1
missing=()
while IFS= read -r -d '' file; do
    [ "$(head -n 1 "$top/$file")" = "$spdx" ] || missing+=("$file")
done < <(git -C "$top" ls-files -z -- '*.cpp' '*.h')
if [ "$check" = 1 ]; then
    if [ "${#missing[@]}" -gt 0 ]; then
        printf 'no SPDX header (run scripts/spdx-headers.sh): %s\n' "${missing[@]}"
        exit 1
    fi
    echo "every C++ source file has its SPDX header"
    exit 0
fi
for file in "${missing[@]}"; do
    { printf '%s\n%s\n\n' "$spdx" "$copyright"; cat "$top/$file"; } >"$top/$file.spdx"
    chmod --reference="$top/$file" "$top/$file.spdx"
    mv "$top/$file.spdx" "$top/$file"
done
echo "added the SPDX header to ${#missing[@]} files"
