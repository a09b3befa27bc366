# Fails when the library references anything that prints, logs or stops the
# process: the library returns data and diagnostics, nothing else.
execute_process(COMMAND nm -C -u ${LIBRARY} OUTPUT_VARIABLE symbols RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "nm failed on ${LIBRARY}")
endif()
string(REGEX MATCHALL "U (std::cout|std::cerr|std::clog|printf|fprintf|vfprintf|puts|fputs|perror|syslog|abort|exit|_exit|quick_exit|std::terminate\\(\\)|__assert_fail)[^\n]*" found "${symbols}")
if(found)
  message(FATAL_ERROR "the library references output or process exit: ${found}")
endif()
message(STATUS "no printing, logging or exit symbols in ${LIBRARY}")
