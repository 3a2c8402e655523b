# A Debian package of everything `cmake --install` puts in place: the plugin library (with the
# provider linked in), the placegap_process runner, styles, sample projects with their sources
# and built GeoPackage, metadata and the README. `cmake --build build --target package`.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "placegap")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "PlaceGap")
set(CPACK_PACKAGE_CONTACT "PlaceGap developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "QGIS plugin: place, poverty and school attainment in Scotland's Northern Alliance")
set(CPACK_PACKAGE_DESCRIPTION "PlaceGap adds the 'placegap' Processing provider to QGIS (deprivation and attainment overlays, rurality classification, service accessibility), the placegap_process headless runner, styles for every output and teaching projects with the Northern Alliance sample data built from open data (OGL v3.0; GSHHG LGPL-3+; OpenStreetMap ODbL).")
# The prefix Debian's QGIS is installed to, so the plugin lands in /usr/lib/qgis/plugins.
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Debug information stays in the build; the package carries stripped binaries.
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_LICENSE "GPL-2+")
# Library dependencies are read off the binaries (dpkg-shlibdeps); the providers and the
# desktop are needed at run time without being linked.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qgis (>= 3.22), qgis-providers")
include(CPack)
