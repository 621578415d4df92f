// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit.h"

#include "notifier.h"
#include "projectcontext.h"
#include "sqlite.h"
#include "store.h"
#include "storecommands.h"
#include "writeerror.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <algorithm>
#include <memory>

namespace Atelier::Edit {

static bool refuseWhenReadOnly(ProjectContext &ctx)
{
    if (!ctx.isReadOnly())
        return false;
    Q_EMIT ctx.notifier.writeFailed(QCoreApplication::translate(
        "Atelier::Edit", "This project is open read-only: changes are not possible. "
                         "Use Save As to make your own copy."));
    return true;
}

static bool push(ProjectContext &ctx, std::unique_ptr<StoreCommand> command)
{
    if (!command->applyFirst())
        return false;
    ctx.undoStack.push(command.release());
    return true;
}

bool setValue(ProjectContext &ctx, const TableInfo &table, const QString &id, const QString &column,
              const QVariant &value, Merge merge)
{
    const FieldInfo *field = table.field(column);
    Q_ASSERT_X(field, "Edit::setValue", "unknown column");
    return field && setValues(ctx, table, {{id, column, value}}, field->translatedEditText(), merge);
}

bool setValues(ProjectContext &ctx, const TableInfo &table, const QList<FieldChange> &changes,
               const QString &text, Merge merge)
{
    if (changes.isEmpty() || refuseWhenReadOnly(ctx))
        return false;
    try {
        const bool unchanged = std::all_of(changes.begin(), changes.end(), [&](const FieldChange &c) {
            return ctx.store.value(table, c.rowId, c.column) == c.value;
        });
        if (unchanged)
            return true;
        return push(ctx, std::make_unique<SetValuesCommand>(ctx.store, ctx.notifier, table, changes, text,
                                                            merge == Merge::WithPrevious));
    } catch (const Sql::Error &e) {
        Q_EMIT ctx.notifier.writeFailed(describeWriteError(e));
        return false;
    }
}

QString addRow(ProjectContext &ctx, const TableInfo &table, Row row)
{
    if (refuseWhenReadOnly(ctx))
        return {};
    if (row.value(QStringLiteral("id")).toString().isEmpty())
        row.insert(QStringLiteral("id"), newId());
    const QString id = row.value(QStringLiteral("id")).toString();
    auto command =
        std::make_unique<RowsCommand>(ctx.store, ctx.notifier, table, RowsCommand::Direction::Insert,
                                      QList<Row>{row}, Entities::tr(table.insertText));
    return push(ctx, std::move(command)) ? id : QString();
}

QStringList addRows(ProjectContext &ctx, const TableInfo &table, QList<Row> rows, const QString &text)
{
    if (rows.isEmpty() || refuseWhenReadOnly(ctx))
        return {};
    QStringList ids;
    for (Row &row : rows) {
        if (row.value(QStringLiteral("id")).toString().isEmpty())
            row.insert(QStringLiteral("id"), newId());
        ids << row.value(QStringLiteral("id")).toString();
    }
    auto command = std::make_unique<RowsCommand>(ctx.store, ctx.notifier, table, RowsCommand::Direction::Insert,
                                                 std::move(rows), text);
    return push(ctx, std::move(command)) ? ids : QStringList();
}

bool removeRows(ProjectContext &ctx, const TableInfo &table, const QStringList &ids)
{
    if (ids.isEmpty() || refuseWhenReadOnly(ctx))
        return false;
    QList<Row> rows;
    for (const QString &id : ids)
        rows << Row{{QStringLiteral("id"), id}};
    auto command = std::make_unique<RowsCommand>(
        ctx.store, ctx.notifier, table, RowsCommand::Direction::Remove, rows, Entities::tr(table.removeText));
    return push(ctx, std::move(command));
}

void takeBack(ProjectContext &ctx, int index)
{
    if (ctx.undoStack.index() <= index)
        return;
    while (ctx.undoStack.index() > index)
        ctx.undoStack.undo();
    // An obsolete command adds no step; pushing it drops the steps just undone from the redo side.
    auto *drop = new QUndoCommand;
    drop->setObsolete(true);
    ctx.undoStack.push(drop);
}

Group::Group(ProjectContext &ctx, const QString &text)
    : m_ctx(ctx), m_open(!ctx.isReadOnly()) // nothing will be recorded: no empty step either
{
    if (m_open)
        m_ctx.undoStack.beginMacro(text);
}

Group::~Group()
{
    if (m_open)
        m_ctx.undoStack.endMacro();
}

} // namespace Atelier::Edit
