// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a facilitator does during the modeling workshop, as undoable steps on the project.
// Views call these; they write only through Edit:: (one undo step each).

#include "modelerschema.h"

#include <QStringList>

#include <optional>

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

/// Dot voting (optional): each participant spreads the same number of dots over the scenarios, a
/// workshop setting kept in the project. 0, the default, sets no limit: dots are given freely, as a
/// workshop that has not decided on a number expects (and as files from before the setting were).
inline constexpr int kNoDotLimit = 0;
/// The dots each participant may give, or kNoDotLimit.
int dotsPerParticipant(ProjectContext &ctx);
/// Sets the dots each participant may give (0 = no limit). Refused, with the reason for the user in
/// `refusal`, when out of range or below what someone has already given.
bool setDotsPerParticipant(ProjectContext &ctx, int dots, QString *refusal = nullptr);
/// The dots a participant has given, over every scenario.
int dotsGiven(ProjectContext &ctx, const QString &participantId);
/// The dots a participant may still give; none when there is no limit.
std::optional<int> dotsLeft(ProjectContext &ctx, const QString &participantId);
/// A participant gives dots to a scenario. Returns the vote's id; empty when refused (more dots than
/// the participant has left, or dots from nobody while there is a limit), `refusal` saying why.
QString giveDots(ProjectContext &ctx, const QString &scenarioId, const QString &participantId, int dots,
                 QString *refusal = nullptr);
/// Changes the dots of a vote, within what its voter has left.
bool setVoteDots(ProjectContext &ctx, const QString &voteId, int dots, QString *refusal = nullptr);
/// Gives a vote to another participant, when they have enough dots left for it.
bool setVoter(ProjectContext &ctx, const QString &voteId, const QString &participantId,
              QString *refusal = nullptr);

/// Turns a scenario into a strategy: one investment line per investment mode of the scenario,
/// impacts sought carried over. Returns the strategy id.
QString translateToStrategy(ProjectContext &ctx, const QString &scenarioId);

} // namespace Atelier::Modeler::Workshop
