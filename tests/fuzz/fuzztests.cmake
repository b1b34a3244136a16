# Included by tests/CMakeLists.txt. The fuzz targets (tests/fuzz) are built with clang in a tree
# of their own inside this build tree, then each runs for PS_FUZZ_SECONDS from its corpus in
# tests/fuzz/corpus/<target> (fixtures, hand-written seeds and the inputs of past crashes,
# minimised): every CI run fuzzes a little further from where the last long run got. Long runs:
# scripts/fuzz-long.sh, figures in docs/fuzzing.md.
option(PS_FUZZ_TESTS "Build the libFuzzer targets with clang and run each briefly in the test suite" ON)
add_feature_info(FuzzTests PS_FUZZ_TESTS "libFuzzer smoke runs in ctest (needs clang)")
find_program(PS_CLANG_CXX NAMES clang++ clang++-14)
if(NOT PS_FUZZ_TESTS)
    return()
endif()
if(NOT PS_CLANG_CXX)
    message(STATUS "clang++ not found: the fuzz smoke tests are not registered")
    return()
endif()

set(fuzz_source ${CMAKE_CURRENT_LIST_DIR})
set(fuzz_binary ${CMAKE_BINARY_DIR}/fuzz-clang)
set(PS_FUZZ_SECONDS 15 CACHE STRING "How long each fuzz target runs in the test suite, in seconds")

add_test(NAME fuzz_build
    COMMAND ${CMAKE_COMMAND} -DSOURCE=${fuzz_source} -DBINARY=${fuzz_binary} -DCXX=${PS_CLANG_CXX}
            -DGENERATOR=${CMAKE_GENERATOR} -P ${fuzz_source}/buildfuzzers.cmake)
set_tests_properties(fuzz_build PROPERTIES FIXTURES_SETUP fuzz_targets TIMEOUT 600 LABELS fuzz)

function(ps_add_fuzz_test target)
    # libFuzzer writes what it finds into the first corpus directory only: a scratch one in the
    # build tree, so that the corpus in the source tree is read and never changed.
    set(corpus ${CMAKE_BINARY_DIR}/fuzz-corpus/${target})
    file(MAKE_DIRECTORY ${corpus})
    add_test(NAME ${target}
        COMMAND ${fuzz_binary}/${target} -max_total_time=${PS_FUZZ_SECONDS} -timeout=10 -rss_limit_mb=2048
                -print_final_stats=1 -artifact_prefix=${CMAKE_BINARY_DIR}/fuzz-corpus/${target}- ${corpus}
                ${fuzz_source}/corpus/${target})
    math(EXPR timeout "${PS_FUZZ_SECONDS} + 120")
    set_tests_properties(${target} PROPERTIES FIXTURES_REQUIRED fuzz_targets TIMEOUT ${timeout} LABELS fuzz)
endfunction()

foreach(target fuzz_tickerparsers fuzz_orderbookparsers fuzz_fundingparsers fuzz_fxparsers fuzz_ratelimitparsers
               fuzz_throttlehints fuzz_logmasker fuzz_decimal fuzz_httprequest
               fuzz_koreanvenues fuzz_perpvenues fuzz_streams)
    ps_add_fuzz_test(${target})
endforeach()
