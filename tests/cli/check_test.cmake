# cmake -P script: `jindu check` on a copy of two samples in WORK_DIR/samples.
# An expected file edited by hand fails the check with a difference naming the
# file, the item and the field; --update restores it byte for byte; a new report
# has no expected output until --update writes it.
cmake_minimum_required(VERSION 3.20)

set(seed 2024-h1-district-livelihood-projects.txt)
set(markdown 2023-fy-city-key-tasks-markdown.md)
set(corpus ${WORK_DIR}/samples)
set(expected ${corpus}/expected)

# check(want_status args...): runs `jindu check args`, stops unless it exits
# with want_status, and leaves its standard output in check_output.
function(check want_status)
  execute_process(COMMAND ${JINDU} check ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT status EQUAL want_status)
    message(FATAL_ERROR "jindu check ${ARGN}: exit ${status}, expected ${want_status}\n${out}${err}")
  endif()
  set(check_output "${out}" PARENT_SCOPE)
endfunction()

function(expect_output text)
  string(FIND "${check_output}" "${text}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the output of jindu check does not say\n  ${text}\nit says:\n${check_output}")
  endif()
endfunction()

function(expect_same_file file original)
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${file} ${original} RESULT_VARIABLE different)
  if(different)
    message(FATAL_ERROR "${file} is not ${original}")
  endif()
endfunction()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${expected})
file(COPY ${SAMPLES}/${seed} DESTINATION ${corpus})
file(COPY ${SAMPLES}/expected/${seed}.json ${SAMPLES}/expected/${seed}.csv DESTINATION ${expected})

check(0 ${corpus}/${seed})
expect_output("1 report as expected")

# The first item's status in the JSON, and the second item's owners in the CSV, edited by hand.
file(READ ${expected}/${seed}.json json)
string(JSON status GET "${json}" items 0 status)
if(NOT status STREQUAL "in_progress")
  message(FATAL_ERROR "the seed's first item is '${status}', not in_progress: edit another field")
endif()
string(JSON json SET "${json}" items 0 status [["completed"]])
file(WRITE ${expected}/${seed}.json "${json}")
file(READ ${expected}/${seed}.csv csv)
string(REPLACE ",教育优学,为 750 个教室安装空调。,区教育局," ",教育优学,为 750 个教室安装空调。,区教委," edited "${csv}")
if(edited STREQUAL csv)
  message(FATAL_ERROR "the seed's CSV has no line for 为 750 个教室安装空调 to edit")
endif()
file(WRITE ${expected}/${seed}.csv "${edited}")

check(1 ${corpus})
expect_output("${corpus}/${seed}: differs from its expected output")
expect_output("${expected}/${seed}.json:\n    items[row 6, seq \"1\"].status: expected \"completed\", got \"in_progress\"")
expect_output("${expected}/${seed}.csv:\n    line 3 (row 7, seq 1): owners: expected \"区教委\", got \"区教育局\"")
expect_output("1 of 1 report differs")
check(1 ${corpus}/${seed})

check(0 ${corpus} --update)
expect_output("wrote ${expected}/${seed}.json")
expect_output("wrote ${expected}/${seed}.csv")
expect_same_file(${expected}/${seed}.json ${SAMPLES}/expected/${seed}.json)
expect_same_file(${expected}/${seed}.csv ${SAMPLES}/expected/${seed}.csv)
check(0 ${corpus})
expect_output("1 report as expected")

# A new report: listed, failing for want of an expected output, then written by --update.
file(COPY ${SAMPLES}/${markdown} DESTINATION ${corpus})
file(WRITE ${corpus}/notes.csv "not a report\n")
check(0 --list ${corpus})
if(NOT check_output STREQUAL "${corpus}/${markdown}\n${corpus}/${seed}\n")
  message(FATAL_ERROR "jindu check --list gives\n${check_output}")
endif()
check(1 ${corpus}/${markdown})
expect_output("no expected output: ${expected}/${markdown}.json is missing")
check(0 ${corpus} --update)
expect_output("wrote ${expected}/${markdown}.json")
if(check_output MATCHES "wrote [^\n]*${seed}")
  message(FATAL_ERROR "--update rewrote the seed's expected files, which were up to date:\n${check_output}")
endif()
expect_same_file(${expected}/${markdown}.json ${SAMPLES}/expected/${markdown}.json)
expect_same_file(${expected}/${markdown}.csv ${SAMPLES}/expected/${markdown}.csv)
check(0 ${corpus})
expect_output("2 reports as expected")

# Without a CSV the JSON alone is compared, and --update writes no CSV.
file(REMOVE ${expected}/${markdown}.csv)
check(0 ${corpus}/${markdown})
check(0 ${corpus}/${markdown} --update)
if(EXISTS ${expected}/${markdown}.csv)
  message(FATAL_ERROR "--update wrote a CSV where there was none")
endif()

check(1 ${WORK_DIR}/nowhere)
expect_output("${WORK_DIR}/nowhere: error: no such report or folder")
file(REMOVE_RECURSE ${WORK_DIR})
message(STATUS "jindu check: differences found, --update restored the expected files")
