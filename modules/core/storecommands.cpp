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

SetValueCommand::SetValueCommand(Store &store, Notifier &notifier, const TableInfo &table, const QString &id,
                                 const FieldInfo &field, const QVariant &value, bool mergeable)
    : StoreCommand(store, notifier, field.translatedEditText()), m_table(table), m_rowId(id),
      m_column(QString::fromLatin1(field.column)), m_old(store.value(table, id, m_column)), m_new(value),
      m_mergeable(mergeable)
{}

bool SetValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const SetValueCommand *>(other);
    if (!next || !next->m_mergeable || &next->m_table != &m_table || next->m_rowId != m_rowId ||
        next->m_column != m_column)
        return false;
    m_new = next->m_new;
    return true;
}

void SetValueCommand::apply()
{
    m_store.setValue(m_table, m_rowId, m_column, m_new);
}

void SetValueCommand::revert()
{
    m_store.setValue(m_table, m_rowId, m_column, m_old);
}

RowsCommand::RowsCommand(Store &store, Notifier &notifier, const TableInfo &table, Direction direction,
                         QList<Row> rows, const QString &text)
    : StoreCommand(store, notifier, text), m_table(table), m_direction(direction), m_rows(std::move(rows))
{}

void RowsCommand::insertAll()
{
    for (const Row &row : std::as_const(m_rows))
        m_store.insert(m_table, row);
}

void RowsCommand::removeAll()
{
    // Taking the whole row keeps what undo needs (blobs included) without reading it twice.
    for (Row &row : m_rows)
        row = m_store.take(m_table, row.value(QStringLiteral("id")).toString());
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
