// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clauserules.h"
#include "consentround.h"

#include "core/entities.h"

namespace Atelier {
class Store;
}

namespace Atelier::Clause {

/// The facts of the clause for one contract, read from the project: its amount at notification and
/// now, its charter, and for each scenario of an activation the simulation and the consent round.
/// The amount at notification is not stored twice: it is the contract's amount less the changes
/// the clause's decisions made to it.
class ClauseCase
{
public:
    static ContractFacts contract(const Store &store, const QString &contractId);
    /// The contract's facts for the law (clause_contract), empty when none were entered.
    static Row contractFactsRow(const Store &store, const QString &contractId);
    /// What the buyer answered about a scenario (R2194-2, R2194-7).
    static LegalAnswers answers(const Row &scenario);
    /// The frame a decided activation was taken under (its stored key, or, for a decision of an
    /// older file, the article its legal basis cites).
    static LegalFrame decidedFrame(const Row &evolution);
    static CharterLimits charter(const Store &store, const QString &contractId);
    /// The charter row of a contract (empty when none was drafted).
    static Row charterRow(const Store &store, const QString &contractId);

    /// The simulation of a scenario against its contract's charter and the law of `law` (the
    /// standard table when none is given).
    static Assessment assess(const Store &store, const QString &scenarioId, const LawTable *law = nullptr);
    static QList<Seat> seats(const Store &store, const QString &evolutionId);
    static QHash<QString, Stance> stances(const Store &store, const QString &scenarioId);
    static ConsentOutcome consent(const Store &store, const QString &scenarioId);

    /// The rows of `table` whose `column` is `value`, in order.
    static QList<Row> rowsWhere(const Store &store, const TableInfo &table, const QString &column,
                                const QString &value);
};

} // namespace Atelier::Clause
