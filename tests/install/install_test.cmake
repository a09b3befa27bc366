# cmake -P script: installs jindu into scratch prefixes, static and shared, and
# builds and runs samples/consumer against each, with CMake's find_package and
# with pkg-config. Each consumer must print the number of items of SAMPLE (28)
# and catch the jindu::Error a missing file throws.
#
# BUILD_DIR is installed as it is built, with the jindu program; the other
# kind of library is built from SOURCE_DIR (the library alone) into WORK_DIR
# and installed too. Against BUILD_DIR's package, the consumer also registers
# a corpus of two reports (SAMPLE and a Markdown sample, with their expected
# outputs) with jindu_add_report_tests, and its ctest must run one test per
# report with the installed jindu: passing, then failing for the report whose
# expected JSON is edited; a report added to the folder is a test without
# configuring the consumer again.
cmake_minimum_required(VERSION 3.20)

# run(step command...): runs a command and stops the test when it fails.
function(run step)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${step} failed (${result}):\n${out}\n${err}")
  endif()
  set(run_output "${out}" PARENT_SCOPE)
endfunction()

# expect_items(step command...): the program prints 28 for SAMPLE, and exits 1
# with the path in its message for a file that does not exist.
function(expect_items step)
  run(${step} ${ARGN} ${SAMPLE})
  string(STRIP "${run_output}" count)
  if(NOT count STREQUAL "28")
    message(FATAL_ERROR "${step}: expected 28 items, the program printed '${count}'")
  endif()
  set(missing ${WORK_DIR}/no-such-report.txt)
  execute_process(COMMAND ${ARGN} ${missing} RESULT_VARIABLE result ERROR_VARIABLE err OUTPUT_QUIET)
  if(NOT result EQUAL 1 OR NOT err MATCHES "no-such-report.txt")
    message(FATAL_ERROR "${step}: a missing file should exit 1 naming it, got ${result}: ${err}")
  endif()
  message(STATUS "${step}: 28 items; a missing file is a jindu::Error")
endfunction()

# check_package(kind prefix [REPORTS dir]): the consumer against the jindu
# installed in prefix; with REPORTS, its corpus tests too.
function(check_package kind prefix)
  cmake_parse_arguments(arg "" "REPORTS" "" ${ARGN})
  set(build ${WORK_DIR}/consumer-${kind})
  set(reports "")
  if(arg_REPORTS)
    set(reports -DREPORTS=${arg_REPORTS})
  endif()
  run("${kind}: configure consumer" ${CMAKE_COMMAND} -S ${CONSUMER_DIR} -B ${build} -G ${GENERATOR}
      -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_PREFIX_PATH=${prefix} "-DCMAKE_CXX_FLAGS=${FLAGS}"
      "-DCMAKE_EXE_LINKER_FLAGS=${FLAGS}" ${reports})
  run("${kind}: build consumer" ${CMAKE_COMMAND} --build ${build})
  expect_items("${kind}: find_package consumer" ${build}/app)
  if(arg_REPORTS)
    check_corpus(${build} ${arg_REPORTS})
  endif()

  file(GLOB pc_files ${prefix}/*/pkgconfig/jindu.pc ${prefix}/*/*/pkgconfig/jindu.pc)
  list(LENGTH pc_files found)
  if(NOT found EQUAL 1)
    message(FATAL_ERROR "${kind}: expected one installed jindu.pc, found: ${pc_files}")
  endif()
  get_filename_component(pc_dir ${pc_files} DIRECTORY)
  get_filename_component(lib_dir ${pc_dir} DIRECTORY)
  run("${kind}: pkg-config" ${CMAKE_COMMAND} -E env PKG_CONFIG_PATH=${pc_dir}
      ${PKG_CONFIG} --cflags --libs jindu)
  string(STRIP "${run_output}" pc_flags)
  separate_arguments(pc_flags UNIX_COMMAND "${pc_flags}")
  separate_arguments(extra UNIX_COMMAND "${FLAGS}")
  run("${kind}: build with pkg-config" ${CXX} -std=c++20 ${extra} ${CONSUMER_DIR}/main.cpp
      -o ${WORK_DIR}/app-pc-${kind} ${pc_flags})
  # Without CMake there is no RPATH: a shared libjindu is found through the environment.
  expect_items("${kind}: pkg-config consumer"
               ${CMAKE_COMMAND} -E env LD_LIBRARY_PATH=${lib_dir} ${WORK_DIR}/app-pc-${kind})

  file(GLOB shared ${lib_dir}/libjindu.so.*.*.*)
  if(kind STREQUAL "shared")
    if(NOT shared)
      message(FATAL_ERROR "shared: no versioned libjindu.so in ${lib_dir}")
    endif()
    # Hidden visibility: what is exported is the public API, not the stages inside.
    run("shared: symbols" ${NM} -DC --defined-only ${shared})
    string(REGEX MATCHALL "jindu::(common|lexicon|source|table|report|lex|extract|write|pipeline)::[^\n]*"
           inside "${run_output}")
    if(inside)
      list(GET inside 0 first)
      message(FATAL_ERROR "shared: libjindu exports internal symbols, such as ${first}")
    endif()
    string(REGEX MATCHALL "jindu::parse_file" public "${run_output}")
    if(NOT public)
      message(FATAL_ERROR "shared: libjindu does not export jindu::parse_file")
    endif()
  elseif(shared)
    message(FATAL_ERROR "static: a shared libjindu was installed: ${shared}")
  endif()
