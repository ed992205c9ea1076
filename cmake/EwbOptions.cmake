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
