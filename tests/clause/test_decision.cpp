// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clausefixture.h"

#include "clause/clausecase.h"
#include "clause/clausedecision.h"
#include "core/baseline.h"
#include "core/steering.h"

#include <catch2/catch.hpp>

using namespace Atelier;
using namespace Atelier::Clause;

TEST_CASE("A decision is refused until the law allows it and everyone consents", "[clause][decision]")
{
    ClauseFixture f;
    const QString big = f.scenario(QStringLiteral("Cuisine provisoire"), 70'000'000, 0); // +70 %
    f.consentAll(big);
    // Beyond R2194-5's 50 %: only R2194-7 is left, whose questions are not answered yet.
    CHECK(ClauseDecision::refusal(f.store(), big) ==
          QStringLiteral("The legal frame is not concluded yet: the buyer answers the four questions of R2194-7 first."));
    REQUIRE(Edit::setValue(f.ctx(), Tables::scenario(), big, QStringLiteral("replaces_holder"), QStringLiteral("yes")));
    CHECK(ClauseDecision::refusal(f.store(), big) ==
          QStringLiteral("The law does not allow this scenario (new procedure needed): amend it or propose another one."));

    const QString fair = f.scenario(QStringLiteral("Ouvrir à la Toussaint"), 6'800'000, 2);
    CHECK_FALSE(ClauseDecision::refusal(f.store(), fair).isEmpty()); // nobody has said yet
    f.consentAll(fair);
    Edit::setValues(f.ctx(), Tables::stance(),
                    {{f.store().rows(Tables::stance()).last().value(QStringLiteral("id")).toString(),
                      QStringLiteral("stance"), QStringLiteral("objection")}},
                    QStringLiteral("object"));
    CHECK(ClauseDecision::refusal(f.store(), fair).contains(QStringLiteral("must say why")));
    QString message;
    const int steps = f.project->undoStack().count();
    CHECK_FALSE(ClauseDecision::record(f.ctx(), fair, QDate(2026, 12, 10), &message));
    CHECK_FALSE(message.isEmpty());
    CHECK(f.project->undoStack().count() == steps); // nothing written
    CHECK(f.value(Entities::contract(), f.contract, "amount_cents").toLongLong() == 100'000'000);
}

