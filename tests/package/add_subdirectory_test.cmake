# Run by ctest: builds tests/package/add_subdirectory, a project that takes posext in with
# add_subdirectory as a shared library; runs its two programs; and checks that the library
# exports posext's public API and nothing of its internals.
file(REMOVE_RECURSE "${WORK_DIR}")

include("${CMAKE_CURRENT_LIST_DIR}/run.cmake")

run("${CMAKE_COMMAND}" -S "${POSEXT_SOURCE_DIR}/tests/package/add_subdirectory" -B "${WORK_DIR}" -G "${GENERATOR}"
    "-DPOSEXT_SOURCE_DIR=${POSEXT_SOURCE_DIR}" -DCMAKE_BUILD_TYPE=Release -DPOSEXT_BUILD_CLI=OFF)
run("${CMAKE_COMMAND}" --build "${WORK_DIR}")

run("${WORK_DIR}/consumer" "${POSEXT_SOURCE_DIR}/examples/data/CHN_OEWG_2021-12.txt")
if(NOT last_output MATCHES "15 paragraphs, 49 sentences")
    message(FATAL_ERROR "unexpected consumer output:\n${last_output}")
endif()
run("${WORK_DIR}/grammar-stance" "China supports the Programme of Action.")
if(NOT last_output MATCHES "support +positive +\"supports\"")
    message(FATAL_ERROR "unexpected grammar-stance output:\n${last_output}")
endif()

# Every exported symbol of posext's own is public API: none from posext::detail, an anonymous
# namespace or the internal helpers of the lexicon.
file(GLOB library "${WORK_DIR}/posext/libposext.so")
if(NOT library)
    message(FATAL_ERROR "no shared libposext.so was built")
endif()
run(nm -D -C --defined-only "${library}")
string(REPLACE "\n" ";" symbols "${last_output}")
set(exported 0)
set(leaks "")
foreach(symbol IN LISTS symbols)
    if(symbol MATCHES " [TtWVDBR] (.*)$")
        set(name "${CMAKE_MATCH_1}")
        if(name MATCHES "^posext::")
            math(EXPR exported "${exported} + 1")
        endif()
        if(name MATCHES "posext::detail::|posext::\\(anonymous namespace\\)|^posext::(phrase_end|opening_of|word_byte)")
            string(APPEND leaks "  ${name}\n")
        endif()
    endif()
endforeach()
if(leaks)
    message(FATAL_ERROR "libposext.so exports internals:\n${leaks}")
endif()
if(exported LESS 20)
    message(FATAL_ERROR "libposext.so exports only ${exported} posext symbols; the public API is missing")
endif()
message(STATUS "libposext.so exports ${exported} posext symbols, all public")
