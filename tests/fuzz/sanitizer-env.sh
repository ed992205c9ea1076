# shellcheck shell=bash
# Sourced by scripts/sanitize.sh and scripts/fuzz.sh: how the sanitizer runtimes report, for the
# suite in build/asan and the fuzz targets alike (docs/fuzzing.md). $top is the repository.
#
# halt_on_error: the first report ends the program, so a test fails on it; UBSan's checks are also
#   built not to recover (-fno-sanitize-recover=undefined).
# detect_leaks: LeakSanitizer works in this container (it needs ptrace-like access to the threads,
#   which some sandboxes refuse; then set EWB_DETECT_LEAKS=0 and say so in the report).
# detect_stack_use_after_return: a QStringView or a reference to a dead local is a heap or stack
#   read after its end; catching the stack kind costs a little speed.
# check_initialization_order: static initializers that read another file's globals.
fuzzdir="${top:?set top to the repository before sourcing}/tests/fuzz"
export ASAN_OPTIONS="detect_leaks=${EWB_DETECT_LEAKS:-1}:halt_on_error=1:abort_on_error=0:\
detect_stack_use_after_return=1:check_initialization_order=1:\
suppressions=$fuzzdir/asan.supp"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:report_error_type=1:suppressions=$fuzzdir/ubsan.supp"
export LSAN_OPTIONS="suppressions=$fuzzdir/lsan.supp:print_suppressions=0"
if command -v llvm-symbolizer >/dev/null; then
    ASAN_SYMBOLIZER_PATH=$(command -v llvm-symbolizer)
    export ASAN_SYMBOLIZER_PATH
fi
