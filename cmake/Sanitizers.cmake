# Sanitizer and fuzzing builds. Both apply to every target of ours (set before the
# subdirectories are added), so a report points into our code whichever library it is in.
#
#   -DPAC_SANITIZE=address,undefined   ASan + UBSan; undefined behaviour aborts the test
#                                      (no recovery: a report that scrolls by is a pass).
#   -DPAC_FUZZ=ON                      clang only: coverage for libFuzzer in all our code and
#                                      the targets in tests/fuzz (linked -fsanitize=fuzzer).
set(PAC_SANITIZE "" CACHE STRING "Sanitizers to build everything with (e.g. address,undefined)")
option(PAC_FUZZ "Build the libFuzzer targets in tests/fuzz (needs clang)" OFF)

if(PAC_SANITIZE)
    add_compile_options(-fsanitize=${PAC_SANITIZE} -fno-omit-frame-pointer)
    if(PAC_SANITIZE MATCHES "undefined")
        add_compile_options(-fno-sanitize-recover=undefined)
    endif()
    add_link_options(-fsanitize=${PAC_SANITIZE})
endif()

if(PAC_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "PAC_FUZZ=ON needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
