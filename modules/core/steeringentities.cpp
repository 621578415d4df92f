// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The shared entities of the steering of strategies: what the cockpit edits, the reports read, and the
// clause simulator and the tour booklet work on (contracts, baselines).
#include "entities.h"

#include "store.h"

namespace Atelier {

const TableInfo &Entities::strategyActor()
{
    static const TableInfo info{
        "strategy_actor",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add actor"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove actor"),
        {{"participant_id",
          FieldKind::Reference,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Participant"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change actor"),
          {},
          &participant},
         {"organisation", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Organisation"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change actor's organisation")},
         {"role", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Role in the strategy"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change actor's role")}}};
    return info;
}

const TableInfo &Entities::milestone()
{
    static const TableInfo info{
        "milestone",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add milestone"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove milestone"),
        {{"title", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Phase or milestone"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Rename milestone")},
         {"kind",
          FieldKind::Choice,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Kind"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change milestone kind"),
          {{"milestone", QT_TRANSLATE_NOOP("Atelier::Entities", "milestone")},
           {"phase", QT_TRANSLATE_NOOP("Atelier::Entities", "phase")}}},
         {"line_id",
          FieldKind::Reference,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Investment line"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change milestone line"),
          {},
          &investmentLine,
          "title"},
         {"start_date", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "Start"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change phase start")},
         {"due_date", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "Due"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change due date")},
         {"met_date", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "Met on"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change date met")},
         {"status",
          FieldKind::Choice,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Status"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change milestone status"),
          {{"scheduled", QT_TRANSLATE_NOOP("Atelier::Entities", "scheduled")},
           {"met", QT_TRANSLATE_NOOP("Atelier::Entities", "met")},
           {"partially_met", QT_TRANSLATE_NOOP("Atelier::Entities", "partially met")},
           {"not_met", QT_TRANSLATE_NOOP("Atelier::Entities", "not met")}}}}};
    return info;
}

