# FindQGIS.cmake - locate an installed QGIS (headers + core, analysis, gui libraries)
#
# Sets QGIS_FOUND, QGIS_INCLUDE_DIR, QGIS_VERSION, QGIS_VERSION_INT, QGIS_QT_MAJOR
# (the Qt major version QGIS was built with), QGIS_PLUGIN_DIR (where QGIS loads C++
# plugins from, absolute) and the imported targets QGIS::Core, QGIS::Analysis, QGIS::Gui.
#
# Hints: QGIS_PREFIX_PATH (e.g. /usr, /usr/local, an OSGeo4W or Homebrew prefix).

find_path(QGIS_INCLUDE_DIR NAMES qgsconfig.h
  HINTS ${QGIS_PREFIX_PATH}/include ENV QGIS_PREFIX_PATH
  PATH_SUFFIXES qgis include/qgis)

foreach(component core analysis gui)
  string(TOUPPER ${component} upper)
  find_library(QGIS_${upper}_LIBRARY NAMES qgis_${component}
    HINTS ${QGIS_PREFIX_PATH}/lib ENV QGIS_PREFIX_PATH)
endforeach()

if(QGIS_INCLUDE_DIR AND EXISTS "${QGIS_INCLUDE_DIR}/qgsconfig.h")
  file(READ "${QGIS_INCLUDE_DIR}/qgsconfig.h" _qgsconfig)
  string(REGEX MATCH "define _QGIS_VERSION_INT ([0-9]+)" _ "${_qgsconfig}")
  set(QGIS_VERSION_INT "${CMAKE_MATCH_1}")
  string(REGEX MATCH "define _QGIS_VERSION \"([0-9]+\\.[0-9]+\\.[0-9]+)" _ "${_qgsconfig}")
  set(QGIS_VERSION "${CMAKE_MATCH_1}")
  string(REGEX MATCH "define QT_PLUGINS_DIR \"([^\"]*)\"" _ "${_qgsconfig}")
  set(_qt_plugins_dir "${CMAKE_MATCH_1}")
  string(REGEX MATCH "define QGIS_PLUGIN_SUBDIR \"([^\"]*)\"" _ "${_qgsconfig}")
  set(_plugin_subdir "${CMAKE_MATCH_1}")

  # QGIS 4 is Qt6 only; QGIS 3.x is Qt5 unless it was built with BUILD_WITH_QT6, which
  # shows in the Qt plugin directory it was configured with.
  if(QGIS_VERSION_INT GREATER_EQUAL 39900 OR _qt_plugins_dir MATCHES "qt6")
    set(QGIS_QT_MAJOR 6)
  else()
    set(QGIS_QT_MAJOR 5)
  endif()

  get_filename_component(_qgis_prefix "${QGIS_INCLUDE_DIR}/../.." ABSOLUTE)
  if(NOT EXISTS "${_qgis_prefix}/${_plugin_subdir}")
    get_filename_component(_qgis_prefix "${QGIS_INCLUDE_DIR}/.." ABSOLUTE)
  endif()
  set(QGIS_PLUGIN_DIR "${_qgis_prefix}/${_plugin_subdir}")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(QGIS
  REQUIRED_VARS QGIS_INCLUDE_DIR QGIS_CORE_LIBRARY QGIS_ANALYSIS_LIBRARY QGIS_GUI_LIBRARY QGIS_VERSION_INT
  VERSION_VAR QGIS_VERSION)

if(QGIS_FOUND)
  foreach(component Core Analysis Gui)
    string(TOUPPER ${component} upper)
    if(NOT TARGET QGIS::${component})
      add_library(QGIS::${component} UNKNOWN IMPORTED)
      set_target_properties(QGIS::${component} PROPERTIES
        IMPORTED_LOCATION "${QGIS_${upper}_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${QGIS_INCLUDE_DIR}")
    endif()
  endforeach()
endif()

mark_as_advanced(QGIS_INCLUDE_DIR QGIS_CORE_LIBRARY QGIS_ANALYSIS_LIBRARY QGIS_GUI_LIBRARY)
