#!/usr/bin/env bash
# Builds the Debian package from a clean Release build and checks it with lintian
# (docs/packaging.md). The build is new each time, in build/package (only the programs, no tests),
# so nothing from an older configuration or a stale file gets into the package; ccache keeps it
# fast. The .deb is left in build/package/ and its path printed last.
# Usage: scripts/package.sh [--no-lintian]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
dir="$top/build/package"
lint=1
[ "${1:-}" = --no-lintian ] && lint=0
"$top/scripts/install-deps.sh"
rm -rf "$dir"
cmake -S "$top" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DEWB_BUILD_TESTS=OFF
cmake --build "$dir" --parallel "$(nproc)"
(cd "$dir" && cpack -G DEB)
deb=$(ls "$dir"/event-workbench_*.deb)
if [ "$lint" = 1 ]; then
    # Errors and warnings fail; "info" and "pedantic" are shown but are not a Debian maintainer's
    # must. Lintian warns about running as root, which CI does; that is all it means.
    lintian --fail-on error,warning --info --display-level '>=info' --tag-display-limit 0 "$deb"
fi
echo "$deb"
