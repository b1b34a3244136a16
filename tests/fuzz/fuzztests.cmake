# Included by tests/CMakeLists.txt. The fuzz targets (tests/fuzz) are built with clang in a tree
# of their own inside this build tree, then each runs for a couple of seconds on the fixtures of
# the APIs it parses: a smoke test in every CI run. Long runs: see the README's developer section.
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
set(PS_FUZZ_SECONDS 1 CACHE STRING "How long each fuzz target runs in the test suite")
set(data ${PROJECT_SOURCE_DIR}/tests/data)

add_test(NAME fuzz_build
    COMMAND ${CMAKE_COMMAND} -DSOURCE=${fuzz_source} -DBINARY=${fuzz_binary} -DCXX=${PS_CLANG_CXX}
            -DGENERATOR=${CMAKE_GENERATOR} -P ${fuzz_source}/buildfuzzers.cmake)
set_tests_properties(fuzz_build PROPERTIES FIXTURES_SETUP fuzz_targets TIMEOUT 600 LABELS fuzz)

function(ps_add_fuzz_test target)
    # libFuzzer writes what it finds into the first corpus directory: a scratch one in the build
    # tree, so that the fixtures in the source tree stay as they are.
    set(corpus ${CMAKE_BINARY_DIR}/fuzz-corpus/${target})
    file(MAKE_DIRECTORY ${corpus})
    add_test(NAME ${target}
        COMMAND ${fuzz_binary}/${target} -max_total_time=${PS_FUZZ_SECONDS} -timeout=10 -rss_limit_mb=2048
                -artifact_prefix=${CMAKE_BINARY_DIR}/fuzz-corpus/${target}- ${corpus} ${ARGN})
    set_tests_properties(${target} PROPERTIES FIXTURES_REQUIRED fuzz_targets TIMEOUT 120 LABELS fuzz)
endfunction()

ps_add_fuzz_test(fuzz_tickerparsers ${data}/bithumb ${data}/upbit ${data}/binance ${data}/errors)
ps_add_fuzz_test(fuzz_orderbookparsers ${data}/bithumb ${data}/binance ${data}/errors)
ps_add_fuzz_test(fuzz_fundingparsers ${data}/binance ${data}/errors)
ps_add_fuzz_test(fuzz_fxparsers ${data}/fx ${data}/errors)
ps_add_fuzz_test(fuzz_ratelimitparsers ${data}/binance ${data}/errors)
ps_add_fuzz_test(fuzz_throttlehints ${fuzz_source}/seeds/throttlehints)
ps_add_fuzz_test(fuzz_logmasker ${fuzz_source}/seeds/logmasker)
ps_add_fuzz_test(fuzz_decimal ${fuzz_source}/seeds/decimal)
ps_add_fuzz_test(fuzz_httprequest ${fuzz_source}/seeds/httprequest)
