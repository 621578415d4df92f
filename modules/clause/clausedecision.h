// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    /// Why the scenario cannot be decided now, for the user; empty when it can.
    static QString refusal(const Store &store, const QString &scenarioId);
    /// Records the decision taken on `date`. Returns false, with `message` saying why, when it is
    /// refused; when a write fails, what was written is taken back and the notifier says why.
    static bool record(ProjectContext &ctx, const QString &scenarioId, const QDate &date, QString *message);
    /// The number the next modification of a contract will have (1 for the first).
    static int nextModificationNumber(const Store &store, const QString &contractId);
};

} // namespace Atelier::Clause
