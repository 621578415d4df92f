// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace Atelier {

namespace Sql {
class Connection;
}

/// "ATLR": written in the SQLite header (bytes 68-71) of every Atelier project file.
inline constexpr quint32 kApplicationId = 0x41544C52;
/// The container's format (PRAGMA user_version); modules version their own tables beside it.
inline constexpr int kFileFormatVersion = 1;

/// One step of a module's schema history: the SQL that brings it to `version`.
struct Migration
{
    int version;
    QString sql;
};

/// A module's tables and their history. `name` is what module_version records.
struct ModuleSchema
{
    QString name;
    QList<Migration> steps;
    /// Tables of people's personal data whose rows never travel: left out of shared copies, of merges and
    /// of the journal (the citizen jury's recruitment pool).
    QStringList privateTables = {};
    int latestVersion() const { return steps.isEmpty() ? 0 : steps.last().version; }
};

/// One object of sqlite_schema, as compared by the allow-list.
struct SchemaObject
{
    QString type, name, table, sql;
    bool operator==(const SchemaObject &) const = default;
};
size_t qHash(const SchemaObject &o, size_t seed = 0);

/// Every module known to this build of Atelier (core first). Passed explicitly, never global.
class Schema
{
public:
    explicit Schema(QList<ModuleSchema> modules);
    const QList<ModuleSchema> &modules() const { return m_modules; }
    const ModuleSchema *module(const QString &name) const;

    /// Brings a writable database to the latest version of every module, one transaction a step.
    void migrate(Sql::Connection &db) const;
    /// The exact set of schema objects a file at these module versions must hold (worked out once per
    /// set of versions, by running the migrations on an empty database, then remembered).
    QSet<SchemaObject> expectedObjects(const QMap<QString, int> &versions) const;
    /// Which module made each table (worked out once, by running each module's migrations in turn).
    QHash<QString, QString> tableModules() const;
    /// Every module's private tables.
    QSet<QString> privateTables() const;
    /// Every table of the latest schema (but module_version), in creation order.
    QStringList tables() const;

private:
    QList<ModuleSchema> m_modules;
    std::shared_ptr<QHash<QString, QSet<SchemaObject>>> m_expected =
        std::make_shared<QHash<QString, QSet<SchemaObject>>>();
    struct Tables
    {
        QStringList order;
        QHash<QString, QString> module;
    };
    const Tables &latestTables() const;
    std::shared_ptr<std::optional<Tables>> m_tables = std::make_shared<std::optional<Tables>>();
};

/// The core module: project identity, participants, key dates, attachments, module versions.
ModuleSchema coreSchema();

/// Reads every object of a database's sqlite_schema.
QSet<SchemaObject> readSchemaObjects(Sql::Connection &db);
/// Reads the module_version table (empty when absent).
QMap<QString, int> readModuleVersions(Sql::Connection &db);

} // namespace Atelier
