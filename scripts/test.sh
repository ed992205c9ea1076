#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (ctest) with a real Secret Service
# (gnome-keyring in its own D-Bus session) and the official third-party clients from npm.
# Extra arguments go to ctest (e.g. -R sandbox).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/install-deps.sh"
# The same Release build as scripts/run.sh: one build serves both commands.
"$top/scripts/build.sh" Release
"$top/scripts/install-node-clients.sh"
# The keyring lives in a throwaway home so tests never touch the user's own secrets.
export EWB_TEST_HOME
EWB_TEST_HOME=$(mktemp -d /tmp/ewb-test-home.XXXXXX)
trap 'rm -rf "$EWB_TEST_HOME"' EXIT
status=0
dbus-run-session -- "$top/scripts/with-test-keyring.sh" \
    ctest --test-dir "$top/build/release" --output-on-failure --timeout 300 -j "$(nproc)" "$@" || status=$?
# The same suite again under AddressSanitizer and UBSan (build/asan, Clang), the fuzz corpora
# replayed, then each fuzz target for a few seconds (docs/fuzzing.md). EWB_SANITIZE=0 skips it.
if [ "${EWB_SANITIZE:-1}" != 0 ]; then
    "$top/scripts/sanitize.sh" "$@" || status=$?
fi
exit "$status"