TEST_CASE("The consented scenario is written into the cockpit in one undo step", "[clause][decision]")
{
    ClauseFixture f;
    const QString met = f.add(Entities::milestone(), {{QStringLiteral("strategy_id"), f.strategy},
                                                     {QStringLiteral("line_id"), f.line},
                                                     {QStringLiteral("title"), QStringLiteral("Esquisse")},
                                                     {QStringLiteral("due_date"), QStringLiteral("2026-06-30")},
                                                     {QStringLiteral("status"), QStringLiteral("met")}});
    const QString opening = f.add(Entities::milestone(), {{QStringLiteral("strategy_id"), f.strategy},
                                                         {QStringLiteral("line_id"), f.line},
                                                         {QStringLiteral("title"), QStringLiteral("Mise en service")},
                                                         {QStringLiteral("start_date"), QStringLiteral("2027-06-01")},
                                                         {QStringLiteral("due_date"), QStringLiteral("2027-08-31")}});
    const QString waste = f.add(Entities::indicator(), {{QStringLiteral("strategy_id"), f.strategy},
                                                       {QStringLiteral("name"), QStringLiteral("Gaspillage")},
                                                       {QStringLiteral("target_value"), 85.0}});
    const QString chosen = f.scenario(QStringLiteral("Ouvrir à la Toussaint"), 6'800'000, 2);
    f.add(Tables::scenarioIndicator(), {{QStringLiteral("scenario_id"), chosen},
                                        {QStringLiteral("indicator_id"), waste},
                                        {QStringLiteral("new_target"), 95.0}});
    f.consentAll(chosen);
    CHECK(ClauseDecision::refusal(f.store(), chosen).contains(QStringLiteral("sign-off is pending")));
    f.signOff(chosen);
    const int steps = f.project->undoStack().count();
    const int baselines = f.store().rows(Entities::baseline()).size();

    QString message;
    REQUIRE(ClauseDecision::record(f.ctx(), chosen, QDate(2026, 12, 10), &message));
    CHECK(f.project->undoStack().count() == steps + 1);

    // The contract, its calendar and its indicators.
    CHECK(f.value(Entities::contract(), f.contract, "amount_cents").toLongLong() == 106'800'000);
    CHECK(f.value(Entities::contract(), f.contract, "duration_months").toInt() == 32);
    CHECK(f.value(Entities::milestone(), opening, "due_date").toString() == QStringLiteral("2027-10-31"));
    CHECK(f.value(Entities::milestone(), opening, "start_date").toString() == QStringLiteral("2027-08-01"));
    CHECK(f.value(Entities::milestone(), met, "due_date").toString() == QStringLiteral("2026-06-30"));
    CHECK(f.value(Entities::indicator(), waste, "target_value").toDouble() == 95.0);
    // The decision at the activation's checkpoint, with its contract and legal basis.
    const QString decision = f.value(Tables::evolution(), f.evolution, "decision_id").toString();
    CHECK(f.value(Entities::decision(), decision, "checkpoint_id").toString() == f.checkpoint);
    CHECK(f.value(Entities::decision(), decision, "contract_id").toString() == f.contract);
    CHECK(f.value(Entities::decision(), decision, "legal_basis").toString().contains(QStringLiteral("R2194-1")));
    CHECK(f.value(Entities::decision(), decision, "text").toString().contains(QStringLiteral("Ouvrir à la Toussaint")));
    // A baseline of the amended plan.
    REQUIRE(f.store().rows(Entities::baseline()).size() == baselines + 1);
    const QString baseline = f.value(Tables::evolution(), f.evolution, "baseline_id").toString();
    CHECK(f.value(Entities::baseline(), baseline, "name").toString().contains(QStringLiteral("Atelier Nord-Sud")));
    bool ok = false;
    CHECK(Baseline::compare(f.value(Entities::baseline(), baseline, "plan").toString(), Steering::load(f.store()), &ok)
              .isEmpty());
    CHECK(ok);
    // The activation is decided; the amount at notification is still known.
    CHECK(f.value(Tables::evolution(), f.evolution, "status").toString() == QStringLiteral("decided"));
    CHECK(ClauseCase::contract(f.store(), f.contract).initialCents == 100'000'000);
    CHECK(ClauseCase::contract(f.store(), f.contract).decidedDelayMonths == 2);
    CHECK(ClauseDecision::refusal(f.store(), chosen).contains(QStringLiteral("already decided")));
    CHECK(ClauseDecision::nextModificationNumber(f.store(), f.contract) == 2);

    // Undo takes it all back.
    f.project->undoStack().undo();
    CHECK(f.value(Entities::contract(), f.contract, "amount_cents").toLongLong() == 100'000'000);
    CHECK(f.value(Entities::contract(), f.contract, "duration_months").toInt() == 30);
    CHECK(f.value(Entities::milestone(), opening, "due_date").toString() == QStringLiteral("2027-08-31"));
    CHECK(f.value(Entities::indicator(), waste, "target_value").toDouble() == 85.0);
    CHECK(f.store().rows(Entities::baseline()).size() == baselines);
    CHECK(f.store().rows(Entities::decision()).isEmpty());
    CHECK(f.value(Tables::evolution(), f.evolution, "status").toString() == QStringLiteral("open"));
}

TEST_CASE("Successive modifications add up against the charter", "[clause][decision]")
{
    ClauseFixture f;
    const QString first = f.scenario(QStringLiteral("Première"), 10'000'000, 0); // +10 %
    f.consentAll(first);
    f.signOff(first);
    REQUIRE(ClauseDecision::record(f.ctx(), first, QDate(2026, 12, 10), nullptr));

    const QString second = f.add(Tables::evolution(), {{QStringLiteral("contract_id"), f.contract},
                                                       {QStringLiteral("motive"), QStringLiteral("better_offer")}});
    const QString scenario = f.add(Tables::scenario(), {{QStringLiteral("evolution_id"), second},
                                                        {QStringLiteral("amount_change_cents"), 8'000'000}});
    const Assessment a = ClauseCase::assess(f.store(), scenario);
    CHECK(a.changePct == Approx(18.0));
    CHECK_FALSE(a.withinCharter);
    CHECK_FALSE(a.allowed());
    // The first one, looked at again, is simulated as it stood before its decision.
    CHECK(ClauseCase::assess(f.store(), first).changePct == Approx(10.0));
}

TEST_CASE("A decision without checkpoint gets one in the contract's strategy", "[clause][decision]")
{
    ClauseFixture f;
    Edit::setValue(f.ctx(), Tables::evolution(), f.evolution, QStringLiteral("checkpoint_id"), QString());
    const QString chosen = f.scenario(QStringLiteral("Ouvrir à la Toussaint"), 0, 1);
    f.consentAll(chosen);
    f.signOff(chosen);
    const int checkpoints = f.store().rows(Entities::checkpoint()).size();
    REQUIRE(ClauseDecision::record(f.ctx(), chosen, QDate(2026, 12, 10), nullptr));
    CHECK(f.store().rows(Entities::checkpoint()).size() == checkpoints + 1);
    const QString checkpoint = f.value(Tables::evolution(), f.evolution, "checkpoint_id").toString();
    CHECK(f.value(Entities::checkpoint(), checkpoint, "strategy_id").toString() == f.strategy);
    CHECK(f.value(Entities::checkpoint(), checkpoint, "convene_jury").toInt() == 1);
}
