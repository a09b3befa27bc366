# Runs `jindu compare OLD NEW` on one sample pair, named by the "# old" and
# "# new" lines of its gold list, and compares the CSV, the JSON and the
# --summary text with NAME.csv, NAME.json and NAME.summary beside the list.
# With JINDU_UPDATE_EXPECTED set in the environment it rewrites them instead.
#   cmake -DJINDU=… -DSOURCE_DIR=… -DGOLD=samples/compare/NAME.gold.tsv -P compare_pair.cmake
foreach(var JINDU SOURCE_DIR GOLD)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "compare_pair.cmake needs -D${var}=…")
  endif()
endforeach()

file(STRINGS ${GOLD} old_line REGEX "^# old\t")
file(STRINGS ${GOLD} new_line REGEX "^# new\t")
if(NOT old_line OR NOT new_line)
  message(FATAL_ERROR "${GOLD}: no \"# old\" and \"# new\" lines naming the reports")
endif()
string(REGEX REPLACE "^# old\t" "" old_report "${old_line}")
string(REGEX REPLACE "^# new\t" "" new_report "${new_line}")
string(REGEX REPLACE "\\.gold\\.tsv$" "" stem "${GOLD}")

set(update OFF)
if(DEFINED ENV{JINDU_UPDATE_EXPECTED})
  set(update ON)
endif()
find_program(DIFF diff)

# Runs jindu compare with the given arguments; the reports are named
# relative to the source folder, as the expected files name them.
function(check_output what expected)
  execute_process(COMMAND ${JINDU} compare ${old_report} ${new_report} ${ARGN}
                  WORKING_DIRECTORY ${SOURCE_DIR}
                  RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT status EQUAL 0)
    message(SEND_ERROR "jindu compare ${ARGN} exited ${status}: ${err}")
    return()
  endif()
  if(what STREQUAL "summary")
    set(out "${err}")
  endif()
  if(update)
    file(WRITE ${expected} "${out}")
    message(STATUS "rewrote ${expected}")
    return()
  endif()
  if(NOT EXISTS ${expected})
    message(SEND_ERROR "${expected} is missing; run with JINDU_UPDATE_EXPECTED=1 and review it")
    return()
  endif()
  file(READ ${expected} want)
  if(NOT out STREQUAL want)
    get_filename_component(name ${expected} NAME)
    set(got ${CMAKE_CURRENT_BINARY_DIR}/compare-got-${name})
    file(WRITE ${got} "${out}")
    if(DIFF)
      execute_process(COMMAND ${DIFF} -u ${expected} ${got})  # printed as it is, line by line
    endif()
    message(SEND_ERROR "the ${what} of jindu compare differs from ${expected} (got ${got})")
  endif()
endfunction()

check_output(csv ${stem}.csv)
check_output(json ${stem}.json --format json)
check_output(summary ${stem}.summary --summary -o /dev/null)
