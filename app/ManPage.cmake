# cmake -DEXE=csrstudio -DLANGUAGE=en|zh_CN -DOUT=csrstudio.1 -P ManPage.cmake
# Runs `csrstudio --help-man` in the given language and writes OUT and OUT.gz (gzip -9n, as
# Debian wants manual pages). The user's own settings must not choose the language, so the
# program runs with an empty configuration directory.
get_filename_component(dir ${OUT} DIRECTORY)
file(MAKE_DIRECTORY ${dir}/config)
if(LANGUAGE STREQUAL en)
    set(locale C.UTF-8)
else()
    set(locale ${LANGUAGE}.UTF-8)
endif()
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env --unset=LANGUAGE --unset=LC_ALL --unset=LC_MESSAGES
        LANG=${locale} XDG_CONFIG_HOME=${dir}/config ASAN_OPTIONS=detect_leaks=0
        ${EXE} --help-man
    OUTPUT_FILE ${OUT}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "csrstudio --help-man failed (${result})")
endif()
execute_process(COMMAND gzip -9nf -k ${OUT} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "gzip ${OUT} failed (${result})")
endif()
