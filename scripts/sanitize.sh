#!/usr/bin/env bash
# The sanitizer build and suite (docs/fuzzing.md). Configures build/asan once (clang++, Debug with
# -O1, AddressSanitizer + UBSan, -DEWB_SANITIZE=ON), builds it, and runs every ctest entry in it
# with a real Secret Service, as scripts/test.sh does; the entries labelled "fuzz" replay each fuzz
# target's seed corpus. Then each fuzz target runs for a few seconds (scripts/fuzz.sh all).
#
# Usage: scripts/sanitize.sh [CTEST_ARGS...]     e.g. -R sandbox; with arguments, no fuzzing
#        scripts/sanitize.sh --build-only [TARGET...]
# EWB_FUZZ_SECONDS: seconds per fuzz target (default 8; 0: no fuzzing).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
dir="$top/build/asan"

build() {
    if [ ! -f "$dir/build.ninja" ]; then
        cmake -S "$top" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
            -DCMAKE_CXX_COMPILER=clang++ -DEWB_SANITIZE=ON
    fi
    local targets=()
    for t in "$@"; do targets+=(--target "$t"); done
    # nice: a second build beside the Release one should not take the machine from its user.
    nice -n 10 cmake --build "$dir" --parallel "$(nproc)" "${targets[@]}"
}

if [ "${1:-}" = --build-only ]; then
    shift
    build "$@"
    exit 0
fi

"$top/scripts/install-deps.sh"
"$top/scripts/install-node-clients.sh"
started=$SECONDS
build
built=$SECONDS

# shellcheck source=tests/fuzz/sanitizer-env.sh
. "$top/tests/fuzz/sanitizer-env.sh"
export EWB_TEST_HOME
EWB_TEST_HOME=$(mktemp -d /tmp/ewb-asan-home.XXXXXX)
trap 'rm -rf "$EWB_TEST_HOME"' EXIT
status=0
# The timeout is twice scripts/test.sh's: instrumented code runs two to three times slower.
dbus-run-session -- "$top/scripts/with-test-keyring.sh" \
    ctest --test-dir "$dir" --output-on-failure --timeout 600 -j "$(nproc)" "$@" || status=$?
tested=$SECONDS

seconds=${EWB_FUZZ_SECONDS:-8}
if [ $# -eq 0 ] && [ "$seconds" != 0 ]; then
    "$top/scripts/fuzz.sh" all "$seconds" || status=$?
fi
echo "sanitize.sh: build $((built - started)) s, suite $((tested - built)) s," \
    "fuzzing $((SECONDS - tested)) s, total $((SECONDS - started)) s; exit $status"
exit "$status"