endfunction()

# check_corpus(build corpus): the consumer in build, configured with REPORTS=corpus, runs
# one test per report of the corpus.
function(check_corpus build corpus)
  run("list the consumer's tests" ${CMAKE_CTEST_COMMAND} --test-dir ${build} -N)
  foreach(want "Total Tests: 2" "samples/${sample_name}" "samples/${markdown}")
    string(FIND "${run_output}" "${want}" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "the consumer's ctest -N does not list '${want}':\n${run_output}")
    endif()
  endforeach()
  run("the consumer's report tests" ${CMAKE_CTEST_COMMAND} --test-dir ${build} --output-on-failure)
  message(STATUS "consumer's report tests: 2 passed")
  # A report put in the folder is a test at once, without configuring again.
  file(COPY ${samples}/2025-q1-county-livelihood-aligned.txt DESTINATION ${corpus})
  run("list the consumer's tests again" ${CMAKE_CTEST_COMMAND} --test-dir ${build} -N)
  if(NOT run_output MATCHES "samples/2025-q1-county-livelihood-aligned.txt\n.*Total Tests: 3")
    message(FATAL_ERROR "a report added to the corpus is not a test of the consumer's:\n${run_output}")
  endif()
  file(REMOVE ${corpus}/2025-q1-county-livelihood-aligned.txt)
  file(READ ${corpus}/expected/${markdown}.json json)
  string(JSON json SET "${json}" title [["another title"]])
  file(WRITE ${corpus}/expected/${markdown}.json "${json}")
  execute_process(COMMAND ${CMAKE_CTEST_COMMAND} --test-dir ${build} --output-on-failure
                  RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(result EQUAL 0 OR NOT out MATCHES "50% tests passed, 1 tests failed out of 2" OR NOT out MATCHES
     "samples/${markdown} [^\n]*Failed" OR NOT out MATCHES "title: expected \"another title\"")
    message(FATAL_ERROR "an edited expected file should fail its one test, with the difference:\n${out}${err}")
  endif()
  message(STATUS "consumer's report tests: the edited one failed")

endfunction()

find_program(PKG_CONFIG pkg-config REQUIRED)
find_program(NM nm REQUIRED)
file(REMOVE_RECURSE ${WORK_DIR})

if(BUILD_SHARED)
  set(kind shared)
  set(other static)
  set(other_shared OFF)
else()
  set(kind static)
  set(other shared)
  set(other_shared ON)
endif()

run("${kind}: install" ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${WORK_DIR}/prefix-${kind})
# The corpus: the folder is named samples/, as the records' source names say.
get_filename_component(samples ${SAMPLE} DIRECTORY)
get_filename_component(sample_name ${SAMPLE} NAME)
set(markdown 2023-fy-city-key-tasks-markdown.md)
set(corpus ${WORK_DIR}/corpus/samples)
file(MAKE_DIRECTORY ${corpus}/expected)
file(COPY ${SAMPLE} ${samples}/${markdown} DESTINATION ${corpus})
file(COPY ${samples}/expected/${sample_name}.json ${samples}/expected/${sample_name}.csv
          ${samples}/expected/${markdown}.json DESTINATION ${corpus}/expected)

check_package(${kind} ${WORK_DIR}/prefix-${kind} REPORTS ${corpus})

run("${other}: configure" ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${WORK_DIR}/build-${other} -G ${GENERATOR}
    -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_BUILD_TYPE=${BUILD_TYPE} -DBUILD_SHARED_LIBS=${other_shared}
    -DJINDU_BUILD_TESTS=OFF -DJINDU_BUILD_TOOLS=OFF -DJINDU_PDF=OFF -DJINDU_SANITIZE=${SANITIZE}
    -DJINDU_WERROR=${WERROR})
run("${other}: build" ${CMAKE_COMMAND} --build ${WORK_DIR}/build-${other})
run("${other}: install" ${CMAKE_COMMAND} --install ${WORK_DIR}/build-${other} --prefix ${WORK_DIR}/prefix-${other})
check_package(${other} ${WORK_DIR}/prefix-${other})