const TableInfo &Entities::budgetEntry()
{
    static const TableInfo info{
        "budget_entry",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add budget entry"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove budget entry"),
        {{"period", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "Period"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change budget period")},
         {"funding_source", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Funding source"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change funding source")},
         {"planned_cents", FieldKind::Money, QT_TRANSLATE_NOOP("Atelier::Entities", "Planned"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change planned amount")},
         {"committed_cents", FieldKind::Money, QT_TRANSLATE_NOOP("Atelier::Entities", "Committed"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change committed amount")},
         {"paid_cents", FieldKind::Money, QT_TRANSLATE_NOOP("Atelier::Entities", "Paid"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change paid amount")}}};
    return info;
}

const TableInfo &Entities::indicator()
{
    static const TableInfo info{
        "indicator",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add indicator"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove indicator"),
        {{"name", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Indicator"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Rename indicator")},
         {"unit", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Unit"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change indicator unit")},
         {"baseline_value", FieldKind::Number, QT_TRANSLATE_NOOP("Atelier::Entities", "Baseline value"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change baseline value")},
         {"baseline_date", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "Measured on"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change baseline date")},
         {"target_value", FieldKind::Number, QT_TRANSLATE_NOOP("Atelier::Entities", "Target"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change indicator target")},
         {"target_date", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "Target date"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change target date")},
         {"measured_by", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Measured by"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change who measures")}}};
    return info;
}

const TableInfo &Entities::measurement()
{
    static const TableInfo info{
        "measurement",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add measurement"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove measurement"),
        {{"date", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "Date"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change measurement date")},
         {"value", FieldKind::Number, QT_TRANSLATE_NOOP("Atelier::Entities", "Value"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change measured value")},
         {"measured_by", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Measured by"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change who measured")},
         {"note", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Note"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change measurement note")}}};
    return info;
}

const TableInfo &Entities::contract()
{
    static const TableInfo info{
        "contract",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add contract"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove contract"),
        {{"holder", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Contract holder"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change contract holder")},
         {"amount_cents", FieldKind::Money, QT_TRANSLATE_NOOP("Atelier::Entities", "Amount excl. tax"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change contract amount")},
         {"nature",
          FieldKind::Choice,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Nature"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change contract nature"),
          {{"supplies", QT_TRANSLATE_NOOP("Atelier::Entities", "supplies")},
           {"services", QT_TRANSLATE_NOOP("Atelier::Entities", "services")},
           {"works", QT_TRANSLATE_NOOP("Atelier::Entities", "works")}}},
         {"notification_date", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "Notified on"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change notification date")},
         {"duration_months",
          FieldKind::Integer,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Duration (months)"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change contract duration"),
          {},
          nullptr,
          "name",
          0,
          600},
         {"cpv_code", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "CPV code"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change CPV code")},
         {"procedure",
          FieldKind::Choice,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Procedure"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change procedure"),
          {{"adapted", QT_TRANSLATE_NOOP("Atelier::Entities", "adapted procedure")},
           {"open_tender", QT_TRANSLATE_NOOP("Atelier::Entities", "open call for tenders")},
           {"restricted_tender", QT_TRANSLATE_NOOP("Atelier::Entities", "restricted call for tenders")},
           {"competitive_negotiation",
            QT_TRANSLATE_NOOP("Atelier::Entities", "competitive procedure with negotiation")},
           {"competitive_dialogue", QT_TRANSLATE_NOOP("Atelier::Entities", "competitive dialogue")},
           {"innovation_partnership", QT_TRANSLATE_NOOP("Atelier::Entities", "innovation partnership")},
           {"negotiated_without_notice",
            QT_TRANSLATE_NOOP("Atelier::Entities", "negotiated without prior publication")},
           {"rd_exemption", QT_TRANSLATE_NOOP("Atelier::Entities", "R&D services (excluded contract)")}}}}};
    return info;
}

QString Entities::contractName(const Store &store, const QString &contractId)
{
    const Row row = store.row(contract(), contractId);
    const QString line = store.value(investmentLine(), text(row, "line_id"), QStringLiteral("title")).toString();
    const QString holder = text(row, "holder");
    return line.isEmpty() ? holder : QStringLiteral("%1 — %2").arg(holder, line);
}

QString Entities::contractStrategy(const Store &store, const QString &contractId)
{
    const QString line = store.value(contract(), contractId, QStringLiteral("line_id")).toString();
    return store.value(investmentLine(), line, QStringLiteral("strategy_id")).toString();
}

const TableInfo &Entities::checkpoint()
{
    static const TableInfo info{
        "checkpoint",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add checkpoint"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove checkpoint"),
        {{"date", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "Date"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change checkpoint date")},
         {"title", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Checkpoint"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Rename checkpoint")},
         {"convene_buyers", FieldKind::Bool, QT_TRANSLATE_NOOP("Atelier::Entities", "Buyers"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change who is convened")},
         {"convene_prescribers", FieldKind::Bool, QT_TRANSLATE_NOOP("Atelier::Entities", "Prescribers"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change who is convened")},
         {"convene_elected", FieldKind::Bool, QT_TRANSLATE_NOOP("Atelier::Entities", "Elected officials"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change who is convened")},
         {"convene_reservist", FieldKind::Bool, QT_TRANSLATE_NOOP("Atelier::Entities", "Reservist buyer"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change who is convened")},
         {"convene_jury", FieldKind::Bool, QT_TRANSLATE_NOOP("Atelier::Entities", "Citizen jury"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change who is convened")},
         {"agenda", FieldKind::LongText, QT_TRANSLATE_NOOP("Atelier::Entities", "Agenda"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Edit checkpoint agenda")}}};
    return info;
}

const TableInfo &Entities::decision()
{
    static const TableInfo info{
        "decision",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add decision"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove decision"),
        {{"text", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Decision"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Edit decision")},
         {"contract_id",
          FieldKind::Reference,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Contract concerned"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change decision's contract"),
          {},
          &contract,
          "holder"},
         {"legal_basis", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Legal basis"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change legal basis")}}};
    return info;
}

const TableInfo &Entities::baseline()
{
    static const TableInfo info{
        "baseline",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Freeze the plan"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove baseline"),
        {{"name", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Baseline"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Rename baseline")},
         {"taken_on", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "Frozen on"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change baseline date")}}};
    return info;
}

} // namespace Atelier
