// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QHash>
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
    /// Runs `writes` (several of the calls above) as one transaction: all of them reach the disk, or
    /// none. Their signals are sent once it is committed, and not at all when it fails.
    void atomically(const std::function<void()> &writes);

private:
    const QStringList &columns(const QString &table) const;
    QStringList plainColumns(const QString &table) const;

    /// Sends a signal now, or after the transaction of atomically() when one is running.
    void announce(std::function<void()> signal);

    Sql::Connection &m_db;
    Notifier &m_notifier;
    int m_batchDepth = 0;
    QList<std::function<void()>> m_announcements;
    mutable QHash<QString, QStringList> m_columns;
    mutable QHash<QString, QStringList> m_blobColumns;
};

} // namespace Atelier
