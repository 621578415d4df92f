// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a facilitator does during the modeling workshop, as undoable steps on the project.
// Views call these; they write only through Edit:: (one undo step each).

#include "modelerschema.h"

#include <QStringList>

namespace Atelier {
struct ProjectContext;
}

namespace Atelier::Modeler::Workshop {

/// Adds the seed's roles (le technicien, l'usager, le commerçant) and the stakeholders, with briefs.
void addDefaultRoles(ProjectContext &ctx);
/// Adds the usual impacts sought (environment, local jobs, social inclusion, innovation, total cost,
/// quality of service), weight 3 each.
void addDefaultCriteria(ProjectContext &ctx);

/// A structured element of a proposal.
struct Element
{
    QString kind; ///< object, need, impact, budget, duration, mode (text = a mode key)
    QString text;
};
/// The prescriber's initial proposal: a new scenario with its elements. Returns the scenario id.
QString createProposal(ProjectContext &ctx, const QString &title, const QList<Element> &elements);

/// A role proposes to add, change or remove an element of a scenario, in a round, with a reason.
QString proposeAmendment(ProjectContext &ctx, const QString &scenarioId, int round, const QString &roleId,
                         const QString &action, const QString &elementId, const Element &proposed,
                         const QString &reason);
/// The group accepts (the proposal changes) or rejects an amendment; one undo step.
bool decide(ProjectContext &ctx, const QString &amendmentId, bool accept);
/// The scenario as it stands: its elements not removed, in order.
QList<Row> currentElements(ProjectContext &ctx, const QString &scenarioId);
/// The last round with amendments in a scenario (1 when none).
int lastRound(ProjectContext &ctx, const QString &scenarioId);
/// Copies a scenario's current state into a new scenario. Returns its id.
QString fork(ProjectContext &ctx, const QString &scenarioId, int round, const QString &title);

/// Where a scenario stands after the last round.
struct Ranking
{
    QString scenarioId, title;
    double impact = 0; ///< weighted score of the impacts sought, 0 to 100
    double risk = 0;   ///< mean likelihood × severity, 0 to 25
    int dots = 0;
    int missingScores = 0; ///< criteria with a weight and no score yet
    int rank = 0;          ///< 1 = first; equal ranks are ties
    bool tied = false;
};
/// Every scenario ranked by impact, then lower risk, then dots; ties and missing scores shown.
QList<Ranking> rank(ProjectContext &ctx);
/// Sets a scenario's score on a criterion (0–5), creating the score when needed.
bool setScore(ProjectContext &ctx, const QString &scenarioId, const QString &criterionId, int value);

/// Turns a scenario into a strategy: one investment line per investment mode of the scenario,
/// impacts sought carried over. Returns the strategy id.
QString translateToStrategy(ProjectContext &ctx, const QString &scenarioId);

} // namespace Atelier::Modeler::Workshop
