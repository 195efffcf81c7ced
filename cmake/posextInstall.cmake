# Installs the library, its headers, the command and the CMake package
# (posextConfig.cmake, posextConfigVersion.cmake, posextTargets.cmake).
include(CMakePackageConfigHelpers)

set(POSEXT_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/posext")

install(TARGETS posext posext_grammar_x3 EXPORT posextTargets
    ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
    LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}"
    RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/posext" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(FILES "${POSEXT_GENERATED}/include/posext/version.hpp" "${POSEXT_GENERATED}/include/posext/export.hpp"
    DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/posext")
install(FILES "${PROJECT_SOURCE_DIR}/src/lexicon/english.lex" DESTINATION "${CMAKE_INSTALL_DATADIR}/posext")
install(FILES "${PROJECT_SOURCE_DIR}/src/lexicon/issues/un-general.lex" "${PROJECT_SOURCE_DIR}/src/lexicon/issues/ict-oewg.lex"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/posext/issues")
if(TARGET posext-cli)
    install(TARGETS posext-cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
endif()

install(EXPORT posextTargets NAMESPACE posext:: DESTINATION "${POSEXT_CMAKE_DIR}")
configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/posextConfig.cmake.in"
    "${PROJECT_BINARY_DIR}/posextConfig.cmake"
    INSTALL_DESTINATION "${POSEXT_CMAKE_DIR}")
write_basic_package_version_file("${PROJECT_BINARY_DIR}/posextConfigVersion.cmake"
    COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/posextConfig.cmake" "${PROJECT_BINARY_DIR}/posextConfigVersion.cmake"
    DESTINATION "${POSEXT_CMAKE_DIR}")
