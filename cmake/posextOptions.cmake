# Compiler settings for posext's own targets; consumers never inherit them.

function(posext_strict_warnings target)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
        if(POSEXT_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    elseif(MSVC)
        target_compile_options(${target} PRIVATE /W4 $<$<BOOL:${POSEXT_WERROR}>:/WX>)
    endif()
endfunction()

# Sanitizers apply to everything built here, tests and examples included, so
# that an instrumented library is never linked into an uninstrumented program.
macro(posext_apply_sanitizers)
    if(POSEXT_SANITIZE)
        add_compile_options(-fsanitize=${POSEXT_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
        add_link_options(-fsanitize=${POSEXT_SANITIZE})
    endif()
    # Coverage for libFuzzer in everything the fuzz target reaches; only the
    # fuzz target itself links libFuzzer's main.
    if(POSEXT_FUZZ)
        if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
            message(FATAL_ERROR "POSEXT_FUZZ needs Clang (libFuzzer); configure with CXX=clang++")
        endif()
        add_compile_options(-fsanitize=fuzzer-no-link)
    endif()
endmacro()
