// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "core/safeopen.h"
#include "core/sqlite.h"

using namespace Atelier;

namespace {
ModuleSchema notebook(int upTo)
{
    ModuleSchema m{QStringLiteral("notebook"), {}};
    m.steps << Migration{1, QStringLiteral("CREATE TABLE note (id TEXT PRIMARY KEY NOT NULL, text TEXT)")};
    if (upTo >= 2)
        m.steps << Migration{2,
                             QStringLiteral("ALTER TABLE note ADD COLUMN author TEXT NOT NULL DEFAULT ''")};
    return m;
}
} // namespace

TEST_CASE("Every entity's fields exist in the core schema", "[schema]")
{
    Sql::Connection db = Sql::Connection::openMemory();
    Schema({coreSchema()}).migrate(db);
    for (const TableInfo *table : Entities::all()) {
        for (const FieldInfo &field : table->fields) {
            INFO(table->name << "." << field.column);
            CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info('%1') WHERE name = '%2'")
                                .arg(table->table(), QString::fromLatin1(field.column)))
                      .toInt() == 1);
        }
    }
}

TEST_CASE("Every table declares a text primary key named id", "[schema]")
{
    Sql::Connection db = Sql::Connection::openMemory();
    Schema({coreSchema()}).migrate(db);
    Sql::Statement tables(db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"));
    while (tables.step()) {
        const QString table = tables.text(0);
        INFO(table.toStdString());
        const QString pk =
            db.scalar(QStringLiteral("SELECT name FROM pragma_table_info('%1') WHERE pk = 1").arg(table))
                .toString();
        CHECK((pk == QStringLiteral("id") || table == QStringLiteral("module_version")));
    }
}

TEST_CASE("An older file is migrated step by step in the working copy, never in the document", "[schema]")
{
    Workspace old;
    old.schema = Schema({coreSchema(), notebook(1)});
    const QString doc = old.savedProject(QStringLiteral("old.atelier"));
    const QByteArray before = fileHash(doc);

    Workspace current;
    current.schema = Schema({coreSchema(), notebook(2)});
    auto project = current.open(doc);
    CHECK(fileHash(doc) == before);
    // The working copy is locked exclusively by the project: read its schema through a save.
    QString error;
    const QString upgraded = current.path(QStringLiteral("new.atelier"));
    REQUIRE(project->saveAs(upgraded, &error));
    OpenError openError;
    auto checked = UntrustedDatabase::load(upgraded, current.schema, openError);
    REQUIRE(checked);
    CHECK(checked->moduleVersions().value(QStringLiteral("notebook")) == 2);
    QStringList noteColumns;
    Sql::Statement columns(checked->connection(), QStringLiteral("PRAGMA table_info(note)"));
    while (columns.step())
        noteColumns << columns.text(1);
    CHECK(noteColumns.contains(QStringLiteral("author")));

    // The old build refuses the upgraded file as coming from a newer version.
    OpenError refused;
    CHECK_FALSE(UntrustedDatabase::load(upgraded, old.schema, refused));
    CHECK(refused.code == OpenError::Code::NewerVersion);
}

TEST_CASE("A module added since the file was written gets its tables on open", "[schema]")
{
    Workspace old;
    const QString doc = old.savedProject(QStringLiteral("core-only.atelier"));
    Workspace current;
    current.schema = Schema({coreSchema(), notebook(2)});
    auto project = current.open(doc);
    QString error;
    REQUIRE(project->saveAs(current.path(QStringLiteral("with-notebook.atelier")), &error));
    OpenError openError;
    auto checked = UntrustedDatabase::load(current.path(QStringLiteral("with-notebook.atelier")),
                                           current.schema, openError);
    REQUIRE(checked);
    CHECK(checked->moduleVersions().value(QStringLiteral("notebook")) == 2);
}

TEST_CASE("A file of the first core version gains strategies and sourcing questions on open", "[schema]")
{
    Workspace first;
    ModuleSchema v1 = coreSchema();
    v1.steps = v1.steps.mid(0, 1);
    first.schema = Schema({v1});
    const QString doc = first.savedProject(QStringLiteral("core-v1.atelier"), QStringLiteral("Ancien"));
    const QByteArray before = fileHash(doc);

    Workspace now;
    auto project = now.open(doc);
    CHECK(fileHash(doc) == before);
    CHECK(projectTitle(*project) == QStringLiteral("Ancien"));
    auto &ctx = project->context();
    const QString strategy =
        Edit::addRow(ctx, Entities::strategy(), {{QStringLiteral("title"), QStringLiteral("S")}});
    REQUIRE_FALSE(strategy.isEmpty());
    CHECK_FALSE(Edit::addRow(ctx, Entities::investmentLine(),
                             {{QStringLiteral("strategy_id"), strategy},
                              {QStringLiteral("mode"), QStringLiteral("grant")}})
                    .isEmpty());
}
