// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clauseschema.h"

namespace Atelier::Clause {

ModuleSchema schema()
{
    return {QStringLiteral("clause"), {{1, QStringLiteral(R"sql(
CREATE TABLE clause_charter (
    id TEXT PRIMARY KEY NOT NULL,
    contract_id TEXT NOT NULL,
    agreed_on TEXT NOT NULL DEFAULT '',
    criteria TEXT NOT NULL DEFAULT '',
    safeguards TEXT NOT NULL DEFAULT '',
    max_increase_pct INTEGER NOT NULL DEFAULT 0 CHECK (max_increase_pct BETWEEN 0 AND 100),
    max_decrease_pct INTEGER NOT NULL DEFAULT 0 CHECK (max_decrease_pct BETWEEN 0 AND 100),
    max_delay_months INTEGER NOT NULL DEFAULT 0 CHECK (max_delay_months BETWEEN 0 AND 120),
    experimentation_until TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE evolution (
    id TEXT PRIMARY KEY NOT NULL,
    contract_id TEXT NOT NULL,
    checkpoint_id TEXT NOT NULL DEFAULT '',
    opened_on TEXT NOT NULL DEFAULT '',
    initiator TEXT NOT NULL DEFAULT 'administration' CHECK (initiator IN ('administration', 'company',
        'experimentation')),
    motive TEXT NOT NULL DEFAULT 'needs_change' CHECK (motive IN ('context_change', 'needs_change',
        'better_offer', 'human_difficulty', 'financial_difficulty', 'technical_difficulty',
        'experimentation_result')),
    state_of_play TEXT NOT NULL DEFAULT '',
    reasons TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'decided', 'abandoned')),
    chosen_scenario_id TEXT NOT NULL DEFAULT '',
    decision_id TEXT NOT NULL DEFAULT '',
    baseline_id TEXT NOT NULL DEFAULT '',
    decided_on TEXT NOT NULL DEFAULT '',
    legal_basis TEXT NOT NULL DEFAULT '',
    amount_change_cents INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE evolution_scenario (
    id TEXT PRIMARY KEY NOT NULL,
    evolution_id TEXT NOT NULL,
    proposed_by TEXT NOT NULL DEFAULT 'prescriber' CHECK (proposed_by IN ('prescriber', 'company', 'jointly')),
    title TEXT NOT NULL DEFAULT '',
    services TEXT NOT NULL DEFAULT '',
    amount_change_cents INTEGER NOT NULL DEFAULT 0 CHECK (amount_change_cents BETWEEN -100000000000000
        AND 100000000000000),
    delay_months INTEGER NOT NULL DEFAULT 0 CHECK (delay_months BETWEEN -120 AND 120),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE scenario_indicator (
    id TEXT PRIMARY KEY NOT NULL,
    scenario_id TEXT NOT NULL,
    indicator_id TEXT NOT NULL DEFAULT '',
    new_target REAL NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE evolution_seat (
    id TEXT PRIMARY KEY NOT NULL,
    evolution_id TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'other' CHECK (role IN ('company', 'buyer', 'prescriber', 'elected', 'jury',
        'user', 'other')),
    participant_id TEXT NOT NULL DEFAULT '',
    own_role INTEGER NOT NULL DEFAULT 1 CHECK (own_role IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE seat_stance (
    id TEXT PRIMARY KEY NOT NULL,
    scenario_id TEXT NOT NULL,
    seat_id TEXT NOT NULL,
    stance TEXT NOT NULL DEFAULT 'pending' CHECK (stance IN ('pending', 'consent', 'objection')),
    objection TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
)sql")},
             // 2: the legal frame made exact — what the buyer answers about each scenario (R2194-2,
             // R2194-7), the objection an amended scenario answers, the buyer's legal sign-off, the
             // frame a decision was taken under (R2194-9 counts all but R2194-5), the avenant's
             // notification and the publication of its essential data (R2196-1), and the contract's
             // facts the law needs (the consultation's date for the thresholds, the CAO: CGCT L1414-4).
             {2, QStringLiteral(R"sql(
ALTER TABLE evolution ADD COLUMN frame TEXT NOT NULL DEFAULT '';
ALTER TABLE evolution ADD COLUMN notified_on TEXT NOT NULL DEFAULT '';
ALTER TABLE evolution ADD COLUMN decp_published_on TEXT NOT NULL DEFAULT '';
ALTER TABLE evolution_scenario ADD COLUMN services_necessary TEXT NOT NULL DEFAULT 'unanswered'
    CHECK (services_necessary IN ('unanswered', 'yes', 'no'));
ALTER TABLE evolution_scenario ADD COLUMN holder_change_impossible TEXT NOT NULL DEFAULT 'unanswered'
    CHECK (holder_change_impossible IN ('unanswered', 'yes', 'no'));
ALTER TABLE evolution_scenario ADD COLUMN attracts_other_bidders TEXT NOT NULL DEFAULT 'unanswered'
    CHECK (attracts_other_bidders IN ('unanswered', 'yes', 'no'));
ALTER TABLE evolution_scenario ADD COLUMN shifts_balance TEXT NOT NULL DEFAULT 'unanswered'
    CHECK (shifts_balance IN ('unanswered', 'yes', 'no'));
ALTER TABLE evolution_scenario ADD COLUMN changes_object TEXT NOT NULL DEFAULT 'unanswered'
    CHECK (changes_object IN ('unanswered', 'yes', 'no'));
ALTER TABLE evolution_scenario ADD COLUMN replaces_holder TEXT NOT NULL DEFAULT 'unanswered'
    CHECK (replaces_holder IN ('unanswered', 'yes', 'no'));
ALTER TABLE evolution_scenario ADD COLUMN legal_reasons TEXT NOT NULL DEFAULT '';
ALTER TABLE evolution_scenario ADD COLUMN amends_scenario_id TEXT NOT NULL DEFAULT '';
ALTER TABLE evolution_scenario ADD COLUMN answers_stance_id TEXT NOT NULL DEFAULT '';
ALTER TABLE evolution_scenario ADD COLUMN answers_objection TEXT NOT NULL DEFAULT '';
ALTER TABLE evolution_scenario ADD COLUMN signoff_participant_id TEXT NOT NULL DEFAULT '';
ALTER TABLE evolution_scenario ADD COLUMN signoff_on TEXT NOT NULL DEFAULT '';
ALTER TABLE evolution_scenario ADD COLUMN signoff_frame TEXT NOT NULL DEFAULT '';
ALTER TABLE evolution_scenario ADD COLUMN signoff_terms TEXT NOT NULL DEFAULT '';
CREATE TABLE clause_contract (
    id TEXT PRIMARY KEY NOT NULL,
    contract_id TEXT NOT NULL,
    consultation_date TEXT NOT NULL DEFAULT '',
    went_through_cao INTEGER NOT NULL DEFAULT 0 CHECK (went_through_cao IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0
);
)sql")}}};
}

namespace {

/// A question of the legal frame the buyer answers about a scenario: yes, no, or not yet.
FieldInfo answer(const char *column, const char *label)
{
    return {column,
            FieldKind::Choice,
            label,
            QT_TRANSLATE_NOOP("Atelier::Entities", "Answer a question of the legal frame"),
            {{"unanswered", QT_TRANSLATE_NOOP("Atelier::Entities", "not answered")},
             {"yes", QT_TRANSLATE_NOOP("Atelier::Entities", "yes")},
             {"no", QT_TRANSLATE_NOOP("Atelier::Entities", "no")}}};
}

} // namespace

namespace Tables {

const TableInfo &contractFacts()
{
    static const TableInfo info{
        "clause_contract",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Enter the procedure's facts"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove the procedure's facts"),
        {{"consultation_date", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "Consultation launched on"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the consultation's date")},
         {"went_through_cao", FieldKind::Bool,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Awarded by the commission d'appel d'offres"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change whether the CAO awarded it")}}};
    return info;
}

const TableInfo &charter()
{
    static const TableInfo info{
        "clause_charter",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Draft the charter"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove charter"),
        {{"agreed_on", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "Agreed on"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change charter date")},
         {"criteria", FieldKind::LongText,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Criteria under which the contract may evolve"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Edit charter criteria")},
         {"safeguards", FieldKind::LongText,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Safeguards for the company and the public policy"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Edit charter safeguards")},
         {"max_increase_pct", FieldKind::Integer,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Highest rise (%)"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the charter's ceiling"), {}, nullptr, "name", 0, 100},
         {"max_decrease_pct", FieldKind::Integer,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Deepest fall (%)"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the charter's floor"), {}, nullptr, "name", 0, 100},
         {"max_delay_months", FieldKind::Integer,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Longest delay (months)"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the charter's longest delay"), {}, nullptr, "name", 0,
          120},
         {"experimentation_until", FieldKind::Date,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Experimentation until"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change end of experimentation")}}};
    return info;
}

const TableInfo &evolution()
{
    static const TableInfo info{
        "evolution",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Activate the clause"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove activation"),
        {{"opened_on", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "Activated on"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change activation date")},
         {"initiator",
          FieldKind::Choice,
          QT_TRANSLATE_NOOP("Atelier::Entities", "At the initiative of"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change initiative"),
          {{"administration", QT_TRANSLATE_NOOP("Atelier::Entities", "the administration")},
           {"company", QT_TRANSLATE_NOOP("Atelier::Entities", "the company")},
           {"experimentation", QT_TRANSLATE_NOOP("Atelier::Entities", "the end of an experimentation phase")}}},
         {"motive",
          FieldKind::Choice,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Motive"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change motive"),
          {{"context_change", QT_TRANSLATE_NOOP("Atelier::Entities", "fast, critical change of the local context")},
           {"needs_change", QT_TRANSLATE_NOOP("Atelier::Entities", "change in the community's needs")},
           {"better_offer", QT_TRANSLATE_NOOP("Atelier::Entities", "a radically better new offer")},
           {"human_difficulty", QT_TRANSLATE_NOOP("Atelier::Entities", "unforeseen human difficulties")},
           {"financial_difficulty", QT_TRANSLATE_NOOP("Atelier::Entities", "unforeseen financial difficulties")},
           {"technical_difficulty", QT_TRANSLATE_NOOP("Atelier::Entities", "unforeseen technical difficulties")},
           {"experimentation_result", QT_TRANSLATE_NOOP("Atelier::Entities", "results of the experimentation")}}},
         {"checkpoint_id", FieldKind::Reference, QT_TRANSLATE_NOOP("Atelier::Entities", "Checkpoint"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the activation's checkpoint"), {}, &Entities::checkpoint,
          "title"},
         {"status",
          FieldKind::Choice,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Status"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change activation status"),
          {{"open", QT_TRANSLATE_NOOP("Atelier::Entities", "in dialogue")},
           {"decided", QT_TRANSLATE_NOOP("Atelier::Entities", "decided")},
           {"abandoned", QT_TRANSLATE_NOOP("Atelier::Entities", "abandoned")}}},
         {"state_of_play", FieldKind::LongText, QT_TRANSLATE_NOOP("Atelier::Entities", "State of play"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Edit state of play")},
         {"reasons", FieldKind::LongText, QT_TRANSLATE_NOOP("Atelier::Entities", "Reasons for the evolution"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Edit reasons")},
         {"decided_on", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "Decided on"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change decision date")},
         {"legal_basis", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "Legal basis"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change legal basis")},
         {"notified_on", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "Avenant notified on"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the avenant's notification date")},
         {"decp_published_on", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "Essential data published on"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the essential data's publication date")}}};
    return info;
}

const TableInfo &scenario()
{
    static const TableInfo info{
        "evolution_scenario",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Propose a scenario"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove scenario"),
        {{"proposed_by",
          FieldKind::Choice,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Proposed by"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change who proposes"),
          {{"prescriber", QT_TRANSLATE_NOOP("Atelier::Entities", "the prescriber")},
           {"company", QT_TRANSLATE_NOOP("Atelier::Entities", "the company")},
           {"jointly", QT_TRANSLATE_NOOP("Atelier::Entities", "both together")}}},
         {"title", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Scenario"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Rename scenario")},
         {"services", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Changes to the services"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the services")},
         {"amount_change_cents", FieldKind::Money,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change of amount excl. tax"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the scenario's amount"), {}, nullptr, "name", -1, 0},
         {"delay_months", FieldKind::Integer, QT_TRANSLATE_NOOP("Atelier::Entities", "Calendar shift (months)"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the calendar shift"), {}, nullptr, "name", -120, 120},
         answer("services_necessary", QT_TRANSLATE_NOOP("Atelier::Entities", "Services necessary (R2194-2)")),
         answer("holder_change_impossible",
                QT_TRANSLATE_NOOP("Atelier::Entities", "Change of holder impossible (R2194-2)")),
         answer("attracts_other_bidders", QT_TRANSLATE_NOOP("Atelier::Entities", "Other candidates (R2194-7)")),
         answer("shifts_balance", QT_TRANSLATE_NOOP("Atelier::Entities", "Balance to the holder (R2194-7)")),
         answer("changes_object", QT_TRANSLATE_NOOP("Atelier::Entities", "Object changed (R2194-7)")),
         answer("replaces_holder", QT_TRANSLATE_NOOP("Atelier::Entities", "New holder (R2194-7)")),
         {"legal_reasons", FieldKind::LongText, QT_TRANSLATE_NOOP("Atelier::Entities", "Reasons of the answers"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Edit the reasons of the answers")},
         {"answers_objection", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "Answers the objection"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the objection answered")},
         {"signoff_participant_id", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "Signed off by"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Sign off the legal frame"), {}, &Entities::participant, "name"},
         {"signoff_on", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "Signed off on"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Sign off the legal frame")},
         {"signoff_frame", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "Legal basis signed off"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Sign off the legal frame")}}};
    return info;
}

const TableInfo &scenarioIndicator()
{
    static const TableInfo info{
        "scenario_indicator",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Change an indicator"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove indicator change"),
        {{"indicator_id", FieldKind::Reference, QT_TRANSLATE_NOOP("Atelier::Entities", "Indicator"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the indicator"), {}, &Entities::indicator, "name"},
         {"new_target", FieldKind::Number, QT_TRANSLATE_NOOP("Atelier::Entities", "New target"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the new target")}}};
    return info;
}

const TableInfo &seat()
{
    static const TableInfo info{
        "evolution_seat",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add a seat"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove seat"),
        {{"role",
          FieldKind::Choice,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Stakeholder"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the seat's stakeholder"),
          {{"company", QT_TRANSLATE_NOOP("Atelier::Entities", "the company")},
           {"buyer", QT_TRANSLATE_NOOP("Atelier::Entities", "the buyer")},
           {"prescriber", QT_TRANSLATE_NOOP("Atelier::Entities", "the prescriber")},
           {"elected", QT_TRANSLATE_NOOP("Atelier::Entities", "the elected officials")},
           {"jury", QT_TRANSLATE_NOOP("Atelier::Entities", "the citizen jury")},
           {"user", QT_TRANSLATE_NOOP("Atelier::Entities", "the users")},
           {"other", QT_TRANSLATE_NOOP("Atelier::Entities", "another stakeholder")}}},
         {"participant_id", FieldKind::Reference, QT_TRANSLATE_NOOP("Atelier::Entities", "Played by"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change who plays the seat"), {}, &Entities::participant, "name"},
         {"own_role", FieldKind::Bool, QT_TRANSLATE_NOOP("Atelier::Entities", "Plays their own role"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change whether they play their own role")}}};
    return info;
}

const TableInfo &stance()
{
    static const TableInfo info{
        "seat_stance",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Give a stance"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove stance"),
        {{"stance",
          FieldKind::Choice,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Stance"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change stance"),
          {{"pending", QT_TRANSLATE_NOOP("Atelier::Entities", "not said yet")},
           {"consent", QT_TRANSLATE_NOOP("Atelier::Entities", "consents")},
           {"objection", QT_TRANSLATE_NOOP("Atelier::Entities", "objects")}}},
         {"objection", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Reasoned objection"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change objection")}}};
    return info;
}

} // namespace Tables

} // namespace Atelier::Clause
