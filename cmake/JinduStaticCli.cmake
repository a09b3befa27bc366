# Decides how the jindu program is linked. Every shared object costs start-up
# time (mapping it, resolving its symbols, relocating its data), which is most
# of what converting one small report takes:
#
# - fully static, when every dependency has a static archive: no dynamic
#   loader and no shared objects at all;
# - mostly static, with the PDF reader or the XLSX writer, whose poppler and
#   libxlsxwriter Debian ships as shared libraries only: libjindu, jindu::pdf,
#   jindu::workbook and every dependency with an archive (ICU, pugixml, gumbo,
#   minizip, qpdf) are linked in; poppler, zlib, what qpdf's archive needs
#   besides (libjpeg, its crypto library), libstdc++ and glibc stay shared,
#   and jindu::workbook loads libxlsxwriter when it writes a workbook (a
#   static program could not);
# - dynamic, when neither can be done (say why).
#
# Sets JINDU_STATIC_CLI_ENABLED (fully static), JINDU_MOSTLY_STATIC_CLI_ENABLED,
# JINDU_STATIC_CLI_ARCHIVES (the dependency archives, in link order: users of
# a symbol before the archive defining it), JINDU_STATIC_CLI_QPDF (qpdf's
# archive and what it needs, or qpdf's shared library) and
# JINDU_STATIC_CLI_LINK_OPTIONS.
#
# -static rather than -static-pie: a static PIE relocates itself at start-up,
# writing two dozen pages, and runs measurably slower. The .eh_frame_hdr that
# GCC leaves out of -static links is asked for explicitly. No libc symbol is
# wrapped: glibc warns at link time that ICU's plugin loader calls dlopen,
# which a static program cannot serve; ICU treats the failure as no plugin.
set(JINDU_STATIC_CLI_ENABLED OFF)
set(JINDU_MOSTLY_STATIC_CLI_ENABLED OFF)
set(JINDU_STATIC_CLI_ARCHIVES "")
set(JINDU_STATIC_CLI_QPDF "")
set(JINDU_STATIC_CLI_LINK_OPTIONS "")

# qpdf's archive with the libraries it needs, in JINDU_STATIC_QPDF_LIBRARIES
# (cached), or nothing when it does not link. Its pkg-config file names zlib
# and libjpeg; the crypto library qpdf was built with (gnutls or OpenSSL) it
# may not name (Debian's does not), so each is tried in turn.
function(jindu_find_static_qpdf)
  find_library(JINDU_STATIC_qpdf_ARCHIVE NAMES libqpdf.a HINTS ${QPDF_LIBRARY_DIRS})
  mark_as_advanced(JINDU_STATIC_qpdf_ARCHIVE)
  if(DEFINED CACHE{JINDU_STATIC_QPDF_LIBRARIES} AND JINDU_STATIC_QPDF_CHECKED STREQUAL JINDU_STATIC_qpdf_ARCHIVE)
    return()
  endif()
  set(found "")
  pkg_check_modules(JINDU_QPDF_NEEDS QUIET zlib libjpeg)
  if(JINDU_STATIC_qpdf_ARCHIVE AND JINDU_QPDF_NEEDS_FOUND)
    pkg_check_modules(JINDU_QPDF_GNUTLS QUIET gnutls)
    pkg_check_modules(JINDU_QPDF_OPENSSL QUIET libcrypto)
    set(probe ${CMAKE_CURRENT_BINARY_DIR}/qpdf_static_probe.cpp)
    # Opening a document reaches qpdf's encryption and so its crypto provider.
    file(WRITE ${probe} "#include <qpdf/QPDF.hh>\nint main() { QPDF pdf; pdf.processMemoryFile(\"probe\", \"\", 0); }\n")
    foreach(crypto none GNUTLS OPENSSL)
      set(libraries ${JINDU_STATIC_qpdf_ARCHIVE} ${JINDU_QPDF_NEEDS_LINK_LIBRARIES})
      if(NOT crypto STREQUAL "none")
        if(NOT JINDU_QPDF_${crypto}_FOUND)
          continue()
        endif()
        list(APPEND libraries ${JINDU_QPDF_${crypto}_LINK_LIBRARIES})
      endif()
      try_compile(JINDU_STATIC_QPDF_LINKS ${CMAKE_CURRENT_BINARY_DIR}/qpdf_static_probe SOURCES ${probe}
                  CMAKE_FLAGS "-DINCLUDE_DIRECTORIES=${QPDF_INCLUDE_DIRS}"
                  COMPILE_DEFINITIONS -DPOINTERHOLDER_TRANSITION=4
                  LINK_LIBRARIES ${libraries}
                  CXX_STANDARD 17)
      if(JINDU_STATIC_QPDF_LINKS)
        set(found ${libraries})
        break()
      endif()
    endforeach()
  endif()
  set(JINDU_STATIC_QPDF_LIBRARIES "${found}" CACHE INTERNAL "qpdf's archive and what it needs, empty when it does not link")
  set(JINDU_STATIC_QPDF_CHECKED "${JINDU_STATIC_qpdf_ARCHIVE}" CACHE INTERNAL "the qpdf archive checked")
