# Installers and desktop integration (issue 6): install rules, Qt deployment and CPack.
# Included at the end of the top-level CMakeLists.txt, after every target exists.
#
#   Linux:   DEB, RPM and TGZ (scripts/package); desktop file, AppStream metadata, hicolor
#            icons, man page, Debian copyright and changelog.
#   Windows: qt_generate_deploy_app_script (windeployqt), the Schannel TLS plugin, NSIS + ZIP.
#   macOS:   app bundle, qt_generate_deploy_app_script (macdeployqt), the Secure Transport
#            TLS plugin, DragNDrop.
# Everything takes the version from project(VERSION).
include_guard(GLOBAL)
include(GNUInstallDirs)
include(${CMAKE_CURRENT_LIST_DIR}/Platform.cmake)

if(NOT TARGET keycard-admin)
  message(STATUS "Packaging: no keycard-admin target yet, so no install rules or packages")
  return()
endif()

# src/app calls keycard_platform_resources(keycard-admin); make sure it happened.
get_target_property(_keycard_platform_done keycard-admin KEYCARD_PLATFORM_RESOURCES)
if(NOT _keycard_platform_done)
  keycard_platform_resources(keycard-admin)
endif()

set(KEYCARD_PACKAGE_NAME "keycard-admin")
set(KEYCARD_PACKAGE_MAINTAINER "Keycard <support@keycard.ai>"
    CACHE STRING "Maintainer named in the Linux packages")
# Release date for AppStream and the Debian changelog; honours SOURCE_DATE_EPOCH.
string(TIMESTAMP KEYCARD_RELEASE_DATE "%Y-%m-%d" UTC)
string(TIMESTAMP KEYCARD_RELEASE_DATE_RFC2822 "%a, %d %b %Y %H:%M:%S +0000" UTC)
set(_keycard_pkg_dir "${CMAKE_BINARY_DIR}/packaging")
set(_keycard_license "${CMAKE_CURRENT_LIST_DIR}/LICENSE.txt")

