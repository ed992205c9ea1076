#!/usr/bin/env bash
# Installs what is missing, builds a Release build and starts the workbench on its built-in
# sandbox. Extra arguments go to event-workbench.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/install-deps.sh"
"$top/scripts/build.sh" Release event-workbench ewb
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found (DISPLAY and WAYLAND_DISPLAY are empty): starting under Xvfb on :99." >&2
    Xvfb :99 -screen 0 1400x900x24 >/dev/null 2>&1 &
    export DISPLAY=:99
    sleep 1
fi
exec "$top/build/release/app/event-workbench" "$@"
