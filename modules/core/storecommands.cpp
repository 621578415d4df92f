// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storecommands.h"

#include "changes.h"
#include "notifier.h"
#include "sqlite.h"
#include "store.h"
#include "writeerror.h"

#include <QCoreApplication>
#include <QScopeGuard>

namespace Atelier {

StoreCommand::StoreCommand(Store &store, Notifier &notifier, const QString &text)
    : QUndoCommand(text), m_store(store), m_notifier(notifier)
{}

bool StoreCommand::guarded(void (StoreCommand::*step)(), bool applying)
{
    // The journal names the change after the undo step.
    m_store.setActionText(applying ? text() : QCoreApplication::translate("Atelier::Journal", "Undone: %1").arg(text()));
    const auto named = qScopeGuard([this] { m_store.setActionText(QString()); });
    try {
        (this->*step)();
        return true;
    } catch (const Sql::Error &e) {
        try {
            if (holds(applying)) { // it landed after all: the views learn it, the history keeps it
                Q_EMIT m_notifier.tableChanged(table());
                return true;
            }
        } catch (const Sql::Error &) {
            // the project cannot even be read: the write is reported as failed
        }
        Q_EMIT m_notifier.writeFailed(describeWriteError(e));
        return false;
    }
}

bool StoreCommand::applyFirst()
{
    m_skipRedo = guarded(&StoreCommand::apply, true);
    return m_skipRedo;
}

void StoreCommand::redo()
{
    if (std::exchange(m_skipRedo, false))
        return;
    guarded(&StoreCommand::apply, true);
}

void StoreCommand::undo()
{
    guarded(&StoreCommand::revert, false);
}

SetValuesCommand::SetValuesCommand(Store &store, Notifier &notifier, const TableInfo &table,
                                   QList<FieldChange> changes, const QString &text, bool mergeable)
    : StoreCommand(store, notifier, text), m_table(table), m_new(std::move(changes)), m_mergeable(mergeable)
{
    for (const FieldChange &c : std::as_const(m_new))
        m_old.append({c.rowId, c.column, store.value(table, c.rowId, c.column)});
}

bool SetValuesCommand::sameFields(const SetValuesCommand &other) const
{
    if (&other.m_table != &m_table || other.m_new.size() != m_new.size())
        return false;
    for (qsizetype i = 0; i < m_new.size(); ++i)
        if (other.m_new[i].rowId != m_new[i].rowId || other.m_new[i].column != m_new[i].column)
            return false;
    return true;
}

bool SetValuesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const SetValuesCommand *>(other);
    if (!next || !next->m_mergeable || !sameFields(*next))
        return false;
    m_new = next->m_new;
    return true;
}

void SetValuesCommand::apply()
{
    m_store.setValues(m_table, m_new);
}

void SetValuesCommand::revert()
{
    m_store.setValues(m_table, m_old);
}

bool SetValuesCommand::holds(bool applied) const
{
    for (const FieldChange &c : applied ? m_new : m_old)
        if (m_store.value(m_table, c.rowId, c.column) != c.value)
            return false;
    return true;
}

RowsCommand::RowsCommand(Store &store, Notifier &notifier, const TableInfo &table, Direction direction,
                         QList<Row> rows, const QString &text)
    : StoreCommand(store, notifier, text), m_table(table), m_direction(direction), m_rows(std::move(rows))
{}

void RowsCommand::insertAll()
{
    m_store.insertMany(m_table, m_rows);
}

void RowsCommand::removeAll()
{
    // Taking the whole row keeps what undo needs (blobs included) without reading it twice. All rows or
    // none: a failure half-way leaves every row where it was.
    QStringList ids;
    for (const Row &row : std::as_const(m_rows))
        ids << row.value(QStringLiteral("id")).toString();
    QList<Row> whole;
    try {
        m_store.takeMany(m_table, ids, whole);
    } catch (const Sql::Error &) {
        if (whole.size() == m_rows.size()) // every row was read whole before the commit failed
            m_rows = whole;
        throw;
    }
    m_rows = whole;
}

bool RowsCommand::holds(bool applied) const
{
    const bool present = (m_direction == Direction::Insert) == applied;
    for (const Row &row : m_rows) {
        if (!present && row.size() < 2)
            return false; // removed, but not read whole: undo could not put it back
        if (m_store.row(m_table, row.value(QStringLiteral("id")).toString()).isEmpty() == present)
            return false;
    }
    return true;
}

void RowsCommand::apply()
{
    m_direction == Direction::Insert ? insertAll() : removeAll();
}

void RowsCommand::revert()
{
    m_direction == Direction::Insert ? removeAll() : insertAll();
}

ChangesetCommand::ChangesetCommand(Store &store, Notifier &notifier, const QString &text, std::function<void()> write,
                                   QSet<QString> untracked)
    : StoreCommand(store, notifier, text), m_write(std::move(write)), m_untracked(std::move(untracked))
{}

void ChangesetCommand::apply()
{
    if (m_write) {
        m_forward = m_store.recordChanges(m_write, m_untracked);
        m_inverse = Changes::invert(m_forward);
        m_table = Changes::tables(m_forward).value(0);
        m_write = nullptr;
        return;
    }
    m_store.applyChangeset(m_forward);
}

void ChangesetCommand::revert()
{
    m_store.applyChangeset(m_inverse);
}

} // namespace Atelier
