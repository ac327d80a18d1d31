# `format` rewrites the sources with the project's .clang-format;
# `format-check` (also a ctest) fails when any file is not formatted.
find_program(CLANG_FORMAT_EXE NAMES clang-format clang-format-14)
if(NOT CLANG_FORMAT_EXE)
    message(STATUS "clang-format not found: format targets disabled")
    return()
endif()

file(GLOB_RECURSE NOVA_FORMAT_SOURCES CONFIGURE_DEPENDS
     ${CMAKE_SOURCE_DIR}/app/*.cpp ${CMAKE_SOURCE_DIR}/app/*.h
     ${CMAKE_SOURCE_DIR}/core/*.cpp ${CMAKE_SOURCE_DIR}/core/*.h
     ${CMAKE_SOURCE_DIR}/ui/*.cpp ${CMAKE_SOURCE_DIR}/ui/*.h
     ${CMAKE_SOURCE_DIR}/tests/*.cpp ${CMAKE_SOURCE_DIR}/tests/*.h
     ${CMAKE_SOURCE_DIR}/bench/*.cpp ${CMAKE_SOURCE_DIR}/bench/*.h)

add_custom_target(format COMMAND ${CLANG_FORMAT_EXE} -i ${NOVA_FORMAT_SOURCES}
                  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR} COMMENT "clang-format: rewriting sources")
add_custom_target(format-check COMMAND ${CLANG_FORMAT_EXE} --dry-run --Werror ${NOVA_FORMAT_SOURCES}
                  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR} COMMENT "clang-format: checking sources")
