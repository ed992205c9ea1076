# The two programs allocate with mimalloc (Debian's libmimalloc2.0), not glibc's malloc. A sandbox
# taking a backfill builds and frees the JSON tree of a few thousand calls for every batch, tens of
# thousands of small blocks each time; glibc's malloc, its consolidation and the cache misses of its
# scattered blocks took half of the sandbox's time, and mimalloc halves that time
# (docs/backfill.md). Not under the sanitizers, which bring their own allocator.
option(EWB_MIMALLOC "Link the programs with mimalloc" ON)
set(EWB_USES_MIMALLOC OFF)
if(EWB_MIMALLOC AND NOT EWB_SANITIZE)
    find_package(mimalloc 2.0 REQUIRED CONFIG)
    set(EWB_USES_MIMALLOC ON)
endif()

# Makes target's malloc and free mimalloc's: linked as needed even though nothing calls it by name,
# so that it comes before the C library in the lookup and overrides it for every library loaded.
function(ewb_use_allocator target)
    if(EWB_USES_MIMALLOC)
        target_link_libraries(${target} PRIVATE -Wl,--push-state,--no-as-needed mimalloc -Wl,--pop-state)
    endif()
endfunction()
