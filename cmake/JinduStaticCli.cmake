# Decides whether the jindu program is linked fully statically: with no
# dynamic loader and no shared objects to map and relocate, it starts in a
# fraction of the time. Sets JINDU_STATIC_CLI_ENABLED, JINDU_STATIC_CLI_ARCHIVES
# (the dependency archives, in link order) and JINDU_STATIC_CLI_LINK_OPTIONS;
# when static linking is asked for but impossible, says why and leaves the
# program dynamic.
#
# -static rather than -static-pie: a static PIE relocates itself at start-up,
# writing two dozen pages, and runs measurably slower. The .eh_frame_hdr that
# GCC leaves out of -static links is asked for explicitly. No libc symbol is
# wrapped: glibc warns at link time that ICU's plugin loader calls dlopen,
# which a static program cannot serve; ICU treats the failure as no plugin.
set(JINDU_STATIC_CLI_ENABLED OFF)
set(JINDU_STATIC_CLI_ARCHIVES "")
set(JINDU_STATIC_CLI_LINK_OPTIONS "")

function(jindu_static_cli_check)
  if(NOT JINDU_STATIC_CLI)
    return()
  endif()
  set(why "")
  get_target_property(type jindu TYPE)
  if(JINDU_SANITIZE OR JINDU_FUZZ)
    set(why "the sanitizers need their shared runtime")
  elseif(JINDU_PDF_ENABLED)
    set(why "poppler, which jindu::pdf needs, has no static archive; -DJINDU_PDF=OFF links statically")
  elseif(JINDU_WORKBOOK_ENABLED)
    set(why "libxlsxwriter, which jindu::workbook needs, has no static archive; -DJINDU_XLSX=OFF links statically")
  elseif(NOT type STREQUAL "STATIC_LIBRARY")
    set(why "libjindu is not a static library")
  elseif(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    set(why "the compiler is neither GCC nor Clang")
  endif()
  set(archives "")
  if(why STREQUAL "")
    # Users of a symbol come before the archive defining it.
    foreach(name pugixml gumbo minizip z icui18n icuuc icudata)
      find_library(JINDU_STATIC_${name}_ARCHIVE NAMES lib${name}.a)
      mark_as_advanced(JINDU_STATIC_${name}_ARCHIVE)
      if(NOT JINDU_STATIC_${name}_ARCHIVE)
        set(why "lib${name}.a is missing")
        break()
      endif()
      list(APPEND archives ${JINDU_STATIC_${name}_ARCHIVE})
    endforeach()
  endif()
  if(why STREQUAL "")
    foreach(runtime libstdc++.a libc.a)
      execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${runtime}
                      OUTPUT_VARIABLE found OUTPUT_STRIP_TRAILING_WHITESPACE)
      if(NOT IS_ABSOLUTE "${found}")
        set(why "${runtime} is missing")
        break()
      endif()
    endforeach()
  endif()
  if(NOT why STREQUAL "")
    message(STATUS "jindu program: linked dynamically, not statically (${why})")
    return()
  endif()
  set(options -static "LINKER:--eh-frame-hdr" "LINKER:--gc-sections")
  message(STATUS "jindu program: linked statically")
  set(JINDU_STATIC_CLI_ENABLED ON PARENT_SCOPE)
  set(JINDU_STATIC_CLI_LINK_OPTIONS ${options} PARENT_SCOPE)
  set(JINDU_STATIC_CLI_ARCHIVES ${archives} PARENT_SCOPE)
endfunction()

jindu_static_cli_check()
