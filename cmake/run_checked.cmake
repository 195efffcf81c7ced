# Runs a program for ctest and checks it: it must exit with status 0 and print something that
# matches EXPECT (a regular expression). A test that only matched the output would pass a
# program that crashed after printing.
#   cmake -DCOMMAND=prog;arg;... -DEXPECT=regex -P run_checked.cmake
execute_process(COMMAND ${COMMAND} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status STREQUAL "0")
    message(FATAL_ERROR "exit status ${status}\n--- stdout\n${out}\n--- stderr\n${err}")
endif()
if(NOT out MATCHES "${EXPECT}")
    message(FATAL_ERROR "the output does not match '${EXPECT}'\n--- stdout\n${out}")
endif()
