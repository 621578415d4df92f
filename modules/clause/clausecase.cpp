// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clausecase.h"

#include "clauseschema.h"

#include "core/store.h"

namespace Atelier::Clause {

namespace {

bool isDecided(const Row &evolution)
{
    return text(evolution, "status") == QLatin1String("decided");
}

} // namespace

QList<Row> ClauseCase::rowsWhere(const Store &store, const TableInfo &table, const QString &column,
                                 const QString &value)
{
    QList<Row> out;
    for (const Row &row : store.rows(table))
        if (row.value(column).toString() == value)
            out << row;
    return out;
}

ContractFacts ClauseCase::contract(const Store &store, const QString &contractId)
{
    const Row row = store.row(Entities::contract(), contractId);
    ContractFacts facts;
    facts.currentCents = row.value(QStringLiteral("amount_cents")).toLongLong();
    facts.nature = text(row, "nature");
    qint64 decidedChange = 0;
    for (const Row &evolution : rowsWhere(store, Tables::evolution(), QStringLiteral("contract_id"), contractId)) {
        if (!isDecided(evolution))
            continue;
        decidedChange += evolution.value(QStringLiteral("amount_change_cents")).toLongLong();
        const Row chosen = store.row(Tables::scenario(), text(evolution, "chosen_scenario_id"));
        facts.decidedDelayMonths += chosen.value(QStringLiteral("delay_months")).toInt();
    }
    facts.initialCents = facts.currentCents - decidedChange;
    return facts;
}

Row ClauseCase::charterRow(const Store &store, const QString &contractId)
{
    const QList<Row> rows = rowsWhere(store, Tables::charter(), QStringLiteral("contract_id"), contractId);
    return rows.isEmpty() ? Row{} : rows.first();
}

CharterLimits ClauseCase::charter(const Store &store, const QString &contractId)
{
    const Row row = charterRow(store, contractId);
    CharterLimits limits;
    limits.agreed = !row.isEmpty();
    limits.maxIncreasePct = row.value(QStringLiteral("max_increase_pct")).toInt();
    limits.maxDecreasePct = row.value(QStringLiteral("max_decrease_pct")).toInt();
    limits.maxDelayMonths = row.value(QStringLiteral("max_delay_months")).toInt();
    return limits;
}

Assessment ClauseCase::assess(const Store &store, const QString &scenarioId)
{
    const Row scenario = store.row(Tables::scenario(), scenarioId);
    const Row evolution = store.row(Tables::evolution(), text(scenario, "evolution_id"));
    const QString contractId = text(evolution, "contract_id");
    ContractFacts facts = contract(store, contractId);
    if (isDecided(evolution)) {
        // Simulate a decided scenario as it was before its own decision.
        facts.currentCents -= evolution.value(QStringLiteral("amount_change_cents")).toLongLong();
        if (text(evolution, "chosen_scenario_id") == scenarioId)
            facts.decidedDelayMonths -= scenario.value(QStringLiteral("delay_months")).toInt();
    }
    const ScenarioChange change{scenario.value(QStringLiteral("amount_change_cents")).toLongLong(),
                                scenario.value(QStringLiteral("delay_months")).toInt()};
    return Rules::assess(facts, charter(store, contractId), change, Rules::isUnforeseen(text(evolution, "motive")));
}

QList<Seat> ClauseCase::seats(const Store &store, const QString &evolutionId)
{
    QList<Seat> out;
    for (const Row &row : rowsWhere(store, Tables::seat(), QStringLiteral("evolution_id"), evolutionId))
        out << Seat{text(row, "id"), text(row, "role"),
                    store.value(Entities::participant(), text(row, "participant_id"), QStringLiteral("name"))
                        .toString()};
    return out;
}

QHash<QString, Stance> ClauseCase::stances(const Store &store, const QString &scenarioId)
{
    QHash<QString, Stance> out;
    for (const Row &row : rowsWhere(store, Tables::stance(), QStringLiteral("scenario_id"), scenarioId))
        out.insert(text(row, "seat_id"), Stance{text(row, "stance"), text(row, "objection")});
    return out;
}

ConsentOutcome ClauseCase::consent(const Store &store, const QString &scenarioId)
{
    const QString evolution = store.value(Tables::scenario(), scenarioId, QStringLiteral("evolution_id")).toString();
    return ConsentRound::outcome(seats(store, evolution), stances(store, scenarioId));
}

} // namespace Atelier::Clause
