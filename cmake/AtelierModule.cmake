# SPDX-FileCopyrightText: 2026 Atelier Achat contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One wrapper carries the boilerplate every target shares: warnings, sanitizers, include path.
#   atelier_add_module(NAME SOURCES ... [PUBLIC_LINKS ...] [PRIVATE_LINKS ...] [PLUGIN CLASS])

function(atelier_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                             -Wold-style-cast -Wcast-align -Woverloaded-virtual)
    if(ATELIER_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(ATELIER_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                 -fno-sanitize-recover=undefined)
        target_link_options(${target} PUBLIC -fsanitize=address,undefined)
    endif()
    if(ATELIER_FUZZ)
        target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
        target_link_options(${target} PUBLIC -fsanitize=address,undefined)
    endif()
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
                                                 QT_NO_URL_CAST_FROM_STRING QT_NO_KEYWORDS)
endfunction()

# The Qt headers nearly every file includes, parsed once per target (ATELIER_PCH). A target sees the
# widget headers only when it links widgets itself (the core and the DECP library must not), and a test
# sees Catch2's too.
set(ATELIER_PCH_CORE <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QHash> <QList> <QObject>
                     <QString> <QStringList> <QVariant> <functional> <memory> <optional>)
set(ATELIER_PCH_WIDGETS <QAbstractItemModel> <QApplication> <QHBoxLayout> <QLabel> <QPainter>
                        <QPushButton> <QTableView> <QVBoxLayout> <QWidget>)
function(atelier_precompile target)
    cmake_parse_arguments(ARG "TEST" "" "" ${ARGN})
    if(NOT ATELIER_PCH OR ATELIER_FUZZ)
        return()
    endif()
    set(headers ${ATELIER_PCH_CORE})
    get_target_property(links ${target} LINK_LIBRARIES)
    foreach(lib IN LISTS links)
        if(lib STREQUAL "Qt6::Widgets" OR (lib MATCHES "^atelier_" AND NOT lib MATCHES "^atelier_(core|decp)$"))
            list(APPEND headers ${ATELIER_PCH_WIDGETS})
            break()
        endif()
    endforeach()
    if(ARG_TEST)
        list(APPEND headers <catch2/catch.hpp>)
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

function(atelier_add_module name)
    cmake_parse_arguments(ARG "" "PLUGIN" "SOURCES;PUBLIC_LINKS;PRIVATE_LINKS" ${ARGN})
    if(ARG_PLUGIN)
        qt_add_plugin(${name} STATIC CLASS_NAME ${ARG_PLUGIN})
        target_sources(${name} PRIVATE ${ARG_SOURCES})
    else()
        add_library(${name} STATIC ${ARG_SOURCES})
    endif()
    target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
    target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_LINKS} PRIVATE ${ARG_PRIVATE_LINKS})
    atelier_target_defaults(${name})
    atelier_precompile(${name})
endfunction()

# The core must stay free of widgets: fail the configure step if anyone links them in.
function(atelier_forbid_widgets target)
    get_target_property(links ${target} LINK_LIBRARIES)
    get_target_property(ilinks ${target} INTERFACE_LINK_LIBRARIES)
    foreach(lib IN LISTS links ilinks)
        if(lib MATCHES "Widgets|PrintSupport|Charts")
            message(FATAL_ERROR "${target} must not link ${lib}: the core is QtCore/QtGui + sqlite3 only")
        endif()
    endforeach()
endfunction()
