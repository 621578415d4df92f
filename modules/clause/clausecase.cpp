// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clausecase.h"

#include "clauseschema.h"

#include "core/lawtable.h"
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
        const qint64 change = evolution.value(QStringLiteral("amount_change_cents")).toLongLong();
        decidedChange += change;
        if (decidedFrame(evolution) == LegalFrame::MinorChange) // R2194-9: the small ones add up
            facts.decidedCountedCents += change;
        const Row chosen = store.row(Tables::scenario(), text(evolution, "chosen_scenario_id"));
        facts.decidedDelayMonths += chosen.value(QStringLiteral("delay_months")).toInt();
    }
    facts.initialCents = facts.currentCents - decidedChange;
    const Row law = contractFactsRow(store, contractId);
    facts.wentThroughCao = law.value(QStringLiteral("went_through_cao")).toBool();
    facts.consultationDate = QDate::fromString(text(law, "consultation_date"), Qt::ISODate);
    if (!facts.consultationDate.isValid()) {
        facts.consultationDate = QDate::fromString(text(row, "notification_date"), Qt::ISODate);
        facts.consultationDateFromNotification = facts.consultationDate.isValid();
    }
    return facts;
}

Row ClauseCase::contractFactsRow(const Store &store, const QString &contractId)
{
    const QList<Row> rows = rowsWhere(store, Tables::contractFacts(), QStringLiteral("contract_id"), contractId);
    return rows.isEmpty() ? Row{} : rows.first();
}

LegalFrame ClauseCase::decidedFrame(const Row &evolution)
{
    bool known = false;
    const LegalFrame frame = Rules::frameFromKey(text(evolution, "frame"), &known);
    if (known)
        return frame;
    // Decided before the frame was stored: the article its legal basis cites, in any language
    // (“R2194-5”, or “R. 2194-5” with a no-break space as French writes it).
    QString basis = text(evolution, "legal_basis");
    basis.remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QChar(0x202F)).replace(QLatin1String("R."),
                                                                                       QLatin1String("R"));
    if (basis.contains(QLatin1String("R2194-5")))
        return LegalFrame::UnforeseenCircumstances;
    if (basis.contains(QLatin1String("R2194-8")))
        return LegalFrame::MinorChange;
    return LegalFrame::ReviewClause;
}

LegalAnswers ClauseCase::answers(const Row &scenario)
{
    const auto get = [&](const char *column) {
        const QString v = text(scenario, column);
        return v == QLatin1String("yes") ? Answer::Yes : v == QLatin1String("no") ? Answer::No : Answer::Unanswered;
    };
    LegalAnswers a;
    a.servicesNecessary = get("services_necessary");
    a.holderChangeImpossible = get("holder_change_impossible");
    a.attractsOtherBidders = get("attracts_other_bidders");
    a.shiftsBalanceToHolder = get("shifts_balance");
    a.changesObjectConsiderably = get("changes_object");
    a.replacesHolder = get("replaces_holder");
    return a;
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

Assessment ClauseCase::assess(const Store &store, const QString &scenarioId, const LawTable *law)
{
    const Row scenario = store.row(Tables::scenario(), scenarioId);
    const Row evolution = store.row(Tables::evolution(), text(scenario, "evolution_id"));
    const QString contractId = text(evolution, "contract_id");
    ContractFacts facts = contract(store, contractId);
    if (isDecided(evolution)) {
        // Simulate a decided scenario as it was before its own decision.
        const qint64 own = evolution.value(QStringLiteral("amount_change_cents")).toLongLong();
        facts.currentCents -= own;
        if (decidedFrame(evolution) == LegalFrame::MinorChange)
            facts.decidedCountedCents -= own;
        if (text(evolution, "chosen_scenario_id") == scenarioId)
            facts.decidedDelayMonths -= scenario.value(QStringLiteral("delay_months")).toInt();
    }
    const ScenarioChange change{scenario.value(QStringLiteral("amount_change_cents")).toLongLong(),
                                scenario.value(QStringLiteral("delay_months")).toInt()};
    return Rules::assess(law ? *law : LawTable::standard(), facts, charter(store, contractId), change,
                         Rules::isUnforeseen(text(evolution, "motive")), answers(scenario));
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
