# Qt Linguist translations (issue 6).
#
#   include(${PROJECT_SOURCE_DIR}/packaging/Translations.cmake)
#   keycard_add_translations(<target>)
#
# compiles resources/translations/keycard_en.ts and keycard_de.ts with lrelease and embeds
# the .qm files in <target> as :/i18n/keycard_en.qm and :/i18n/keycard_de.qm
# (QTranslator::load(QLocale(), "keycard", "_", ":/i18n")). The first call also creates
# the lupdate targets (`update_translations`, `<target>_lupdate`) that refresh the .ts
# files from every source and form of the application layers; later calls (a test, say)
# only embed the .qm files, so two lupdate runs never write the same .ts files.
# Qt's own German catalogue (qtbase_de.qm: "Schließen", "Abbrechen") is embedded too, as
# :/i18n/qt/qtbase_de.qm, so every package carries it whether or not the system has it
# (Debian: qt6-translations-l10n; a Qt for Windows or macOS has it in its translations folder).
# Written for the qt_add_translations() signature of Qt 6.4 (TS_FILES, SOURCES,
# RESOURCE_PREFIX, LUPDATE_OPTIONS), which later Qt versions still accept.
include_guard(DIRECTORY)

function(keycard_add_translations target)
  set(ts_dir "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/../resources/translations")
  cmake_path(NORMAL_PATH ts_dir)
  set(ts_files "${ts_dir}/keycard_en.ts" "${ts_dir}/keycard_de.ts")
  if(NOT TARGET ${target})
    message(FATAL_ERROR "keycard_add_translations: no target named ${target}")
  endif()
  get_property(lupdate_owner GLOBAL PROPERTY KEYCARD_LUPDATE_OWNER)
  if(NOT lupdate_owner)
    set_property(GLOBAL PROPERTY KEYCARD_LUPDATE_OWNER ${target})
    file(GLOB_RECURSE sources CONFIGURE_DEPENDS
      "${PROJECT_SOURCE_DIR}/src/core/*.cpp" "${PROJECT_SOURCE_DIR}/src/core/*.h"
      "${PROJECT_SOURCE_DIR}/src/models/*.cpp" "${PROJECT_SOURCE_DIR}/src/models/*.h"
      "${PROJECT_SOURCE_DIR}/src/gui/*.cpp" "${PROJECT_SOURCE_DIR}/src/gui/*.h"
      "${PROJECT_SOURCE_DIR}/src/app/*.cpp" "${PROJECT_SOURCE_DIR}/src/app/*.h"
      "${PROJECT_SOURCE_DIR}/src/cli/*.cpp" "${PROJECT_SOURCE_DIR}/src/cli/*.h"
      "${PROJECT_SOURCE_DIR}/ui/*.ui")
    qt_add_translations(${target}
      TS_FILES ${ts_files}
      SOURCES ${sources}
      RESOURCE_PREFIX "/i18n"
      LUPDATE_OPTIONS -no-obsolete -locations relative)
  else()
    qt_add_lrelease(${target} TS_FILES ${ts_files} QM_FILES_OUTPUT_VARIABLE qm_files)
    qt_add_resources(${target} "${target}_translations"
      PREFIX "/i18n" BASE "${CMAKE_CURRENT_BINARY_DIR}" FILES ${qm_files})
  endif()
  keycard_embed_qt_catalogues(${target})
endfunction()

function(keycard_embed_qt_catalogues target)
  set(qm "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/qtbase_de.qm")
  if(NOT EXISTS "${qm}")
    message(FATAL_ERROR "Qt's German catalogue ${qm} is missing (Debian: qt6-translations-l10n)")
  endif()
  qt_add_resources(${target} "${target}_qt_translations"
    PREFIX "/i18n/qt" BASE "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}" FILES "${qm}")
endfunction()
