# Included by ctest for each jindu_add_report_tests call (see JinduReportTests.cmake),
# with jindu_program, jindu_dir, jindu_prefix and jindu_properties set: adds one
# test per report that `jindu check --list` names.
if(NOT EXISTS "${jindu_program}")
  # A test that fails, naming the program, rather than no tests at all.
  add_test("${jindu_prefix}NOT_BUILT" "${jindu_program}")
  return()
endif()
execute_process(COMMAND "${jindu_program}" check --list "${jindu_dir}"
                OUTPUT_VARIABLE jindu_listed RESULT_VARIABLE jindu_result)
if(NOT jindu_result EQUAL 0)
  # Runs the listing again as a test, which fails and prints why.
  add_test("${jindu_prefix}LIST_FAILED" "${jindu_program}" check --list "${jindu_dir}")
  return()
endif()
string(REPLACE "\n" ";" jindu_reports "${jindu_listed}")
foreach(jindu_report IN LISTS jindu_reports)
  if(jindu_report STREQUAL "")
    continue()
  endif()
  get_filename_component(jindu_name "${jindu_report}" NAME)
  add_test("${jindu_prefix}${jindu_name}" "${jindu_program}" check "${jindu_report}")
  if(jindu_properties)
    set_tests_properties("${jindu_prefix}${jindu_name}" PROPERTIES ${jindu_properties})
  endif()
endforeach()
