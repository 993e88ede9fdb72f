# keycard_add_test(NAME <name> SOURCES <files...> LIBS <targets...> [GUI] [KEYCHAIN] [TIMEOUT <s>])
#   GUI:      runs with QT_QPA_PLATFORM=offscreen.
#   KEYCHAIN: runs inside a private D-Bus session with an unlocked gnome-keyring
#             (scripts/with-keyring) and a scratch $HOME.
# keycard_add_script_test(NAME <name> COMMAND <program and arguments...> [KEYCHAIN] [TIMEOUT <s>])
#   a test that is a script, not a Qt Test executable, with the same environment.
# Every test gets its own scratch HOME/XDG folders under the build tree so that
# nothing touches the developer's settings or keychain.
# With KEYCARD_SANITIZE the tests also run with KEYCARD_SANITIZER_TEST_ENV: stop at the first
# error, report leaks, print stacks, and suppress only third-party code (tests/sanitizers/).

set(KEYCARD_SANITIZER_TEST_ENV "")
if(KEYCARD_SANITIZE)
  set(_supp "${CMAKE_SOURCE_DIR}/tests/sanitizers")
  set(KEYCARD_SANITIZER_TEST_ENV
    "ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=0:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=0:suppressions=${_supp}/asan.supp"
    "LSAN_OPTIONS=suppressions=${_supp}/lsan.supp:print_suppressions=0:report_objects=0"
    "UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:suppressions=${_supp}/ubsan.supp")
endif()

function(keycard_add_test)
  cmake_parse_arguments(T "GUI;KEYCHAIN" "NAME;TIMEOUT" "SOURCES;LIBS" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
  keycard_target_defaults(${T_NAME})
  set(options "")
  foreach(option GUI KEYCHAIN)
    if(T_${option})
      list(APPEND options ${option})
    endif()
  endforeach()
  keycard_add_script_test(NAME ${T_NAME} ${options} TIMEOUT ${T_TIMEOUT}
                          COMMAND $<TARGET_FILE:${T_NAME}>)
endfunction()

function(keycard_add_script_test)
  cmake_parse_arguments(T "GUI;KEYCHAIN" "NAME;TIMEOUT" "COMMAND" ${ARGN})
  set(home "${CMAKE_BINARY_DIR}/testhome/${T_NAME}")
  set(cmd ${T_COMMAND})
  if(T_KEYCHAIN)
    set(cmd ${CMAKE_SOURCE_DIR}/scripts/with-keyring ${cmd})
  endif()
  add_test(NAME ${T_NAME} COMMAND ${cmd})
  set(env "HOME=${home}" "XDG_CONFIG_HOME=${home}/.config" "XDG_DATA_HOME=${home}/.local/share"
          "XDG_CACHE_HOME=${home}/.cache" "XDG_RUNTIME_DIR=${home}/run"
          "KEYCARD_TEST_HOME=${home}" "KEYCARD_SOURCE_DIR=${CMAKE_SOURCE_DIR}"
          "KEYCARD_API_BASE_URL=" "KEYCARD_API_CLIENT_ID=" "KEYCARD_API_CLIENT_SECRET=" "KEYCARD_API_API_KEY=")
  list(APPEND env ${KEYCARD_SANITIZER_TEST_ENV})
  if(T_GUI)
    list(APPEND env "QT_QPA_PLATFORM=offscreen")
  endif()
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 300)
  endif()
  set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${T_TIMEOUT})
  if(T_KEYCHAIN)
    # Hosted CI on Windows and macOS has no unlockable keychain: it leaves these out by label.
    set_tests_properties(${T_NAME} PROPERTIES LABELS keychain)
  endif()
  # The scratch folders exist before any test runs.
  file(MAKE_DIRECTORY "${home}/.config" "${home}/.local/share" "${home}/.cache")
  file(MAKE_DIRECTORY "${home}/run")
  file(CHMOD "${home}/run" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
endfunction()
