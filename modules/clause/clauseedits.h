// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Atelier {
struct ProjectContext;
class Store;
} // namespace Atelier

namespace Atelier::Clause {

/// The clause's compound edits, each one undo step.
class ClauseEdits
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Clause::ClauseEdits)
public:
    /// Why these activations cannot be removed (a decided one: its decision changed the contract,
    /// undo the decision instead); empty when they can.
    static QString removalRefusal(const Store &store, const QStringList &evolutionIds);
    /// Removes activations with everything that belongs to them: their scenarios, the indicators
    /// those change, their seats and every stance. One undo step; nothing is left behind.
    static bool removeActivations(ProjectContext &ctx, const QStringList &evolutionIds, QString *message);
    /// Removes scenarios with their stances and the indicators they change. One undo step.
    static bool removeScenarios(ProjectContext &ctx, const QStringList &scenarioIds);
    /// Removes seats with their stances. One undo step.
    static bool removeSeats(ProjectContext &ctx, const QStringList &seatIds);
    /// The consent loop (seed §2, gestion par consentement): a copy of the objection's scenario, with
    /// its indicators and answers, that names the objection it answers; its round starts anew.
    /// Returns the new scenario's id (empty on failure).
    static QString amendForObjection(ProjectContext &ctx, const QString &stanceId);
};

} // namespace Atelier::Clause
