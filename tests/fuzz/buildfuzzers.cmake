# cmake -DSOURCE=<tests/fuzz> -DBINARY=<dir> -DCXX=<clang++> -DGENERATOR=<generator> -P buildfuzzers.cmake
# Configures (once) and builds the fuzz targets with clang. The tree is kept, so later runs only
# rebuild what changed.
foreach(var SOURCE BINARY CXX GENERATOR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "buildfuzzers.cmake: ${var} is not set")
    endif()
endforeach()
if(NOT EXISTS ${BINARY}/CMakeCache.txt)
    execute_process(
        COMMAND ${CMAKE_COMMAND} -S ${SOURCE} -B ${BINARY} -G ${GENERATOR} -DCMAKE_CXX_COMPILER=${CXX}
                -DCMAKE_BUILD_TYPE=RelWithDebInfo
        RESULT_VARIABLE result)
    if(result)
        message(FATAL_ERROR "configuring the fuzz targets failed")
    endif()
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BINARY} --parallel 2 RESULT_VARIABLE result)
if(result)
    message(FATAL_ERROR "building the fuzz targets failed")
endif()
