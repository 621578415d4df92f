// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Bringing back a copy that diverged: a three-way merge. The share point (the copy as it was shared,
// which the copy carries) is the common base; SQLite's session extension works out the changes the
// other side made since (a diff of the share point against their file), and each is compared field by
// field with our project: what only they changed merges without question, what both changed differently
// is a conflict the user decides. The merge is one undo step (a changeset and its inverse).
// docs/merge-and-journal.md gives the design and its reasons.
#pragma once

#include "entities.h"
#include "journal.h"
#include "sharecopy.h"

#include <QCoreApplication>
#include <QMap>
#include <QVariant>

#include <optional>

namespace Atelier {

class Project;
struct ProjectContext;

namespace Merge {

enum class Kind {
    BothChanged,                ///< the same field changed on both sides, differently
    ChangedHereRemovedThere,    ///< we changed a row they removed
    RemovedHereChangedThere,    ///< we removed a row they changed
    AddedOnBoth,                ///< the same row added on both sides, differently
    RefersToRemovedHere,        ///< their row refers to a row we removed
    RemovedThereStillReferred,  ///< they removed a row one of ours refers to
};

/// One write in our project.
struct Write
{
    enum class Op { Insert, Replace, Set, Delete };
    Op op = Op::Insert;
    QString table, id;
    QVariantMap values; ///< Insert/Replace: the whole row; Set: the columns set
};

struct Conflict
{
    Kind kind = Kind::BothChanged;
    QString table, id, column; ///< no column: the whole row
    QString label;             ///< how people know the row (its name or title)
    QVariant ours, theirs;     ///< the two values (invalid where the row is gone)
    QString oursBy, theirsBy;  ///< who made each side's change, and when
    QList<Write> ifTheirs;     ///< what taking their side writes (keeping ours writes nothing)
    bool takeTheirs = false;
    /// The kind in words, for the dialog and the command line.
    QString describe() const;
};

struct TableCount
{
    int added = 0, changed = 0, removed = 0;
};

/// What merging a copy into our project would do; worked out by prepare(), nothing written.
struct Plan
{
    QString theirsFile;  ///< the copy's file name
    QString theirsAdministration, sharedAt;
    QMap<QString, TableCount> counts; ///< what merges without question, per table
    QList<Write> writes;              ///< the same, as writes
    QList<Conflict> conflicts;
    QList<JournalEntry> journal; ///< their journal's entries we do not have
    QString theirsHead;          ///< their journal's last entry
    QList<Row> shareRecords;     ///< their share records we do not have (without their share points)
    QByteArray mergePoint;       ///< their file as found (what never travels left out), compressed
    QString mergePointHead;      ///< their journal's last entry

    /// Nothing to bring and nothing to decide.
    bool isEmpty() const { return writes.isEmpty() && conflicts.isEmpty() && journal.isEmpty() && shareRecords.isEmpty(); }
    int changeCount() const;
};

/// The columns that name a row to people, tried in this order (a participant's name, a strategy's title…).
const QStringList &labelColumns();

/// Works out what merging `theirsPath` into `ours` would do. Refused (nullopt, `error` in the user's
/// language) when the copy cannot be opened safely, is not a copy of this project, carries a share point
/// that is damaged or was altered, or when no share links the two files.
/// The personal data that a shared copy leaves out does not come back through a merge either: those
/// columns are neither compared nor brought (the private tables are the schema's).
std::optional<Plan> prepare(Project &ours, const QString &theirsPath, const QList<PersonalData> &personal, QString *error);
/// Applies the plan, each conflict as chosen, as one undo step; the values not kept are set aside in the
/// project (merge_conflict), so nothing is lost either way. `withConflicts` false leaves the conflicts
/// undecided (nothing written for them: a later merge shows them again).
bool apply(ProjectContext &ctx, const Plan &plan, bool withConflicts, QString *error);

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Merge)
};

} // namespace Merge
} // namespace Atelier
