# One INTERFACE target that every project target links PRIVATE: language level, warnings and the
# Qt defines that keep string and connection mistakes out at compile time.
add_library(ps_common INTERFACE)
target_compile_features(ps_common INTERFACE cxx_std_20)
target_compile_options(ps_common INTERFACE -Wall -Wextra -Wpedantic)
if(PS_WERROR)
    target_compile_options(ps_common INTERFACE -Werror)
endif()
target_compile_definitions(ps_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS)
target_include_directories(ps_common INTERFACE ${PROJECT_BINARY_DIR}/generated)
if(PS_SANITIZE)
    # Undefined behaviour stops the program instead of printing and going on, so that a test
    # that runs into it fails.
    target_compile_options(ps_common INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(ps_common INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=undefined)
endif()
