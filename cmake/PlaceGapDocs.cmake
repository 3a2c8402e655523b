# The README and docs/*.md rendered to HTML pages (docs/tools/render_docs.py, python3-markdown),
# which the algorithms' help buttons and the plugin's Help open in a browser; installed beside
# the Markdown they come from.

# Debian's Python, which python3-markdown serves, before any other python3 on the PATH.
find_program(PLACEGAP_DOCS_PYTHON NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(NOT PLACEGAP_DOCS_PYTHON)
  find_program(PLACEGAP_DOCS_PYTHON NAMES python3 REQUIRED)
endif()
execute_process(COMMAND ${PLACEGAP_DOCS_PYTHON} -c "import markdown"
  RESULT_VARIABLE PLACEGAP_MARKDOWN_MISSING OUTPUT_QUIET ERROR_QUIET)
if(PLACEGAP_MARKDOWN_MISSING)
  message(FATAL_ERROR "${PLACEGAP_DOCS_PYTHON} cannot import markdown, which renders the documentation: install python3-markdown (scripts/setup.sh installs it).")
endif()

file(GLOB PLACEGAP_DOC_PAGES RELATIVE ${PROJECT_SOURCE_DIR} CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/docs/*.md)
set(PLACEGAP_HTML_DIR ${PROJECT_BINARY_DIR}/html)
set(PLACEGAP_HTML_PAGES ${PLACEGAP_HTML_DIR}/README.html ${PLACEGAP_HTML_DIR}/sample-projects/main-job/README.html)
set(PLACEGAP_DOC_SOURCES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/sample-projects/main-job/README.md)
foreach(page ${PLACEGAP_DOC_PAGES})
  string(REGEX REPLACE "\\.md$" ".html" html ${page})
  list(APPEND PLACEGAP_HTML_PAGES ${PLACEGAP_HTML_DIR}/${html})
  list(APPEND PLACEGAP_DOC_SOURCES ${PROJECT_SOURCE_DIR}/${page})
endforeach()
add_custom_command(OUTPUT ${PLACEGAP_HTML_PAGES}
  COMMAND ${PLACEGAP_DOCS_PYTHON} ${PROJECT_SOURCE_DIR}/docs/tools/render_docs.py
    ${PROJECT_SOURCE_DIR} ${PLACEGAP_HTML_DIR} README.md sample-projects/main-job/README.md ${PLACEGAP_DOC_PAGES}
  DEPENDS ${PLACEGAP_DOC_SOURCES} ${PROJECT_SOURCE_DIR}/docs/tools/render_docs.py
  COMMENT "Rendering the documentation to HTML")
add_custom_target(docs-html ALL DEPENDS ${PLACEGAP_HTML_PAGES})

install(FILES ${PLACEGAP_HTML_DIR}/README.html DESTINATION ${PLACEGAP_DATA_INSTALL_DIR})
install(FILES ${PLACEGAP_HTML_DIR}/sample-projects/main-job/README.html DESTINATION ${PLACEGAP_DATA_INSTALL_DIR}/sample-projects/main-job)
install(DIRECTORY ${PLACEGAP_HTML_DIR}/docs/ DESTINATION ${PLACEGAP_DATA_INSTALL_DIR}/docs FILES_MATCHING PATTERN "*.html")
