// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs.h"
#include "typing.h"
#include "workspace.h"

#include "cockpit/cockpitpanel.h"
#include "cockpit/cockpitschema.h"
#include "core/edit.h"
#include "core/entities.h"
#include "core/store.h"

#include <QTest>

/// A project with the cockpit's tables, and helpers to fill it through undoable edits.
struct CockpitFixture
{
    Workspace ws;
    Atelier::Cockpit::CockpitPanel panel;
    std::unique_ptr<Atelier::Project> project;

    CockpitFixture()
    {
        ws.schema = Atelier::Schema({Atelier::coreSchema(), panel.migrations()});
        project = ws.create();
    }
    Atelier::ProjectContext &ctx() { return project->context(); }
    Atelier::Store &store() { return project->context().store; }
    QUndoStack &undo() { return project->undoStack(); }

    QString add(const Atelier::TableInfo &table, const Atelier::Row &row)
    {
        const QString id = Atelier::Edit::addRow(ctx(), table, row);
        REQUIRE_FALSE(id.isEmpty());
        return id;
    }
    QString strategy(const QString &title)
    {
        return add(Atelier::Entities::strategy(), {{QStringLiteral("title"), title}});
    }
    QString line(const QString &strategyId, const QString &mode, const QString &title,
                 const QString &start = {}, const QString &end = {})
    {
        return add(Atelier::Entities::investmentLine(), {{QStringLiteral("strategy_id"), strategyId},
                                                         {QStringLiteral("mode"), mode},
                                                         {QStringLiteral("title"), title},
                                                         {QStringLiteral("start_date"), start},
                                                         {QStringLiteral("end_date"), end}});
    }
    QString budget(const QString &lineId, const QString &period, qint64 planned, qint64 committed = 0,
                   qint64 paid = 0)
    {
        return add(Atelier::Entities::budgetEntry(), {{QStringLiteral("line_id"), lineId},
                                                      {QStringLiteral("period"), period},
                                                      {QStringLiteral("planned_cents"), planned},
                                                      {QStringLiteral("committed_cents"), committed},
                                                      {QStringLiteral("paid_cents"), paid}});
    }
    QString milestone(const QString &strategyId, const QString &title, const QString &due,
                      const QString &status = QStringLiteral("scheduled"))
    {
        return add(Atelier::Entities::milestone(), {{QStringLiteral("strategy_id"), strategyId},
                                                    {QStringLiteral("title"), title},
                                                    {QStringLiteral("due_date"), due},
                                                    {QStringLiteral("status"), status}});
    }
    QString indicator(const QString &strategyId, const QString &name, double baseline,
                      const QString &baselineDate, double target, const QString &targetDate)
    {
        return add(Atelier::Entities::indicator(), {{QStringLiteral("strategy_id"), strategyId},
                                                    {QStringLiteral("name"), name},
                                                    {QStringLiteral("baseline_value"), baseline},
                                                    {QStringLiteral("baseline_date"), baselineDate},
                                                    {QStringLiteral("target_value"), target},
                                                    {QStringLiteral("target_date"), targetDate}});
    }
    QString measure(const QString &indicatorId, const QString &date, double value)
    {
        return add(Atelier::Entities::measurement(), {{QStringLiteral("indicator_id"), indicatorId},
                                                      {QStringLiteral("date"), date},
                                                      {QStringLiteral("value"), value}});
    }
};

/// The cockpit's view of a fixture's project, shown offscreen.
struct CockpitWindow
{
    std::unique_ptr<QWidget> view;
    explicit CockpitWindow(CockpitFixture &f)
    {
        view.reset(f.panel.createView(f.ctx(), nullptr));
        view->resize(1280, 900);
        view->show();
        view->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(view.get()));
    }
    template <typename T> T *find(const QString &name = {})
    {
        return name.isEmpty() ? view->findChild<T *>() : view->findChild<T *>(name);
    }
};
