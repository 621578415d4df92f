// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core: the undo commands behind Edit::. Ownership: the QUndoStack owns every command;
// a command holds only table descriptions (static) and plain values, never pointers into models.
//
//   view --Edit::setValue()--> StoreCommand::apply() --> Store (SQL transaction) --> Notifier --> models

#include "entities.h"
#include "store.h"

#include <QUndoCommand>

namespace Atelier {

class Store;
class Notifier;

/// Base of every command: applies through the store, reports failures instead of throwing.
/// The first redo() is skipped because Edit:: has already applied the command before pushing it.
class StoreCommand : public QUndoCommand
{
public:
    StoreCommand(Store &store, Notifier &notifier, const QString &text);
    void redo() final;
    void undo() final;
    /// Applies once; false (with the reason reported) when the store refused.
    bool applyFirst();

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;
    /// Whether the project holds the command's effect (`applied`) or its absence: asked after a write
    /// failed at the very end (a sync that failed after the data reached the file), so that a change
    /// that did land is neither reported as lost nor left out of the undo history.
    virtual bool holds(bool applied) const = 0;
    virtual QString table() const = 0;
    Store &m_store;

private:
    bool guarded(void (StoreCommand::*step)(), bool applying);
    Notifier &m_notifier;
    bool m_skipRedo = false;
};

/// Sets fields of rows; undo puts the old values back. Mergeable commands that change the same
/// fields (typing in one box, moving the same cards with the arrow keys) become one step.
class SetValuesCommand : public StoreCommand
{
public:
    SetValuesCommand(Store &store, Notifier &notifier, const TableInfo &table, QList<FieldChange> changes,
                     const QString &text, bool mergeable);
    int id() const override { return m_mergeable ? 1 : -1; }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    void apply() override;
    void revert() override;
    bool holds(bool applied) const override;
    QString table() const override { return m_table.table(); }

private:
    bool sameFields(const SetValuesCommand &other) const;
    const TableInfo &m_table;
    QList<FieldChange> m_new, m_old;
    bool m_mergeable;
};

/// Inserts rows on apply, removes them on revert; constructed with rows, or with ids to remove.
class RowsCommand : public StoreCommand
{
public:
    enum class Direction { Insert, Remove };
    RowsCommand(Store &store, Notifier &notifier, const TableInfo &table, Direction direction,
                QList<Row> rows, const QString &text);

protected:
    void apply() override;
    void revert() override;
    bool holds(bool applied) const override;
    QString table() const override { return m_table.table(); }

private:
    void insertAll();
    void removeAll();
    const TableInfo &m_table;
    Direction m_direction;
    QList<Row> m_rows; ///< whole rows (blobs included) once known
};

/// A step recorded as a changeset (a merge): its first run performs `write` and records what it did;
/// undo applies the inverse changeset, redo the changeset again (each all or nothing).
class ChangesetCommand : public StoreCommand
{
public:
    ChangesetCommand(Store &store, Notifier &notifier, const QString &text, std::function<void()> write,
                     QSet<QString> untracked);
    const QByteArray &changeset() const { return m_forward; }

protected:
    void apply() override;
    void revert() override;
    bool holds(bool) const override { return false; } // a failure at the last sync is reported as such
    QString table() const override { return m_table; }

private:
    std::function<void()> m_write;
    QSet<QString> m_untracked;
    QByteArray m_forward, m_inverse;
    QString m_table;
};

} // namespace Atelier
