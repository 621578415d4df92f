// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include "changes.h"
#include "notifier.h"
#include "sqlite.h"

#include <algorithm>
#include <optional>
#include <utility>

namespace Atelier {

Store::Store(Sql::Connection &db, Notifier &notifier) : m_db(db), m_notifier(notifier) {}

const QStringList &Store::columns(const QString &table) const
{
    auto it = m_columns.find(table);
    if (it == m_columns.end()) {
        QStringList all, blobs;
        Sql::Statement st(m_db, QStringLiteral("SELECT name, type FROM pragma_table_info(?1)"));
        st.bind(1, table);
        while (st.step()) {
            all << st.text(0);
            if (st.text(1).compare(QLatin1String("BLOB"), Qt::CaseInsensitive) == 0)
                blobs << st.text(0);
        }
        if (all.isEmpty())
            throw Sql::Error(1, QStringLiteral("no such table: %1").arg(table));
        m_blobColumns.insert(table, blobs);
        it = m_columns.insert(table, all);
    }
    return *it;
}

QStringList Store::plainColumns(const QString &table) const
{
    QStringList result = columns(table);
    for (const QString &b : m_blobColumns.value(table))
        result.removeAll(b);
    return result;
}

static void checkColumn(const QStringList &known, const QString &column)
{
    if (!known.contains(column))
        throw Sql::Error(1, QStringLiteral("no such column: %1").arg(column));
}

static Row readRow(const Sql::Statement &st)
{
    Row row;
    for (int i = 0; i < st.columnCount(); ++i)
        row.insert(st.columnName(i), st.value(i));
    return row;
}

QList<Row> Store::rows(const TableInfo &table) const
{
    const QString order = table.ordered ? QStringLiteral(" ORDER BY position, id") : QString();
    Sql::Statement st(m_db,
                      QStringLiteral("SELECT %1 FROM %2%3")
                          .arg(plainColumns(table.table()).join(QLatin1Char(',')), table.table(), order));
    QList<Row> result;
    while (st.step())
        result << readRow(st);
    return result;
}

Row Store::row(const TableInfo &table, const QString &id) const
{
    Sql::Statement st(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?1")
                                .arg(plainColumns(table.table()).join(QLatin1Char(',')), table.table()));
    st.bind(1, id);
    return st.step() ? readRow(st) : Row();
}

QVariant Store::value(const TableInfo &table, const QString &id, const QString &column) const
{
    checkColumn(columns(table.table()), column);
    Sql::Statement st(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?1").arg(column, table.table()));
    st.bind(1, id);
    return st.step() ? st.value(0) : QVariant();
}

QByteArray Store::blob(const TableInfo &table, const QString &id, const QString &column) const
{
    return value(table, id, column).toByteArray();
}

qint64 Store::count(const QString &table) const
{
    columns(table); // validates the name
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
}

QString Store::projectId() const
{
    return m_db.scalar(QStringLiteral("SELECT id FROM project LIMIT 1")).toString();
}

void Store::setValue(const TableInfo &table, const QString &id, const QString &column, const QVariant &value)
{
    setValues(table, {{id, column, value}});
}

void Store::setValues(const TableInfo &table, const QList<FieldChange> &changes)
{
    const QStringList &known = columns(table.table());
    for (const FieldChange &c : changes) {
        checkColumn(known, c.column);
        if (c.column == QLatin1String("id"))
            throw Sql::Error(1, QStringLiteral("ids are immutable"));
    }
    {
        Sql::Transaction tx(m_db);
        for (const FieldChange &c : changes) {
            Sql::Statement st(
                m_db, QStringLiteral("UPDATE %1 SET %2 = ?1 WHERE id = ?2").arg(table.table(), c.column));
            st.bind(1, c.value).bind(2, c.rowId).step();
        }
        tx.commit();
    }
    const QString name = table.table();
    announce([this, name, changes] {
        for (const FieldChange &c : changes)
            Q_EMIT m_notifier.valueChanged(name, c.rowId, c.column);
        Q_EMIT m_notifier.tableChanged(name);
    });
}

void Store::insert(const TableInfo &table, Row row)
{
    insertMany(table, {std::move(row)});
}

Row Store::take(const TableInfo &table, const QString &id)
{
    QList<Row> whole;
    takeMany(table, {id}, whole);
    return whole.value(0);
}

void Store::insertMany(const TableInfo &table, QList<Row> rows)
{
    if (rows.isEmpty())
        return;
    const QStringList &known = columns(table.table());
    QStringList ids;
    {
        Sql::Transaction tx(m_db);
        qint64 next = -1;
        QStringList names; // the columns of the statement prepared last
        std::optional<Sql::Statement> st;
        for (Row &row : rows) {
            const QString id = row.value(QStringLiteral("id")).toString();
            if (id.isEmpty())
                throw Sql::Error(1, QStringLiteral("a row needs an id"));
            if (table.ordered && !row.contains(QStringLiteral("position"))) {
                if (next < 0) {
                    const QVariant last =
                        m_db.scalar(QStringLiteral("SELECT max(position) FROM %1").arg(table.table()));
                    next = last.isNull() ? 0 : last.toLongLong() + 1;
                }
                row.insert(QStringLiteral("position"), next++);
            }
            const bool sameColumns = st && row.size() == names.size() &&
                                     std::equal(names.cbegin(), names.cend(), row.keyBegin());
            if (!sameColumns) {
                names = row.keys();
                QStringList marks;
                for (const QString &name : std::as_const(names)) {
                    checkColumn(known, name);
                    marks << QStringLiteral("?%1").arg(marks.size() + 1);
                }
                st.reset();
                st.emplace(m_db, QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                                     .arg(table.table(), names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
            } else {
                st->reset();
            }
            int i = 1;
            for (auto it = row.cbegin(); it != row.cend(); ++it)
                st->bind(i++, it.value());
            st->step();
            ids << id;
        }
        st.reset();
        tx.commit();
    }
    announceMany(table.table(), ids, true);
}

void Store::takeMany(const TableInfo &table, const QStringList &ids, QList<Row> &whole)
{
    whole.clear();
    {
        Sql::Transaction tx(m_db);
        Sql::Statement read(m_db, QStringLiteral("SELECT * FROM %1 WHERE id = ?1").arg(table.table()));
        Sql::Statement del(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?1").arg(table.table()));
        for (const QString &id : ids) {
            read.reset();
            read.bind(1, id);
            if (!read.step())
                throw Sql::Error(1, QStringLiteral("no such row: %1").arg(id));
            whole << readRow(read);
            del.reset();
            del.bind(1, id).step();
        }
        tx.commit();
    }
    announceMany(table.table(), ids, false);
}

void Store::announceMany(const QString &table, const QStringList &ids, bool inserted)
{
    if (ids.size() > kFineGrained) {
        announce([this, table] {
            Q_EMIT m_notifier.tableReloaded(table);
            Q_EMIT m_notifier.tableChanged(table);
        });
        return;
    }
    for (const QString &id : ids)
        announce([this, table, id, inserted] {
            if (inserted)
                Q_EMIT m_notifier.rowInserted(table, id);
            else
                Q_EMIT m_notifier.rowRemoved(table, id);
            Q_EMIT m_notifier.tableChanged(table);
        });
}

void Store::announce(std::function<void()> signal)
{
    if (m_batchDepth > 0)
        m_announcements.append(std::move(signal));
    else
        signal();
}

void Store::atomically(const std::function<void()> &writes)
{
    {
        Sql::Transaction tx(m_db);
        ++m_batchDepth;
        try {
            writes();
        } catch (...) {
            if (--m_batchDepth == 0)
                m_announcements.clear();
            throw;
        }
        --m_batchDepth;
        try {
            tx.commit();
        } catch (...) {
            if (m_batchDepth == 0)
                m_announcements.clear();
            throw;
        }
    }
    if (m_batchDepth == 0)
        for (const std::function<void()> &signal : std::exchange(m_announcements, {}))
            signal();
}

QByteArray Store::recordChanges(const std::function<void()> &writes, const QSet<QString> &untracked)
{
    QByteArray changeset;
    atomically([&] {
        Changes::Recorder recorder(m_db, untracked);
        writes();
        changeset = recorder.changeset();
        announceReloaded(Changes::tables(changeset));
    });
    return changeset;
}

void Store::applyChangeset(const QByteArray &changeset)
{
    atomically([&] {
        Changes::applyExactly(m_db, changeset);
        announceReloaded(Changes::tables(changeset));
    });
}

void Store::announceReloaded(const QStringList &tables)
{
    for (const QString &table : tables)
        announce([this, table] {
            Q_EMIT m_notifier.tableReloaded(table);
            Q_EMIT m_notifier.tableChanged(table);
        });
}

} // namespace Atelier
