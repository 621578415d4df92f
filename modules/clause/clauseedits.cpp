// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clauseedits.h"

#include "clausecase.h"
#include "clauseschema.h"
#include "consentround.h"

#include "core/edit.h"
#include "core/projectcontext.h"
#include "core/store.h"

#include <QUndoStack>

namespace Atelier::Clause {

namespace {

/// The ids of the rows of `table` whose `column` is one of `values`.
QStringList idsWhere(const Store &store, const TableInfo &table, const QString &column, const QStringList &values)
{
    QStringList ids;
    for (const Row &row : store.rows(table))
        if (values.contains(row.value(column).toString()))
            ids << text(row, "id");
    return ids;
}

/// Removes each table's rows, in order, as one undo step named `text`; all or nothing.
bool removeAll(ProjectContext &ctx, const QList<QPair<const TableInfo *, QStringList>> &rows, const QString &text)
{
    bool ok = true;
    const int stepsBefore = ctx.undoStack.index();
    {
        Edit::Group group(ctx, text);
        for (const auto &[table, ids] : rows)
            ok = ok && (ids.isEmpty() || Edit::removeRows(ctx, *table, ids));
    }
    if (!ok)
        Edit::takeBack(ctx, stepsBefore);
    return ok;
}

QStringList merged(QStringList a, const QStringList &b)
{
    for (const QString &id : b)
        if (!a.contains(id))
            a << id;
    return a;
}

} // namespace

QString ClauseEdits::removalRefusal(const Store &store, const QStringList &evolutionIds)
{
    for (const QString &id : evolutionIds)
        if (store.value(Tables::evolution(), id, QStringLiteral("status")).toString() == QLatin1String("decided"))
            return tr("A decided activation changed the contract: it cannot be removed (undo its decision instead).");
    return {};
}

bool ClauseEdits::removeActivations(ProjectContext &ctx, const QStringList &evolutionIds, QString *message)
{
    const Store &store = ctx.store;
    const QString refused = removalRefusal(store, evolutionIds);
    if (!refused.isEmpty()) {
        if (message)
            *message = refused;
        return false;
    }
    const QStringList scenarios = idsWhere(store, Tables::scenario(), QStringLiteral("evolution_id"), evolutionIds);
    const QStringList seats = idsWhere(store, Tables::seat(), QStringLiteral("evolution_id"), evolutionIds);
    const QStringList stances = merged(idsWhere(store, Tables::stance(), QStringLiteral("scenario_id"), scenarios),
                                       idsWhere(store, Tables::stance(), QStringLiteral("seat_id"), seats));
    const bool ok = removeAll(ctx,
                              {{&Tables::stance(), stances},
                               {&Tables::scenarioIndicator(),
                                idsWhere(store, Tables::scenarioIndicator(), QStringLiteral("scenario_id"), scenarios)},
                               {&Tables::scenario(), scenarios},
                               {&Tables::seat(), seats},
                               {&Tables::evolution(), evolutionIds}},
                              Entities::tr(Tables::evolution().removeText));
    if (!ok && message)
        *message = tr("The activation could not be removed: nothing was changed.");
    return ok;
}

bool ClauseEdits::removeScenarios(ProjectContext &ctx, const QStringList &scenarioIds)
{
    const Store &store = ctx.store;
    return removeAll(ctx,
                     {{&Tables::stance(), idsWhere(store, Tables::stance(), QStringLiteral("scenario_id"), scenarioIds)},
                      {&Tables::scenarioIndicator(),
                       idsWhere(store, Tables::scenarioIndicator(), QStringLiteral("scenario_id"), scenarioIds)},
                      {&Tables::scenario(), scenarioIds}},
                     Entities::tr(Tables::scenario().removeText));
}

bool ClauseEdits::removeSeats(ProjectContext &ctx, const QStringList &seatIds)
{
    return removeAll(ctx,
                     {{&Tables::stance(), idsWhere(ctx.store, Tables::stance(), QStringLiteral("seat_id"), seatIds)},
                      {&Tables::seat(), seatIds}},
                     Entities::tr(Tables::seat().removeText));
}

QString ClauseEdits::amendForObjection(ProjectContext &ctx, const QString &stanceId)
{
    const Store &store = ctx.store;
    const Row stance = store.row(Tables::stance(), stanceId);
    const Row scenario = store.row(Tables::scenario(), text(stance, "scenario_id"));
    if (scenario.isEmpty() || text(stance, "stance") != QLatin1String("objection"))
        return {};
    const Row seat = store.row(Tables::seat(), text(stance, "seat_id"));
    const QString who = ConsentRound::roleName(text(seat, "role"));
    Row copy = scenario;
    copy.remove(QStringLiteral("id"));
    copy.remove(QStringLiteral("position"));
    for (const char *column : {"signoff_participant_id", "signoff_on", "signoff_frame", "signoff_terms"})
        copy.insert(QLatin1String(column), QString());
    copy.insert(QStringLiteral("title"), tr("%1 (amended)").arg(text(scenario, "title")));
    copy.insert(QStringLiteral("amends_scenario_id"), text(scenario, "id"));
    copy.insert(QStringLiteral("answers_stance_id"), stanceId);
    copy.insert(QStringLiteral("answers_objection"), tr("%1: %2").arg(who, text(stance, "objection").trimmed()));

    QString id;
    const int stepsBefore = ctx.undoStack.index();
    {
        Edit::Group group(ctx, tr("Amend the scenario to answer an objection"));
        id = Edit::addRow(ctx, Tables::scenario(), copy);
        for (const Row &target : ClauseCase::rowsWhere(store, Tables::scenarioIndicator(),
                                                       QStringLiteral("scenario_id"), text(scenario, "id"))) {
            if (id.isEmpty())
                break;
            Row t = target;
            t.remove(QStringLiteral("id"));
            t.remove(QStringLiteral("position"));
            t.insert(QStringLiteral("scenario_id"), id);
            if (Edit::addRow(ctx, Tables::scenarioIndicator(), t).isEmpty())
                id.clear();
        }
    }
    if (id.isEmpty())
        Edit::takeBack(ctx, stepsBefore);
    return id;
}

} // namespace Atelier::Clause
