# Fails when the library references anything that prints, logs or stops the
# process: the library returns data and diagnostics, nothing else.
execute_process(COMMAND nm -C -u ${LIBRARY} OUTPUT_VARIABLE symbols RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "nm failed on ${LIBRARY}")
endif()
set(names "std::cout|std::cerr|std::clog|printf|fprintf|vfprintf|puts|fputs|perror|syslog|abort|exit|_exit|quick_exit|std::terminate\\(\\)")
# Debug builds keep the assertions of Boost's headers, which check the grammar's
# own invariants, not the input; release builds must have none.
if(NOT ALLOW_ASSERT)
  string(APPEND names "|__assert_fail")
endif()
string(REGEX MATCHALL "U (${names})[^\n]*" found "${symbols}")
if(found)
  message(FATAL_ERROR "the library references output or process exit: ${found}")
endif()
message(STATUS "no printing, logging or exit symbols in ${LIBRARY}")
