// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs.h"
#include "typing.h"
#include "workspace.h"

#include "app/documentcontroller.h"
#include "app/mainwindow.h"

#include <QMenu>
#include <QMenuBar>
#include <QTest>

/// The main window with the built-in panels, its working copies in a throw-away folder.
struct WindowFixture
{
    Workspace ws;
    Atelier::BuiltinPanels panels = Atelier::BuiltinPanels::load();
    std::unique_ptr<Atelier::MainWindow> window;

    WindowFixture()
    {
        ws.schema = panels.schema;
        window = std::make_unique<Atelier::MainWindow>(panels, ws.area);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }
    Atelier::DocumentController &docs() { return window->documents(); }
    Atelier::Project &project()
    {
        REQUIRE(docs().project());
        return *docs().project();
    }
    template <typename T> T *find(const QString &name) { return window->findChild<T *>(name); }
    QAction *menuAction(const QString &menu, const QString &text);
};

inline QAction *WindowFixture::menuAction(const QString &menu, const QString &text)
{
    for (QAction *top : window->menuBar()->actions()) {
        if (top->text().remove(QLatin1Char('&')) != menu)
            continue;
        for (QAction *a : top->menu()->actions())
            if (a->text().remove(QLatin1Char('&')).startsWith(text))
                return a;
    }
    FAIL("no menu item " << menu.toStdString() << " > " << text.toStdString());
    return nullptr;
}