endfunction()

function(jindu_static_cli_check)
  if(NOT JINDU_STATIC_CLI)
    return()
  endif()
  set(why "")
  get_target_property(type jindu TYPE)
  if(JINDU_SANITIZE OR JINDU_FUZZ)
    set(why "the sanitizers need their shared runtime")
  elseif(NOT type STREQUAL "STATIC_LIBRARY")
    set(why "libjindu is not a static library")
  elseif(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    set(why "the compiler is neither GCC nor Clang")
  endif()
  # Poppler and libxlsxwriter have no static archive on Debian: with either, zlib,
  # which poppler loads anyway, stays shared too.
  set(mostly OFF)
  set(names pugixml gumbo minizip z icui18n icuuc icudata)
  if(JINDU_PDF_ENABLED OR JINDU_WORKBOOK_ENABLED)
    set(mostly ON)
    list(REMOVE_ITEM names z)
  endif()
  set(archives "")
  if(why STREQUAL "")
    foreach(name ${names})
      find_library(JINDU_STATIC_${name}_ARCHIVE NAMES lib${name}.a)
      mark_as_advanced(JINDU_STATIC_${name}_ARCHIVE)
      if(NOT JINDU_STATIC_${name}_ARCHIVE)
        set(why "lib${name}.a is missing")
        break()
      endif()
      list(APPEND archives ${JINDU_STATIC_${name}_ARCHIVE})
    endforeach()
  endif()
  if(why STREQUAL "" AND NOT mostly)
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
  if(mostly)
    set(shared "")
    set(qpdf "")
    if(JINDU_PDF_ENABLED)
      list(APPEND shared poppler)
      jindu_find_static_qpdf()
      set(qpdf ${JINDU_STATIC_QPDF_LIBRARIES})
      if(qpdf)
        list(APPEND shared "what qpdf's archive needs")
      else()
        set(qpdf PkgConfig::QPDF)
        list(APPEND shared "qpdf (its archive does not link)")
      endif()
    endif()
    if(JINDU_WORKBOOK_ENABLED)
      list(APPEND shared "libxlsxwriter (loaded when a workbook is written)")
    endif()
    list(JOIN shared ", " shared)
    message(STATUS "jindu program: linked statically but for ${shared}, zlib, libstdc++ and glibc")
    set(JINDU_MOSTLY_STATIC_CLI_ENABLED ON PARENT_SCOPE)
    set(JINDU_STATIC_CLI_LINK_OPTIONS "LINKER:--as-needed" "LINKER:--gc-sections" PARENT_SCOPE)
    set(JINDU_STATIC_CLI_ARCHIVES ${archives} PARENT_SCOPE)
    set(JINDU_STATIC_CLI_QPDF ${qpdf} PARENT_SCOPE)
    return()
  endif()
  set(options -static "LINKER:--eh-frame-hdr" "LINKER:--gc-sections")
  message(STATUS "jindu program: linked statically")
  set(JINDU_STATIC_CLI_ENABLED ON PARENT_SCOPE)
  set(JINDU_STATIC_CLI_LINK_OPTIONS ${options} PARENT_SCOPE)
  set(JINDU_STATIC_CLI_ARCHIVES ${archives} PARENT_SCOPE)
endfunction()

jindu_static_cli_check()
