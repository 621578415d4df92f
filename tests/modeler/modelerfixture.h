// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs.h"
#include "typing.h"
#include "workspace.h"

#include "modeler/modelerpanel.h"
#include "modeler/modelerschema.h"

#include <QTest>

/// A project with the modeler's tables, and the modeler's view of it, shown offscreen.
struct ModelerFixture
{
    Workspace ws;
    Atelier::Modeler::ModelerPanel panel;
    std::unique_ptr<Atelier::Project> project;
    std::unique_ptr<QWidget> view;

    ModelerFixture()
    {
        ws.schema = Atelier::Schema({Atelier::coreSchema(), panel.migrations()});
        project = ws.create();
        view.reset(panel.createView(project->context(), nullptr));
        view->resize(1280, 800);
        view->show();
        view->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(view.get()));
    }
    ~ModelerFixture() { view.reset(); }
    Atelier::ProjectContext &ctx() { return project->context(); }
    QUndoStack &undo() { return project->undoStack(); }
    template <typename T> T *find(const QString &name = {})
    {
        return name.isEmpty() ? view->findChild<T *>() : view->findChild<T *>(name);
    }
};
