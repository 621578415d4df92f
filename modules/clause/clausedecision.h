// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entities.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Atelier {
struct ProjectContext;
class Store;
} // namespace Atelier

namespace Atelier::Clause {

/// The outcome of the dialogue written into the strategy's cockpit (seed §6: “intégrée au tableau
/// de bord stratégique”): the contract's amount and duration, the timeline of its line still to
/// come, the indicators' targets, a decision at the activation's checkpoint citing its legal basis,
/// and a baseline of the plan as amended. One undo step.
class ClauseDecision
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Clause::ClauseDecision)
public:
    /// Why the scenario cannot be decided now, for the user; empty when it can. The law must allow
    /// it, every stakeholder consent, and the buyer have signed off its legal frame (seed §6: the
    /// buyer guarantees the legal frame; the sign-off is recorded apart from the group's consent).
    static QString refusal(const Store &store, const QString &scenarioId);
    /// Why the buyer cannot sign the scenario's legal frame off; empty when they can.
    static QString signOffRefusal(const Store &store, const QString &scenarioId);
    /// Records the buyer's legal sign-off of the scenario's frame (who, when, which basis), one undo
    /// step; false, with `message`, when it is refused.
    static bool signOff(ProjectContext &ctx, const QString &scenarioId, const QString &participantId,
                        const QDate &date, QString *message);
    /// Takes the sign-off back (one undo step).
    static bool withdrawSignOff(ProjectContext &ctx, const QString &scenarioId);
    /// The sign-off in one sentence, or that it is pending (or no longer matches the frame).
    static QString signOffText(const Store &store, const QString &scenarioId);
    /// What a sign-off vouches for besides the frame: the scenario's figures and the buyer's answers
    /// (a sign-off no longer matching them must be given again).
    static QString signOffTerms(const Row &scenario);
    /// The participant who plays the buyer's seat of the scenario's activation (empty when none).
    static QString buyerOf(const Store &store, const QString &scenarioId);
    /// Records the decision taken on `date`. Returns false, with `message` saying why, when it is
    /// refused; when a write fails, what was written is taken back and the notifier says why.
    static bool record(ProjectContext &ctx, const QString &scenarioId, const QDate &date, QString *message);
    /// The number the next modification of a contract will have (1 for the first).
    static int nextModificationNumber(const Store &store, const QString &contractId);
};

} // namespace Atelier::Clause
