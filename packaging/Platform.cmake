# Per-platform resources of the keycard-admin executable (issue 6).
#
#   include(${PROJECT_SOURCE_DIR}/packaging/Platform.cmake)
#   keycard_platform_resources(<target>)
#
# adds to <target>:
#   - resources/resources.qrc (the application icon under :/icons) through AUTORCC;
#   - Windows: a version resource (.rc, generated from project(VERSION)) with the .ico,
#     and WIN32_EXECUTABLE;
#   - macOS:   MACOSX_BUNDLE with resources/macos/Info.plist.in and the .icns.
# Platform branches are chosen by if(WIN32)/if(APPLE); nothing here is commented out.
include_guard(DIRECTORY)

set(KEYCARD_APP_ID "ai.keycard.KeycardAdmin")
set(KEYCARD_APP_NAME "Keycard Admin")
set(KEYCARD_LICENSE_SPDX "MIT")
set(KEYCARD_COPYRIGHT "Copyright (C) 2026 Keycard")
set(KEYCARD_RESOURCES_DIR "${CMAKE_CURRENT_LIST_DIR}/../resources")
cmake_path(NORMAL_PATH KEYCARD_RESOURCES_DIR)

function(keycard_platform_resources target)
  if(NOT TARGET ${target})
    message(FATAL_ERROR "keycard_platform_resources: no target named ${target}")
  endif()

  set(KEYCARD_RESOURCES_DIR "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/../resources")
  cmake_path(NORMAL_PATH KEYCARD_RESOURCES_DIR)
  set_property(TARGET ${target} PROPERTY AUTORCC ON)
  target_sources(${target} PRIVATE "${KEYCARD_RESOURCES_DIR}/resources.qrc")

  if(WIN32)
    set(KEYCARD_ICO_FILE "${KEYCARD_RESOURCES_DIR}/icons/keycard-admin.ico")
    set(rc "${CMAKE_BINARY_DIR}/packaging/${target}.rc")
    configure_file("${KEYCARD_RESOURCES_DIR}/windows/keycard-admin.rc.in" "${rc}" @ONLY)
    target_sources(${target} PRIVATE "${rc}")
    set_target_properties(${target} PROPERTIES WIN32_EXECUTABLE ON)
  endif()

  if(APPLE)
    set(icns "${KEYCARD_RESOURCES_DIR}/icons/keycard-admin.icns")
    target_sources(${target} PRIVATE "${icns}")
    set_source_files_properties("${icns}" TARGET_DIRECTORY ${target}
                                PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(${target} PROPERTIES
      MACOSX_BUNDLE ON
      MACOSX_BUNDLE_INFO_PLIST "${KEYCARD_RESOURCES_DIR}/macos/Info.plist.in"
      MACOSX_BUNDLE_BUNDLE_NAME "${KEYCARD_APP_NAME}"
      MACOSX_BUNDLE_GUI_IDENTIFIER "${KEYCARD_APP_ID}"
      MACOSX_BUNDLE_ICON_FILE "keycard-admin.icns"
      MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
      MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
      MACOSX_BUNDLE_COPYRIGHT "${KEYCARD_COPYRIGHT}"
      INSTALL_RPATH "@executable_path/../Frameworks")
  endif()

  set_property(TARGET ${target} PROPERTY KEYCARD_PLATFORM_RESOURCES ON)
endfunction()
