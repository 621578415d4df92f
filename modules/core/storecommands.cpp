// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storecommands.h"

#include "notifier.h"
#include "sqlite.h"
#include "store.h"
#include "writeerror.h"

namespace Atelier {

StoreCommand::StoreCommand(Store &store, Notifier &notifier, const QString &text)
    : QUndoCommand(text), m_store(store), m_notifier(notifier)
{}

bool StoreCommand::guarded(void (StoreCommand::*step)())
{
    try {
        (this->*step)();
        return true;
    } catch (const Sql::Error &e) {
        Q_EMIT m_notifier.writeFailed(describeWriteError(e));
        return false;
    }
}

bool StoreCommand::applyFirst()
{
    m_skipRedo = guarded(&StoreCommand::apply);
    return m_skipRedo;
}

void StoreCommand::redo()
{
    if (std::exchange(m_skipRedo, false))
        return;
    guarded(&StoreCommand::apply);
}

void StoreCommand::undo()
{
    guarded(&StoreCommand::revert);
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

RowsCommand::RowsCommand(Store &store, Notifier &notifier, const TableInfo &table, Direction direction,
                         QList<Row> rows, const QString &text)
    : StoreCommand(store, notifier, text), m_table(table), m_direction(direction), m_rows(std::move(rows))
{}

void RowsCommand::insertAll()
{
    m_store.atomically([this] {
        for (const Row &row : std::as_const(m_rows))
            m_store.insert(m_table, row);
    });
}

void RowsCommand::removeAll()
{
    // Taking the whole row keeps what undo needs (blobs included) without reading it twice. All rows or
    // none: a failure half-way leaves every row where it was.
    QList<Row> whole;
    m_store.atomically([&] {
        for (const Row &row : std::as_const(m_rows))
            whole << m_store.take(m_table, row.value(QStringLiteral("id")).toString());
    });
    m_rows = whole;
}

void RowsCommand::apply()
{
    m_direction == Direction::Insert ? insertAll() : removeAll();
}

void RowsCommand::revert()
{
    m_direction == Direction::Insert ? removeAll() : insertAll();
}

} // namespace Atelier
