# jindu_add_report_tests(DIR [PREFIX prefix] [JINDU program] [PROPERTIES name value ...])
#
# Registers each report of the folder DIR as a ctest test of its own, named
# PREFIX followed by the report's file name, that runs `jindu check DIR/REPORT`:
# it passes when the report still converts to the expected JSON (and CSV, if
# there is one) under DIR/expected/. The reports are those `jindu check --list
# DIR` names, listed each time ctest runs (as gtest_discover_tests lists test
# cases), so a report put in DIR is a test without configuring again.
#
#   PREFIX      the start of the test names; default "DIRNAME/"
#   JINDU       the jindu program; default the package's jindu::cli
#   PROPERTIES  test properties set on every test (LABELS, TIMEOUT …)
#
# Shipped with jinduConfig.cmake; the project's own corpus test uses it too.
set(_JINDU_REPORT_TESTS_LIST_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/JinduReportTestsList.cmake")

function(jindu_add_report_tests dir)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "PREFIX;JINDU" "PROPERTIES")
  if(arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "jindu_add_report_tests: unknown arguments: ${arg_UNPARSED_ARGUMENTS}")
  endif()
  get_filename_component(dir "${dir}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  if(NOT IS_DIRECTORY "${dir}")
    message(FATAL_ERROR "jindu_add_report_tests: ${dir} is not a folder")
  endif()
  if(NOT DEFINED arg_PREFIX)
    get_filename_component(name "${dir}" NAME)
    set(arg_PREFIX "${name}/")
  endif()
  if(NOT arg_JINDU)
    if(NOT TARGET jindu::cli)
      message(FATAL_ERROR "jindu_add_report_tests: there is no jindu program (target jindu::cli; a jindu "
                          "built with JINDU_BUILD_TOOLS=OFF has none): pass JINDU <path>")
    endif()
    set(arg_JINDU "$<TARGET_FILE:jindu::cli>")
  endif()

  # The script ctest includes: the settings of this call, then the listing.
  string(MD5 key "${dir}|${arg_PREFIX}")
  set(script "${CMAKE_CURRENT_BINARY_DIR}/jindu_report_tests_${key}")
  set(content "set(jindu_program [==[${arg_JINDU}]==])\n"
              "set(jindu_dir [==[${dir}]==])\n"
              "set(jindu_prefix [==[${arg_PREFIX}]==])\n"
              "set(jindu_properties [==[${arg_PROPERTIES}]==])\n"
              "include([==[${_JINDU_REPORT_TESTS_LIST_SCRIPT}]==])\n")
  string(JOIN "" content ${content})
  get_property(multi_config GLOBAL PROPERTY GENERATOR_IS_MULTI_CONFIG)
  if(multi_config)
    # The program's path depends on the configuration ctest runs (-C).
    file(GENERATE OUTPUT "${script}_$<CONFIG>.cmake" CONTENT "${content}")
    file(WRITE "${script}.cmake" "include(\"${script}_\${CTEST_CONFIGURATION_TYPE}.cmake\" OPTIONAL)\n")
  else()
    file(GENERATE OUTPUT "${script}.cmake" CONTENT "${content}")
  endif()
  set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES "${script}.cmake")
endfunction()