# ---------------------------------------------------------------------------------------
# The executable
install(TARGETS keycard-admin
  BUNDLE DESTINATION .
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# A program's man page is its own --help and --version, through help2man (Debian package
# help2man, installed by scripts/bootstrap), so it never disagrees with the program.
function(keycard_install_man_page target description)
  find_program(KEYCARD_HELP2MAN help2man)
  if(NOT KEYCARD_HELP2MAN)
    message(STATUS "Packaging: help2man not found, so no ${target} man page (scripts/bootstrap installs it)")
    return()
  endif()
  set(page "${CMAKE_BINARY_DIR}/packaging/${target}.1")
  add_custom_command(
    OUTPUT "${page}.gz"
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
            ${KEYCARD_HELP2MAN} --no-info --no-discard-stderr --name "${description}"
            --section 1 --output "${page}" $<TARGET_FILE:${target}>
    COMMAND gzip -9nf "${page}"
    DEPENDS ${target}
    COMMENT "Writing the ${target} man page with help2man"
    VERBATIM)
  add_custom_target(${target}_man ALL DEPENDS "${page}.gz")
  install(FILES "${page}.gz" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endfunction()

# ---------------------------------------------------------------------------------------
# keycardctl: the command line beside the app, with its man page and shell completions
if(TARGET keycardctl)
  install(TARGETS keycardctl RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
if(TARGET keycardctl AND UNIX AND NOT APPLE)
  install(FILES "${CMAKE_CURRENT_LIST_DIR}/linux/keycardctl.bash"
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/bash-completion/completions
          RENAME keycardctl)
  install(FILES "${CMAKE_CURRENT_LIST_DIR}/linux/_keycardctl"
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/zsh/vendor-completions)
  keycard_install_man_page(keycardctl
                           "administer a Keycard organization from the command line")
endif()
# The local Keycard-compatible server the .deb installs beside them (tests, demos, keycardctl).
if(TARGET keycard-fake-server AND UNIX AND NOT APPLE)
  keycard_install_man_page(keycard-fake-server
                           "a local Keycard-compatible API server with demo data and faults")
endif()

# ---------------------------------------------------------------------------------------
# Linux desktop integration
if(UNIX AND NOT APPLE)
  configure_file("${KEYCARD_RESOURCES_DIR}/linux/${KEYCARD_APP_ID}.metainfo.xml.in"
                 "${_keycard_pkg_dir}/${KEYCARD_APP_ID}.metainfo.xml" @ONLY)
  configure_file("${CMAKE_CURRENT_LIST_DIR}/linux/changelog.in"
                 "${_keycard_pkg_dir}/changelog" @ONLY)
  configure_file("${CMAKE_CURRENT_LIST_DIR}/linux/keycard-admin.1.in"
                 "${_keycard_pkg_dir}/keycard-admin.1" @ONLY)

  # Debian policy wants the changelog and man page compressed with gzip -9n.
  find_program(KEYCARD_GZIP gzip REQUIRED)
  add_custom_command(
    OUTPUT "${_keycard_pkg_dir}/changelog.gz" "${_keycard_pkg_dir}/keycard-admin.1.gz"
    COMMAND ${KEYCARD_GZIP} -9nkf "${_keycard_pkg_dir}/changelog" "${_keycard_pkg_dir}/keycard-admin.1"
    DEPENDS "${_keycard_pkg_dir}/changelog" "${_keycard_pkg_dir}/keycard-admin.1"
    COMMENT "Compressing the changelog and the man page")
  add_custom_target(keycard_package_docs ALL
    DEPENDS "${_keycard_pkg_dir}/changelog.gz" "${_keycard_pkg_dir}/keycard-admin.1.gz")

  install(FILES "${KEYCARD_RESOURCES_DIR}/linux/${KEYCARD_APP_ID}.desktop"
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/applications)
  install(FILES "${_keycard_pkg_dir}/${KEYCARD_APP_ID}.metainfo.xml"
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/metainfo)
  install(DIRECTORY "${KEYCARD_RESOURCES_DIR}/icons/hicolor"
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons)
  install(FILES "${KEYCARD_RESOURCES_DIR}/icons/${KEYCARD_APP_ID}.svg"
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps)
  install(FILES "${_keycard_pkg_dir}/keycard-admin.1.gz"
          DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  install(FILES "${CMAKE_CURRENT_LIST_DIR}/linux/copyright" "${_keycard_pkg_dir}/changelog.gz"
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/${KEYCARD_PACKAGE_NAME})
endif()

# ---------------------------------------------------------------------------------------
# Windows and macOS: bundle Qt with windeployqt / macdeployqt, and the native TLS backend.
if(WIN32 OR APPLE)
  if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET keycard-admin
      OUTPUT_SCRIPT _keycard_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
  else()
    qt_generate_deploy_app_script(TARGET keycard-admin
      FILENAME_VARIABLE _keycard_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
  endif()
  install(SCRIPT "${_keycard_deploy_script}")

  # Qt 6 loads its TLS backend as a plugin (plugins/tls). The deploy tools usually take it
  # along; install it explicitly so that HTTPS never depends on their heuristics.
  if(WIN32)
    set(_keycard_tls_plugin Qt6::QSchannelBackendPlugin)
    set(_keycard_tls_dir "plugins/tls")
  else()
    set(_keycard_tls_plugin Qt6::QSecureTransportBackendPlugin)
    set(_keycard_tls_dir "keycard-admin.app/Contents/PlugIns/tls")
  endif()
  # QtKeychain is no Qt module, so the deploy tools leave it out.
  get_target_property(_keycard_keychain_type Qt6Keychain::Qt6Keychain TYPE)
  if(_keycard_keychain_type STREQUAL "SHARED_LIBRARY")
    install(IMPORTED_RUNTIME_ARTIFACTS Qt6Keychain::Qt6Keychain
      RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
      LIBRARY DESTINATION keycard-admin.app/Contents/Frameworks
      FRAMEWORK DESTINATION keycard-admin.app/Contents/Frameworks)
  endif()
  if(TARGET ${_keycard_tls_plugin})
    install(FILES "$<TARGET_FILE:${_keycard_tls_plugin}>" DESTINATION "${_keycard_tls_dir}")
  else()
    message(WARNING "Packaging: ${_keycard_tls_plugin} not found; the installer would have no TLS")
  endif()
endif()

# ---------------------------------------------------------------------------------------
# CPack
set(CPACK_PACKAGE_NAME "${KEYCARD_PACKAGE_NAME}")
set(CPACK_PACKAGE_VENDOR "Keycard")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines of at most 80 characters: the Debian control file keeps them as they are.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
  "Keycard Admin lets administrators of a Keycard organization browse, create,\n"
  "rename and delete service accounts and their credentials. A new credential's\n"
  "secret is shown once, kept in the system keychain (the Secret Service on\n"
  "Linux) and copied to the clipboard without entering clipboard history.\n"
  "keycardctl does the same from the command line, for scripts and terminals.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "${KEYCARD_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "${KEYCARD_APP_NAME}")
set(CPACK_PACKAGE_EXECUTABLES "keycard-admin" "${KEYCARD_APP_NAME}")
set(CPACK_RESOURCE_FILE_LICENSE "${_keycard_license}")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)
# Optional signing of the staged binaries before they are packed (Windows, macOS).
set(CPACK_PRE_BUILD_SCRIPTS "${CMAKE_CURRENT_LIST_DIR}/SignStaging.cmake")

if(WIN32)
  set(CPACK_GENERATOR "NSIS;ZIP")
  set(CPACK_PACKAGE_FILE_NAME "${KEYCARD_PACKAGE_NAME}-${PROJECT_VERSION}-windows-x64")
  set(CPACK_NSIS_PACKAGE_NAME "${KEYCARD_APP_NAME}")
  set(CPACK_NSIS_DISPLAY_NAME "${KEYCARD_APP_NAME}")
  set(CPACK_NSIS_MUI_ICON "${KEYCARD_RESOURCES_DIR}/icons/keycard-admin.ico")
  set(CPACK_NSIS_MUI_UNIICON "${KEYCARD_RESOURCES_DIR}/icons/keycard-admin.ico")
  set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\keycard-admin.exe")
  set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
  set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
  set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
elseif(APPLE)
  set(CPACK_GENERATOR "DragNDrop")
  set(CPACK_PACKAGE_FILE_NAME "${KEYCARD_PACKAGE_NAME}-${PROJECT_VERSION}-macos")
  set(CPACK_DMG_VOLUME_NAME "${KEYCARD_APP_NAME}")
  set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
else()
  set(CPACK_GENERATOR "DEB;RPM;TGZ")
  set(CPACK_PACKAGE_FILE_NAME
      "${KEYCARD_PACKAGE_NAME}-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR}")

  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  # The SVG icon engine that draws the toolbar's icons is a plugin, which shlibdeps cannot see;
  # the package that ships it is libqt6svg6 in Debian 12 and qt6-svg-plugins from Debian 13 on.
  set(_keycard_svg_plugin_package libqt6svg6)
  execute_process(COMMAND dpkg-query -S "*/qt6/plugins/iconengines/libqsvgicon.so"
                  OUTPUT_VARIABLE _keycard_svg_owner RESULT_VARIABLE _keycard_svg_status
                  ERROR_QUIET)
  if(_keycard_svg_status EQUAL 0 AND _keycard_svg_owner MATCHES "^([^:, ]+)")
    set(_keycard_svg_plugin_package "${CMAKE_MATCH_1}")
  endif()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS
      "qt6-qpa-plugins, libsecret-1-0, ${_keycard_svg_plugin_package}")
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc")
  set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-translations-l10n")
  set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
  set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
  set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
  set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

  set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
  set(CPACK_RPM_PACKAGE_LICENSE "${KEYCARD_LICENSE_SPDX}")
  set(CPACK_RPM_PACKAGE_GROUP "Applications/System")
  set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
  set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")
  # Directories the system owns: the package must not claim them.
  set(_keycard_rpm_system_dirs
      /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
      /usr/share/bash-completion /usr/share/bash-completion/completions
      /usr/share/zsh /usr/share/zsh/vendor-completions
      /usr/share/icons /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable
      /usr/share/icons/hicolor/scalable/apps)
  foreach(size 16 22 24 32 48 64 128 256 512)
    list(APPEND _keycard_rpm_system_dirs /usr/share/icons/hicolor/${size}x${size}
         /usr/share/icons/hicolor/${size}x${size}/apps)
  endforeach()
  set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION ${_keycard_rpm_system_dirs})
endif()

include(CPack)
