# Installs the library, the public headers, the jindu program, a CMake package
# (jindu::jindu, jindu::cli and jindu_add_report_tests) and jindu.pc.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(TARGETS jindu EXPORT jinduTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
# pdf.hpp and workbook.hpp belong to jindu::pdf and jindu::workbook, built in the tree and not installed.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/jindu DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
        PATTERN pdf.hpp EXCLUDE
        PATTERN workbook.hpp EXCLUDE)
install(FILES ${PROJECT_BINARY_DIR}/include/jindu/version.hpp
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/jindu)

# A static libjindu carries its dependencies to every program that links it;
# a shared one keeps them to itself.
get_target_property(JINDU_LIBRARY_TYPE jindu TYPE)
if(JINDU_LIBRARY_TYPE STREQUAL "STATIC_LIBRARY")
  set(JINDU_STATIC ON)
  set(JINDU_PC_REQUIRES "icu-uc icu-i18n pugixml gumbo minizip zlib")
  set(JINDU_PC_REQUIRES_PRIVATE "")
else()
  set(JINDU_STATIC OFF)
  set(JINDU_PC_REQUIRES "")
  set(JINDU_PC_REQUIRES_PRIVATE "icu-uc icu-i18n pugixml gumbo minizip zlib")
endif()

set(JINDU_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/jindu)
install(EXPORT jinduTargets NAMESPACE jindu:: DESTINATION ${JINDU_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/jinduConfig.cmake.in
  ${PROJECT_BINARY_DIR}/jinduConfig.cmake INSTALL_DESTINATION ${JINDU_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/jinduConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)  # 0.x: a minor version may break compatibility
install(FILES ${PROJECT_BINARY_DIR}/jinduConfig.cmake ${PROJECT_BINARY_DIR}/jinduConfigVersion.cmake
              ${PROJECT_SOURCE_DIR}/cmake/JinduReportTests.cmake ${PROJECT_SOURCE_DIR}/cmake/JinduReportTestsList.cmake
        DESTINATION ${JINDU_CMAKE_DIR})

# jindu.pc finds the prefix from its own place, so an install moved with
# `cmake --install --prefix` or DESTDIR still works.
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(JINDU_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
else()
  file(RELATIVE_PATH JINDU_PC_UP "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
  string(REGEX REPLACE "/$" "" JINDU_PC_UP "${JINDU_PC_UP}")
  set(JINDU_PC_PREFIX "\${pcfiledir}/${JINDU_PC_UP}")
endif()
configure_file(${PROJECT_SOURCE_DIR}/cmake/jindu.pc.in ${PROJECT_BINARY_DIR}/jindu.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/jindu.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
