// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace.h"

#include "projet/projetpanel.h"

#include <QTest>

#include "typing.h"
#include <QWidget>

/// A project and the Projet panel's view of it, shown offscreen.
struct ProjetFixture
{
    Workspace ws;
    std::unique_ptr<Atelier::Project> project;
    Atelier::Projet::ProjetPanel panel;
    std::unique_ptr<QWidget> view;

    explicit ProjetFixture(std::unique_ptr<Atelier::Project> p = nullptr)
        : project(p ? std::move(p) : ws.create())
    {
        view.reset(panel.createView(project->context(), nullptr));
        view->resize(1200, 800);
        view->show();
        REQUIRE(QTest::qWaitForWindowExposed(view.get()));
        view->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(view.get()));
    }
    ~ProjetFixture() { view.reset(); } // the view goes before the project

    Atelier::ProjectContext &ctx() { return project->context(); }
    template <typename T> T *find(const QString &name) { return view->findChild<T *>(name); }
};
