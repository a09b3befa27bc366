# cmake -P script: install BUILD_DIR into WORK_DIR/prefix, then build and run
# the consumer against it twice: with find_package(jindu) and with pkg-config.
# Each must print the number of items of SAMPLE: 28. The find_package consumer
# also registers a corpus of two reports (SAMPLE and a Markdown sample, with
# their expected outputs) with jindu_add_report_tests, and its ctest must run
# one test per report with the installed jindu: passing, then failing for the
# report whose expected JSON is edited; a report added to the folder is a
# test without configuring the consumer again.
cmake_minimum_required(VERSION 3.20)

# run(step command...): runs a command and stops the test when it fails.
function(run step)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${step} failed (${result}):\n${out}\n${err}")
  endif()
  set(run_output "${out}" PARENT_SCOPE)
endfunction()

function(expect_items step)
  run(${step} ${ARGN} ${SAMPLE})
  string(STRIP "${run_output}" count)
  if(NOT count STREQUAL "28")
    message(FATAL_ERROR "${step}: expected 28 items, the program printed '${count}'")
  endif()
  message(STATUS "${step}: 28 items")
endfunction()

set(prefix ${WORK_DIR}/prefix)
file(REMOVE_RECURSE ${WORK_DIR})
run("install" ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})

# find_package(jindu CONFIG REQUIRED) + jindu::jindu
# The corpus: the folder is named samples/, as the records' source names say.
get_filename_component(samples ${SAMPLE} DIRECTORY)
get_filename_component(sample_name ${SAMPLE} NAME)
set(markdown 2023-fy-city-key-tasks-markdown.md)
set(corpus ${WORK_DIR}/corpus/samples)
file(MAKE_DIRECTORY ${corpus}/expected)
file(COPY ${SAMPLE} ${samples}/${markdown} DESTINATION ${corpus})
file(COPY ${samples}/expected/${sample_name}.json ${samples}/expected/${sample_name}.csv
          ${samples}/expected/${markdown}.json DESTINATION ${corpus}/expected)

# find_package(jindu CONFIG REQUIRED) + jindu::jindu, and jindu_add_report_tests
run("configure consumer" ${CMAKE_COMMAND} -S ${CONSUMER_DIR} -B ${WORK_DIR}/consumer -G ${GENERATOR}
    -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_PREFIX_PATH=${prefix} "-DCMAKE_CXX_FLAGS=${FLAGS}"
    "-DCMAKE_EXE_LINKER_FLAGS=${FLAGS}" -DREPORTS=${corpus})
run("build consumer" ${CMAKE_COMMAND} --build ${WORK_DIR}/consumer)
expect_items("find_package consumer" ${WORK_DIR}/consumer/app)

run("list the consumer's tests" ${CMAKE_CTEST_COMMAND} --test-dir ${WORK_DIR}/consumer -N)
foreach(want "Total Tests: 2" "samples/${sample_name}" "samples/${markdown}")
  string(FIND "${run_output}" "${want}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the consumer's ctest -N does not list '${want}':\n${run_output}")
  endif()
endforeach()
run("the consumer's report tests" ${CMAKE_CTEST_COMMAND} --test-dir ${WORK_DIR}/consumer --output-on-failure)
message(STATUS "consumer's report tests: 2 passed")
# A report put in the folder is a test at once, without configuring again.
file(COPY ${samples}/2025-q1-county-livelihood-aligned.txt DESTINATION ${corpus})
run("list the consumer's tests again" ${CMAKE_CTEST_COMMAND} --test-dir ${WORK_DIR}/consumer -N)
if(NOT run_output MATCHES "samples/2025-q1-county-livelihood-aligned.txt\n.*Total Tests: 3")
  message(FATAL_ERROR "a report added to the corpus is not a test of the consumer's:\n${run_output}")
endif()
file(REMOVE ${corpus}/2025-q1-county-livelihood-aligned.txt)
file(READ ${corpus}/expected/${markdown}.json json)
string(JSON json SET "${json}" title [["another title"]])
file(WRITE ${corpus}/expected/${markdown}.json "${json}")
execute_process(COMMAND ${CMAKE_CTEST_COMMAND} --test-dir ${WORK_DIR}/consumer --output-on-failure
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(result EQUAL 0 OR NOT out MATCHES "50% tests passed, 1 tests failed out of 2" OR NOT out MATCHES
   "samples/${markdown} [^\n]*Failed" OR NOT out MATCHES "title: expected \"another title\"")
  message(FATAL_ERROR "an edited expected file should fail its one test, with the difference:\n${out}${err}")
endif()
message(STATUS "consumer's report tests: the edited one failed")

# pkg-config --cflags --libs jindu
find_program(PKG_CONFIG pkg-config REQUIRED)
file(GLOB pc_files ${prefix}/*/pkgconfig/jindu.pc ${prefix}/*/*/pkgconfig/jindu.pc)
list(LENGTH pc_files found)
if(NOT found EQUAL 1)
  message(FATAL_ERROR "expected one installed jindu.pc, found: ${pc_files}")
endif()
get_filename_component(pc_dir ${pc_files} DIRECTORY)
set(ENV{PKG_CONFIG_PATH} ${pc_dir})
run("pkg-config" ${PKG_CONFIG} --cflags --libs jindu)
string(STRIP "${run_output}" pc_flags)
separate_arguments(pc_flags UNIX_COMMAND "${pc_flags}")
separate_arguments(extra UNIX_COMMAND "${FLAGS}")
run("build with pkg-config" ${CXX} -std=c++20 ${extra} ${CONSUMER_DIR}/main.cpp -o ${WORK_DIR}/app-pc ${pc_flags})
# Without CMake there is no RPATH: a shared libjindu is found through the environment.
get_filename_component(lib_dir ${pc_dir} DIRECTORY)
expect_items("pkg-config consumer" ${CMAKE_COMMAND} -E env LD_LIBRARY_PATH=${lib_dir} ${WORK_DIR}/app-pc)
