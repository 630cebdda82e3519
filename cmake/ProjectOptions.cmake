# One interface target carries the warnings and Qt defines every target of ours builds with.
add_library(project_options INTERFACE)
add_library(pac::options ALIAS project_options)

target_compile_options(project_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic $<IF:$<CXX_COMPILER_ID:GNU>,-Wshadow=local,-Wshadow-uncaptured-local> -Wnon-virtual-dtor
        -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough>
    $<$<AND:$<BOOL:${PAC_WERROR}>,$<CXX_COMPILER_ID:GNU,Clang>>:-Werror>)

target_compile_definitions(project_options INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_MESSAGELOGCONTEXT
    PAC_VERSION="${PROJECT_VERSION}")

# pac_add_library(NAME SOURCES ... LIBS ...): a static library of ours, headers found by folder
# (#include "models/Money.h").
function(pac_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC ${ARG_LIBS} PRIVATE project_options)
endfunction()
