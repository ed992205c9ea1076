#!/usr/bin/env bash
# The price of the safety nets, in figures: the whole ctest suite's wall time in the Release build
# (the reference) and under AddressSanitizer + UBSan (build/asan), on the same machine in the same
# run, and each libFuzzer target's executions per second (scripts/fuzz.sh). Figures, not
# assertions. Builds build/asan when it is missing (several minutes the first time).
# Usage: bench/bench_sanitizers.sh [RELEASE_BUILD_DIR]    EWB_BENCH_FUZZ_SECONDS: per target (10)
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
release=${1:-$top/build/release}
asan="$top/build/asan"
fuzz_seconds=${EWB_BENCH_FUZZ_SECONDS:-10}

"$top/scripts/sanitize.sh" --build-only

suite() { # BUILD_DIR [ENV_FILE]: prints the suite's wall seconds, or "failed (N s)"
    local dir=$1 started=$SECONDS status=0
    EWB_TEST_HOME=$(mktemp -d /tmp/ewb-bench-home.XXXXXX)
    (
        export EWB_TEST_HOME
        [ -z "${2:-}" ] || . "$2"
        dbus-run-session -- "$top/scripts/with-test-keyring.sh" \
            ctest --test-dir "$dir" --timeout 600 -j "$(nproc)" >"$EWB_TEST_HOME.log" 2>&1
    ) || status=$?
    rm -rf "$EWB_TEST_HOME" "$EWB_TEST_HOME.log"
    if [ "$status" = 0 ]; then echo "$((SECONDS - started))"; else echo "failed ($((SECONDS - started)) s)"; fi
}

entries() { ctest --test-dir "$1" -N | sed -n 's/^Total Tests: //p'; }

release_time=$(suite "$release")
asan_time=$(suite "$asan" "$top/tests/fuzz/sanitizer-env.sh")
echo "ctest suite, $(nproc) jobs, wall time:"
printf '  %-26s %4s entries %8s s\n' "Release (reference)" "$(entries "$release")" "$release_time"
printf '  %-26s %4s entries %8s s\n' "ASan + UBSan (build/asan)" "$(entries "$asan")" "$asan_time"
if [[ "$release_time" =~ ^[0-9]+$ && "$asan_time" =~ ^[0-9]+$ && "$release_time" -gt 0 ]]; then
    echo "  ratio $(awk "BEGIN { printf \"%.1f\", $asan_time / $release_time }")x (the sanitizer suite has the corpus replays besides)"
fi
echo
echo "fuzzing, $fuzz_seconds s per target:"
work=$(mktemp -d /tmp/ewb-bench-fuzz.XXXXXX)
trap 'rm -rf "$work"' EXIT
EWB_FUZZ_WORK=$work "$top/scripts/fuzz.sh" all "$fuzz_seconds" | sed -n '/^=== fuzzing/,$p'
