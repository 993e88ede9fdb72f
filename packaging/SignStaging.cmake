# CPACK_PRE_BUILD_SCRIPTS hook: signs the staged binaries before CPack packs them.
# It signs only when the CI provides the secrets through the environment, so local and
# unsigned builds pack exactly as before:
#   Windows: KEYCARD_SIGN_PFX (path to a .pfx) and KEYCARD_SIGN_PFX_PASSWORD -> signtool
#   macOS:   KEYCARD_CODESIGN_IDENTITY (a "Developer ID Application: ..." name) -> codesign
# The secrets are passed on the command line of the signing tool only; nothing is printed.
set(stage "${CPACK_TEMPORARY_DIRECTORY}")

if(CMAKE_HOST_WIN32 AND DEFINED ENV{KEYCARD_SIGN_PFX} AND NOT "$ENV{KEYCARD_SIGN_PFX}" STREQUAL "")
  find_program(SIGNTOOL signtool REQUIRED)
  file(GLOB_RECURSE binaries "${stage}/*.exe" "${stage}/*.dll")
  foreach(binary IN LISTS binaries)
    execute_process(
      COMMAND "${SIGNTOOL}" sign /fd SHA256 /td SHA256 /tr http://timestamp.digicert.com
              /f "$ENV{KEYCARD_SIGN_PFX}" /p "$ENV{KEYCARD_SIGN_PFX_PASSWORD}" "${binary}"
      RESULT_VARIABLE rc OUTPUT_QUIET)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "signtool failed on ${binary}")
    endif()
  endforeach()
  message(STATUS "Signed the staged Windows binaries")
endif()

if(CMAKE_HOST_APPLE AND DEFINED ENV{KEYCARD_CODESIGN_IDENTITY}
   AND NOT "$ENV{KEYCARD_CODESIGN_IDENTITY}" STREQUAL "")
  file(GLOB bundles LIST_DIRECTORIES true "${stage}/*.app")
  foreach(bundle IN LISTS bundles)
    execute_process(
      COMMAND codesign --force --deep --options runtime --timestamp
              --sign "$ENV{KEYCARD_CODESIGN_IDENTITY}" "${bundle}"
      RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "codesign failed on ${bundle}")
    endif()
  endforeach()
  message(STATUS "Signed the staged macOS bundle")
endif()
