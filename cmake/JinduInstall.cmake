# Installs the library, the public headers, a CMake package (jindu::jindu) and jindu.pc.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(TARGETS jindu EXPORT jinduTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/jindu DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES ${PROJECT_BINARY_DIR}/include/jindu/version.hpp
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/jindu)

set(JINDU_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/jindu)
install(EXPORT jinduTargets NAMESPACE jindu:: DESTINATION ${JINDU_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/jinduConfig.cmake.in
  ${PROJECT_BINARY_DIR}/jinduConfig.cmake INSTALL_DESTINATION ${JINDU_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/jinduConfigVersion.cmake
  COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/jinduConfig.cmake ${PROJECT_BINARY_DIR}/jinduConfigVersion.cmake
        DESTINATION ${JINDU_CMAKE_DIR})

configure_file(${PROJECT_SOURCE_DIR}/cmake/jindu.pc.in ${PROJECT_BINARY_DIR}/jindu.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/jindu.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
