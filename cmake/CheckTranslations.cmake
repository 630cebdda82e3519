# Fails when a user-visible string of the sources has no translation: every string in
# Spanish, and the plural forms ("%n customer(s)") in English.
# cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P CheckTranslations.cmake
file(MAKE_DIRECTORY ${WORK_DIR})
set(report "")
foreach(language es en)
    configure_file(${SOURCE_DIR}/translations/agent-console_${language}.ts
                   ${WORK_DIR}/${language}.ts COPYONLY)
    set(only "")
    if(language STREQUAL "en")
        set(only -pluralonly)
    endif()
    execute_process(
        COMMAND ${LUPDATE} -I ${SOURCE_DIR} -no-obsolete -locations none ${only}
                models customerindex storage portal documents cli presentation ui app
                -ts ${WORK_DIR}/${language}.ts
        WORKING_DIRECTORY ${SOURCE_DIR}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed:\n${out}")
    endif()
    file(READ ${WORK_DIR}/${language}.ts ts)
    # A semicolon would split the matches below (CMake lists).
    string(REPLACE ";" "·" ts "${ts}")
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?(<extracomment>[^<]*</extracomment>[^<]*)?<translation type=\"unfinished\"" missing "${ts}")
    list(LENGTH missing count)
    string(REGEX MATCHALL "<message" all "${ts}")
    list(LENGTH all total)
    if(count GREATER 0)
        string(APPEND report "\n${count} of ${total} strings have no translation in agent-console_${language}.ts:")
        foreach(m IN LISTS missing)
            string(REGEX REPLACE "^<source>([^<]*)</source>.*" "\\1" s "${m}")
            string(APPEND report "\n  ${s}")
        endforeach()
    else()
        message(STATUS "agent-console_${language}.ts complete: ${total} strings")
    endif()
endforeach()
if(report)
    message(FATAL_ERROR "Run scripts/update-translations, then translate:${report}")
endif()
