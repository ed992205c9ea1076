# EWB_SANITIZE=ON: every target of the project (libraries, programs, tests, benchmarks) is built with
# AddressSanitizer and UndefinedBehaviorSanitizer, and tests/fuzz adds the libFuzzer targets
# (docs/fuzzing.md). scripts/sanitize.sh configures build/asan this way and runs the whole suite in it.
#
# Clang only: libFuzzer ships with Clang (libclang-rt-14-dev on Debian 12), and one compiler for the
# sanitizer build and the fuzzers keeps a single build directory.
#
# Qt itself comes from Debian and is not instrumented: ASan sees only our own code's accesses (a
# bad index into a QList is caught by Qt's own asserts, which are on in a Debug build). Suppressions,
# when something in an uninstrumented library must be silenced, live in tests/fuzz/*.supp with the
# reason beside each line; scripts/sanitize.sh passes them in the *SAN_OPTIONS.
if(NOT EWB_SANITIZE)
    return()
endif()

if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "EWB_SANITIZE needs Clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++ "
                        "(scripts/sanitize.sh does)")
endif()

# -fno-sanitize-recover: undefined behaviour stops the program like an ASan report does, so a test
# or a fuzz input that triggers it fails instead of printing a line nobody reads.
# -O1: fast enough for the suite's loopback and GUI tests, still close to the source in a trace;
# it comes after the build type's flags, so it wins over Debug's (absent) or RelWithDebInfo's -O2.
set(EWB_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
add_compile_options(${EWB_SANITIZER_FLAGS} -O1 -g)
add_link_options(-fsanitize=address,undefined)

# The fuzz targets' libraries get coverage instrumentation (-fsanitize=fuzzer-no-link) so libFuzzer
# can steer by it; the targets themselves link libFuzzer's main (-fsanitize=fuzzer). The tests link
# the same libraries: the coverage callbacks then go to the sanitizer runtime's empty defaults.
function(ewb_fuzz_instrument)
    foreach(lib IN LISTS ARGN)
        target_compile_options(${lib} PRIVATE -fsanitize=fuzzer-no-link)
    endforeach()
endfunction()
