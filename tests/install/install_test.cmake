# cmake -P script: install BUILD_DIR into WORK_DIR/prefix, then build and run
# the consumer against it twice: with find_package(jindu) and with pkg-config.
# Each must print the number of items of SAMPLE: 28.
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
run("configure consumer" ${CMAKE_COMMAND} -S ${CONSUMER_DIR} -B ${WORK_DIR}/consumer -G ${GENERATOR}
    -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_PREFIX_PATH=${prefix} "-DCMAKE_CXX_FLAGS=${FLAGS}"
    "-DCMAKE_EXE_LINKER_FLAGS=${FLAGS}")
run("build consumer" ${CMAKE_COMMAND} --build ${WORK_DIR}/consumer)
expect_items("find_package consumer" ${WORK_DIR}/consumer/app)

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
