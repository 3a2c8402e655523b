# PlaceGap's translations: i18n/placegap_<locale>.ts, kept current with the sources by
# scripts/update_translations.sh (lupdate), compiled to .qm by lrelease beside the rendered
# documentation (so a build folder finds them) and installed in share/placegap/i18n.
find_package(${PLACEGAP_QT} REQUIRED COMPONENTS LinguistTools)
file(GLOB PLACEGAP_TS_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/i18n/*.ts)
set_source_files_properties(${PLACEGAP_TS_FILES} PROPERTIES OUTPUT_LOCATION ${PROJECT_BINARY_DIR}/html/i18n)
if(PLACEGAP_QT_MAJOR EQUAL 5)
  qt5_add_translation(PLACEGAP_QM_FILES ${PLACEGAP_TS_FILES})
else()
  qt6_add_translation(PLACEGAP_QM_FILES ${PLACEGAP_TS_FILES})
endif()
add_custom_target(translations ALL DEPENDS ${PLACEGAP_QM_FILES})
install(FILES ${PLACEGAP_QM_FILES} DESTINATION ${PLACEGAP_DATA_INSTALL_DIR}/i18n)

# The test that the shipped .ts files hold every string of the sources, each translated.
get_target_property(PLACEGAP_LUPDATE ${PLACEGAP_QT}::lupdate IMPORTED_LOCATION)
