// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SQLite's session extension, thinly: record the net changes made on a connection, work out the changes
// between two databases of one schema, walk a changeset, apply one, invert one. Only this file and its
// .cpp include the session API (it needs SQLITE_ENABLE_SESSION, see TRAPS.md).
#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

struct sqlite3_session;

namespace Atelier::Sql {
class Connection;
}

namespace Atelier::Changes {

/// Records the net changes made on a connection's main database from now on, in every table with a
/// primary key but those excluded (the journal itself, rows that must never travel).
class Recorder
{
public:
    Recorder(Sql::Connection &db, QSet<QString> excluded);
    ~Recorder();
    Recorder(const Recorder &) = delete;
    Recorder &operator=(const Recorder &) = delete;

    bool isEmpty() const;
    /// What changed since the recorder started (or restarted), as a changeset.
    QByteArray changeset() const;
    /// Forgets what was recorded.
    void restart();

private:
    void start();
    static int filter(void *self, const char *table);
    Sql::Connection &m_db;
    QSet<QString> m_excluded;
    sqlite3_session *m_session = nullptr;
};

/// One change of a changeset. A value is absent (nullopt) where the changeset holds none: an UPDATE
/// holds the old and new values of the columns it changes and of the primary key only.
struct Change
{
    enum class Op { Insert, Update, Delete };
    Op op = Op::Insert;
    QString table;
    QStringList columns; ///< the table's columns, in order
    QList<std::optional<QVariant>> before, after;
    /// The row's id (the primary key of every table of a project).
    QString id() const;
    /// The columns an UPDATE sets (with their new values).
    QStringList changedColumns() const;
};

/// Walks a changeset in order; `db` names the columns of its tables.
void forEach(Sql::Connection &db, const QByteArray &changeset, const std::function<void(const Change &)> &visit);
/// The changes that turn the tables of the attached database `from` into those of main, table by table.
QByteArray diff(Sql::Connection &db, const QString &from, const QStringList &tables);
QByteArray invert(const QByteArray &changeset);
/// Applies a changeset inside the caller's transaction; any conflict (a row that is not as the changeset
/// expects) aborts it and throws Sql::Error: used for undo and redo, where the rows must be exactly so.
void applyExactly(Sql::Connection &db, const QByteArray &changeset);
/// The tables a changeset touches.
QStringList tables(const QByteArray &changeset);

} // namespace Atelier::Changes
