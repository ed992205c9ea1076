#!/usr/bin/env bash
# Runs libFuzzer targets of the sanitizer build (docs/fuzzing.md) on their seed corpora and prints
# each one's executions per second. New inputs go to a scratch corpus outside the repository, so a
# longer run starts where the last one stopped; crashes and broken properties are saved beside it.
#
# Usage: scripts/fuzz.sh TARGET|all [SECONDS]     TARGET: fuzz_json or json, ... (default 60 s)
# EWB_FUZZ_WORK: the scratch folder (default /tmp/ewb-fuzz): <target>/corpus, <target>/findings.
# Extra libFuzzer options go in EWB_FUZZ_ARGS (e.g. "-jobs=2 -workers=2", "-max_len=512").
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
dir="$top/build/asan"
work=${EWB_FUZZ_WORK:-/tmp/ewb-fuzz}
what=${1:?usage: scripts/fuzz.sh TARGET|all [SECONDS]}
seconds=${2:-60}

targets=()
if [ "$what" = all ]; then
    for d in "$top"/tests/fuzz/corpus/*/; do targets+=("$(basename "$d")"); done
else
    t=$what
    [[ "$t" == fuzz_* ]] || t="fuzz_$t"
    if [ ! -d "$top/tests/fuzz/corpus/$t" ]; then
        echo "fuzz.sh: no target $what; there are: $(cd "$top/tests/fuzz/corpus" && echo *)" >&2
        exit 2
    fi
    targets=("$t")
fi

"$top/scripts/sanitize.sh" --build-only "${targets[@]}"
# shellcheck source=tests/fuzz/sanitizer-env.sh
. "$top/tests/fuzz/sanitizer-env.sh"

status=0
summary=()
for t in "${targets[@]}"; do
    mkdir -p "$work/$t/corpus" "$work/$t/findings"
    log="$work/$t/last-run.log"
    dict=()
    [ -f "$top/tests/fuzz/$t.dict" ] && dict=(-dict="$top/tests/fuzz/$t.dict")
    echo "=== $t: $seconds s; new inputs in $work/$t/corpus"
    # The scratch corpus comes first: libFuzzer writes what it finds into the first folder only.
    # -timeout: an input that takes seconds is a finding too (something quadratic).
    # shellcheck disable=SC2086
    if ! nice -n 10 "$dir/tests/fuzz/$t" -max_total_time="$seconds" -print_final_stats=1 -timeout=10 \
        -artifact_prefix="$work/$t/findings/" "${dict[@]}" ${EWB_FUZZ_ARGS:-} \
        "$work/$t/corpus" "$top/tests/fuzz/corpus/$t" >"$log" 2>&1; then
        status=1
        tail -n 60 "$log"
        echo "fuzz.sh: $t FAILED; the input is in $work/$t/findings/, the log in $log" >&2
    fi
    execs=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    # A run stopped by a finding within its first second has no average.
    [ "$execs" != 0 ] || execs=finding
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    added=$(sed -n 's/^stat::new_units_added: *//p' "$log" | tail -n 1)
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -n 1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
    line=$(printf '%-24s %8s exec/s %10s runs %6s new %6s edges %6s MB' \
        "$t" "${execs:-?}" "${runs:-?}" "${added:-?}" "${cov:-?}" "${rss:-?}")
    echo "$line"
    summary+=("$line")
done
if [ ${#targets[@]} -gt 1 ]; then
    echo "=== fuzzing, $seconds s per target (exec/s: libFuzzer's average over the run)"
    printf '%s\n' "${summary[@]}"
fi
exit "$status"
