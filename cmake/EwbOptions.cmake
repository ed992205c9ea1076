# One INTERFACE target carries every compile option and strict Qt define, so each project target
# gets the same rules by linking it (the qBittorrent way).
add_library(ewb_options INTERFACE)
target_compile_features(ewb_options INTERFACE cxx_std_20)
target_compile_definitions(ewb_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    EWB_VERSION="${PROJECT_VERSION}")
target_compile_options(ewb_options INTERFACE
    -Wall -Wextra -pedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wimplicit-fallthrough)
if(EWB_WARNINGS_AS_ERRORS)
    target_compile_options(ewb_options INTERFACE -Werror)
endif()

# The hardening Debian builds its packages with (dpkg-buildflags, hardening=+all), so the .deb
# passes lintian's checks: fortified libc calls, stack protection, read-only relocations bound at
# start. _FORTIFY_SOURCE needs the optimiser, so not in Debug; not under the sanitizers either,
# which intercept the same calls.
option(EWB_HARDENING "Build with Debian's hardening flags" ON)
if(EWB_HARDENING AND NOT EWB_SANITIZE)
    target_compile_definitions(ewb_options INTERFACE $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
    target_compile_options(ewb_options INTERFACE -fstack-protector-strong -Wformat -Werror=format-security)
    # Not on every architecture (-fcf-protection is x86 only).
    include(CheckCXXCompilerFlag)
    foreach(flag -fstack-clash-protection -fcf-protection)
        string(MAKE_C_IDENTIFIER "EWB_HAS${flag}" has)
        check_cxx_compiler_flag(${flag} ${has})
        if(${has})
            target_compile_options(ewb_options INTERFACE ${flag})
        endif()
    endforeach()
    target_link_options(ewb_options INTERFACE -Wl,-z,relro -Wl,-z,now)
endif()
