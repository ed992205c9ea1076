#!/usr/bin/env bash
# Regenerates the screenshots in docs/images/ (used by docs/gui.md and the README): builds, starts
# the real window in each documented state under Xvfb, and grabs the screen with ImageMagick.
# Usage: scripts/screenshots.sh [build-dir]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build/release}
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
fi
cmake --build "$build" --parallel "$(nproc)" --target ewb_screenshot_states
driver="$build/tests/gui/ewb_screenshot_states"
out="$top/docs/images"
mkdir -p "$out"

shoot() { # name state [--dark]
    local name=$1
    shift
    local log
    log=$(mktemp)
    "$driver" "$@" >"$log" 2>/dev/null &
    local pid=$!
    for _ in $(seq 1 100); do
        grep -q READY "$log" && break
        sleep 0.1
    done
    import -window root "$out/$name.png"
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    rm -f "$log"
    echo "docs/images/$name.png"
}

run_all() {
    shoot compose compose
    shoot json-diagnostics json
    shoot batch batch
    shoot sent sent
    shoot test-connection test-connection
    shoot dark compose --dark
    # --- issue 5 states ---
    shoot collections collections
    shoot history history
    shoot history-dark history --dark
    # --- end issue 5 states ---
}

if [ -n "${EWB_SCREENSHOTS_INNER:-}" ]; then
    run_all
else
    export EWB_SCREENSHOTS_INNER=1
    # One X server for all shots (1440x900, the window's documented size), and a throwaway unlocked
    # keyring, so the pictures show a normal desktop rather than the no-keychain banner.
    EWB_TEST_HOME=$(mktemp -d)
    export EWB_TEST_HOME
    trap 'rm -rf "$EWB_TEST_HOME"' EXIT
    xvfb-run -a -s "-screen 0 1440x900x24" \
        dbus-run-session -- "$top/scripts/with-test-keyring.sh" "$0" "$build" 2>/dev/null
fi
