# Fails when a user-visible string of the sources has no Spanish translation.
# cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P CheckTranslations.cmake
file(MAKE_DIRECTORY ${WORK_DIR})
configure_file(${SOURCE_DIR}/translations/agent-console_es.ts ${WORK_DIR}/es.ts COPYONLY)
execute_process(
    COMMAND ${LUPDATE} -I ${SOURCE_DIR} -no-obsolete -locations none
            models storage portal documents cli ui app -ts ${WORK_DIR}/es.ts
    WORKING_DIRECTORY ${SOURCE_DIR}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed:\n${out}")
endif()
file(READ ${WORK_DIR}/es.ts ts)
# A semicolon would split the matches below (CMake lists).
string(REPLACE ";" "&#59;" ts "${ts}")
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?(<extracomment>[^<]*</extracomment>[^<]*)?<translation type=\"unfinished\"" missing "${ts}")
list(LENGTH missing count)
string(REGEX MATCHALL "<message" all "${ts}")
list(LENGTH all total)
if(count GREATER 0)
    set(names "")
    foreach(m IN LISTS missing)
        string(REGEX REPLACE "^<source>([^<]*)</source>.*" "\\1" s "${m}")
        string(APPEND names "\n  ${s}")
    endforeach()
    message(FATAL_ERROR "${count} of ${total} strings have no Spanish translation (run scripts/update-translations, then translate):${names}")
endif()
message(STATUS "Spanish translation complete: ${total} strings")
