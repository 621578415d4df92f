# SPDX-FileCopyrightText: 2026 Atelier Achat contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# A test: the French translation is complete for the sources as they are now (not only as the
# .ts file was last updated). Runs lupdate on a copy and counts unfinished entries.
#   cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P checktranslations.cmake
set(copy ${WORK_DIR}/atelier_fr.check.ts)
file(COPY_FILE ${SOURCE_DIR}/translations/atelier_fr.ts ${copy})
execute_process(COMMAND ${LUPDATE} -silent -no-obsolete -locations none
                        ${SOURCE_DIR}/app ${SOURCE_DIR}/modules -ts ${copy}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc})")
endif()
file(STRINGS ${copy} unfinished REGEX "type=\"unfinished\"")
list(LENGTH unfinished count)
file(STRINGS ${copy} sources REGEX "<source>")
list(LENGTH sources total)
if(count GREATER 0)
    message(FATAL_ERROR "translations/atelier_fr.ts: ${count} of ${total} strings lack a French translation. "
                        "Run: cmake --build build --target atelier_shell_lupdate, then translate them.")
endif()
message(STATUS "French translation complete: ${total} strings")
