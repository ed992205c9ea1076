# Run as cmake -DCORE_DIR=... -P check_core_includes.cmake. Qt's module-qualified headers
# (<QtWidgets/QWidget>) resolve through the Qt include root that core does see, so the compile
# probes cannot catch them; this scan does.
file(GLOB_RECURSE sources "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp")
set(offenders "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" hits REGEX "#[ \t]*include[ \t]*<Qt(Widgets|Gui|OpenGL|Quick)/")
    if(hits)
        list(APPEND offenders "${source}: ${hits}")
    endif()
endforeach()
if(offenders)
    message(FATAL_ERROR "core includes Gui or Widgets headers:\n${offenders}")
endif()
list(LENGTH sources count)
message(STATUS "core: ${count} files, no Gui or Widgets includes")
