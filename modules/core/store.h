// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <functional>

namespace Atelier {

namespace Sql {
class Connection;
}
class Notifier;

/// One field of one row set to a value.
struct FieldChange
{
    QString rowId, column;
    QVariant value;
};

/// The project's rows, read and written on the working copy. Each write is one BEGIN IMMEDIATE
/// transaction, durable when it returns, then announced by the notifier. Undo commands are its
/// only writers; everyone else reads. Throws Sql::Error on failure (nothing is then changed).
class Store
{
public:
    Store(Sql::Connection &db, Notifier &notifier);

    /// All rows of a table in display order, without blob columns.
    QList<Row> rows(const TableInfo &table) const;
    /// One row without blob columns (empty when absent).
    Row row(const TableInfo &table, const QString &id) const;
    QVariant value(const TableInfo &table, const QString &id, const QString &column) const;
    /// A blob column's bytes (attachments' data).
    QByteArray blob(const TableInfo &table, const QString &id, const QString &column) const;
    qint64 count(const QString &table) const;
    /// The id of the project's single identity row.
    QString projectId() const;

    void setValue(const TableInfo &table, const QString &id, const QString &column, const QVariant &value);
    /// Several fields (of one or several rows) in one transaction.
    void setValues(const TableInfo &table, const QList<FieldChange> &changes);
    /// Inserts a full row; an ordered table's row without `position` goes last.
    void insert(const TableInfo &table, Row row);
    /// Deletes a row and returns it whole (blobs included), so that undo can put it back.
    Row take(const TableInfo &table, const QString &id);
    /// Many rows at once, in one transaction with one prepared statement (an import of 100,000 people):
    /// all or none. Up to kFineGrained rows, each is announced like insert() and take() do; beyond,
    /// the table is announced once as reloaded.
    void insertMany(const TableInfo &table, QList<Row> rows);
    /// `whole` receives each row as read, before the commit: when the commit fails after the rows left
    /// the file (a fault at the last sync), undo can still put them back.
    void takeMany(const TableInfo &table, const QStringList &ids, QList<Row> &whole);
    static constexpr int kFineGrained = 64;
    /// Runs `writes` (several of the calls above) as one transaction: all of them reach the disk, or
    /// none. Their signals are sent once it is committed, and not at all when it fails.
    void atomically(const std::function<void()> &writes);

    /// Runs `writes` in one transaction (like atomically()) and returns the changeset of what they did
    /// in the project, the tables `untracked` left aside; every table touched is announced as reloaded.
    QByteArray recordChanges(const std::function<void()> &writes, const QSet<QString> &untracked);
    /// Applies a changeset recorded so (undo and redo of a merge), all or nothing: a row that is not
    /// exactly as the changeset expects makes it fail, nothing changed.
    void applyChangeset(const QByteArray &changeset);
    /// The connection itself, for the merge's own statements inside recordChanges().
    Sql::Connection &connection() { return m_db; }

    /// The name of the step being written (the undo step's), for the journal.
    void setActionText(const QString &text) { m_action = text; }
    const QString &actionText() const { return m_action; }

private:
    const QStringList &columns(const QString &table) const;
    QStringList plainColumns(const QString &table) const;

    /// Sends a signal now, or after the transaction of atomically() when one is running.
    void announce(std::function<void()> signal);
    /// The signals of many rows inserted or removed: one per row, or the table reloaded.
    void announceMany(const QString &table, const QStringList &ids, bool inserted);

    Sql::Connection &m_db;
    Notifier &m_notifier;
    void announceReloaded(const QStringList &tables);
    int m_batchDepth = 0;
    QString m_action;
    QList<std::function<void()>> m_announcements;
    mutable QHash<QString, QStringList> m_columns;
    mutable QHash<QString, QStringList> m_blobColumns;
};

} // namespace Atelier
