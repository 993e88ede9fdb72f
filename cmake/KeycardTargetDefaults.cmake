# keycard_target_defaults(<target>)
#   The compile and link settings every target of this project gets, per target rather than
#   through global add_compile_options(), so nothing leaks into code we do not own (a fetched
#   dependency, a generated helper). Call it for every library and executable; the tests get
#   it through keycard_add_test(). keycard_check_target_defaults() at the end of the top-level
#   CMakeLists.txt fails the configure when a target was left out.
#
#   - warnings: -Wall -Wextra -Wpedantic (GCC, Clang; Clang without its complaint about Qt's
#     logging macros), /W4 /permissive- (MSVC);
#   - Qt's strict string and connect rules, and KEYCARD_VERSION;
#   - hardening in optimised builds (Release, RelWithDebInfo, MinSizeRel) with GCC or Clang:
#     -fstack-protector-strong, -D_FORTIFY_SOURCE=2 (it needs optimisation), position-independent
#     executables, and on ELF platforms full RELRO (-z relro -z now);
#   - KEYCARD_SANITIZE (a -fsanitize= list such as "address,undefined"): every target compiled
#     and linked with it, with frame pointers for readable stacks and -fno-sanitize-recover=all
#     so the first error stops the program. _FORTIFY_SOURCE stays off then: the fortified
#     wrappers bypass AddressSanitizer's own checks of the same functions.
#   - KEYCARD_FUZZ (Clang only): every target instrumented for libFuzzer (-fsanitize=fuzzer-no-link)
#     and built with AddressSanitizer, UndefinedBehaviorSanitizer and float-cast-overflow, added
#     to whatever KEYCARD_SANITIZE lists; the harnesses in tests/fuzz link libFuzzer itself.
set(KEYCARD_SANITIZE "" CACHE STRING
    "Sanitizers for every target, as for -fsanitize= (e.g. address,undefined); empty for none")

if(KEYCARD_SANITIZE AND NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  message(FATAL_ERROR "KEYCARD_SANITIZE needs GCC or Clang (the compiler is ${CMAKE_CXX_COMPILER_ID})")
endif()

option(KEYCARD_FUZZ "Build the libFuzzer harnesses of tests/fuzz (needs Clang)" OFF)

if(KEYCARD_FUZZ AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "KEYCARD_FUZZ needs Clang with libFuzzer (the compiler is "
                      "${CMAKE_CXX_COMPILER_ID}); configure a separate tree with "
                      "-DCMAKE_CXX_COMPILER=clang++, as scripts/fuzz does")
endif()

# The sanitizers every target is built with: KEYCARD_SANITIZE, plus those fuzzing needs.
set(_keycard_sanitizers "${KEYCARD_SANITIZE}")
if(KEYCARD_FUZZ)
  if(_keycard_sanitizers)
    string(APPEND _keycard_sanitizers ",")
  endif()
  string(APPEND _keycard_sanitizers "address,undefined,float-cast-overflow")
endif()

include(CheckPIESupported)
check_pie_supported()

set(_keycard_optimised "$<CONFIG:Release,RelWithDebInfo,MinSizeRel>")

function(keycard_target_defaults target)
  get_target_property(type ${target} TYPE)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
      # Qt's documented `qCDebug(category) << ...` leaves the macro's `...` empty: standard
      # since C++20, a GNU extension in C++17 that only Clang's -Wpedantic reports.
      target_compile_options(${target} PRIVATE -Wno-gnu-zero-variadic-macro-arguments)
    endif()
  elseif(MSVC)
    target_compile_options(${target} PRIVATE /W4 /permissive-)
  endif()
  target_compile_definitions(${target} PRIVATE
    QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH QT_USE_QSTRINGBUILDER
    KEYCARD_VERSION="${PROJECT_VERSION}")
  set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON KEYCARD_DEFAULTS ON)

  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE $<${_keycard_optimised}:-fstack-protector-strong>)
    if(NOT _keycard_sanitizers)
      target_compile_options(${target} PRIVATE
        $<${_keycard_optimised}:-U_FORTIFY_SOURCE> $<${_keycard_optimised}:-D_FORTIFY_SOURCE=2>)
    endif()
    if(type STREQUAL "EXECUTABLE" AND NOT APPLE AND NOT WIN32)
      target_link_options(${target} PRIVATE $<${_keycard_optimised}:LINKER:-z,relro,-z,now>)
    endif()
    if(_keycard_sanitizers)
      target_compile_options(${target} PRIVATE
        -fsanitize=${_keycard_sanitizers} -fno-sanitize-recover=all -fno-omit-frame-pointer)
      target_link_options(${target} PRIVATE -fsanitize=${_keycard_sanitizers})
    endif()
    if(KEYCARD_FUZZ)
      target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
    endif()
  endif()
endfunction()

# Fails the configure when a library or executable of this project did not get the defaults.
function(keycard_check_target_defaults)
  set(missing "")
  set(dirs "${CMAKE_SOURCE_DIR}")
  while(dirs)
    list(POP_FRONT dirs dir)
    get_property(subdirs DIRECTORY "${dir}" PROPERTY SUBDIRECTORIES)
    list(APPEND dirs ${subdirs})
    get_property(targets DIRECTORY "${dir}" PROPERTY BUILDSYSTEM_TARGETS)
    foreach(t IN LISTS targets)
      get_target_property(type ${t} TYPE)
      get_target_property(done ${t} KEYCARD_DEFAULTS)
      get_target_property(imported ${t} IMPORTED)
      if(type MATCHES "^(EXECUTABLE|STATIC_LIBRARY|SHARED_LIBRARY|MODULE_LIBRARY|OBJECT_LIBRARY)$"
         AND NOT done AND NOT imported)
        list(APPEND missing ${t})
      endif()
    endforeach()
  endwhile()
  if(missing)
    message(FATAL_ERROR "keycard_target_defaults() was not called for: ${missing}")
  endif()
endfunction()
