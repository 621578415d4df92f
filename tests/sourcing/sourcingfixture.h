// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace.h"

#include "core/edit.h"
#include "core/entities.h"
#include "core/store.h"
#include "sourcing/sourcingpanel.h"
#include "sourcing/sourcingschema.h"

#include <QUndoStack>

/// A project with the sourcing canvas's tables, and the modeler's impacts sought as a stand-in
/// table of the same name and columns (the tests link the sourcing module only).
struct SourcingFixture
{
    Workspace ws;
    Atelier::Sourcing::SourcingPanel panel;
    std::unique_ptr<Atelier::Project> project;

    static Atelier::ModuleSchema impactsStandIn()
    {
        return {QStringLiteral("modeler"),
                {{1, QStringLiteral("CREATE TABLE criterion (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL DEFAULT '', "
                                    "weight INTEGER NOT NULL DEFAULT 1, position INTEGER NOT NULL DEFAULT 0);")}}};
    }

    SourcingFixture()
    {
        ws.schema = Atelier::Schema({Atelier::coreSchema(), impactsStandIn(), panel.migrations()});
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
    QString chapter(const QString &title, const QString &theme = QStringLiteral("custom"))
    {
        return add(Atelier::Sourcing::Tables::chapter(), {{QStringLiteral("title"), title}, {QStringLiteral("theme"), theme}});
    }
    QString entry(const QString &chapterId, const QString &kind, const QString &title, const Atelier::Row &more = {})
    {
        Atelier::Row row = more;
        row.insert(QStringLiteral("chapter_id"), chapterId);
        row.insert(QStringLiteral("kind"), kind);
        row.insert(QStringLiteral("title"), title);
        return add(Atelier::Sourcing::Tables::entry(), row);
    }
    QVariant value(const Atelier::TableInfo &table, const QString &id, const char *column)
    {
        return store().value(table, id, QLatin1String(column));
    }
};
