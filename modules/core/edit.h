// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "store.h"

#include <QStringList>

namespace Atelier {

struct ProjectContext;

/// The only way the rest of the application changes a project. Each call pushes one undo command
/// (its text names the action, e.g. "Rename participant") after the change has been written.
/// On failure nothing changes, nothing is pushed, and the notifier's writeFailed() tells the user why.
namespace Edit {

/// Whether consecutive edits of the same field may become one undo step (typing in a text box).
enum class Merge { No, WithPrevious };

bool setValue(ProjectContext &ctx, const TableInfo &table, const QString &id, const QString &column,
              const QVariant &value, Merge merge = Merge::No);
/// Sets several fields at once (moving cards: x, y, family) as one undo step named `text`.
bool setValues(ProjectContext &ctx, const TableInfo &table, const QList<FieldChange> &changes,
               const QString &text, Merge merge = Merge::No);
/// Adds a row (an id is made when the row has none); returns its id, or an empty string on failure.
QString addRow(ProjectContext &ctx, const TableInfo &table, Row row);
/// Adds many rows of one table as one undo step named `text`, in one transaction (a pool of 100,000
/// people); returns their ids, or nothing on failure (then nothing was added).
QStringList addRows(ProjectContext &ctx, const TableInfo &table, QList<Row> rows, const QString &text);
/// Removes rows (one undo step for all of them).
bool removeRows(ProjectContext &ctx, const TableInfo &table, const QStringList &ids);

/// Takes back every step done since the undo stack stood at `index` (a group of edits that failed half
/// way), and drops them, so that Redo cannot bring half of it back: all or nothing.
void takeBack(ProjectContext &ctx, int index);

/// Makes the edits done during its lifetime one undo step named `text` (e.g. "Accept amendment").
class Group
{
public:
    Group(ProjectContext &ctx, const QString &text);
    ~Group();
    Group(const Group &) = delete;
    Group &operator=(const Group &) = delete;

private:
    ProjectContext &m_ctx;
    bool m_open;
};

} // namespace Edit
} // namespace Atelier
