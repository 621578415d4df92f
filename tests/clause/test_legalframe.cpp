// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The clause's legal frame in the project: the migration of older files, the cascade removal of an
// activation, the buyer's sign-off, the consent loop's amended scenarios, R2194-9 across decisions,
// the draft avenant and the DECP publication deadline in the steering's alerts.
#include "clausefixture.h"

#include "clause/clausecase.h"
#include "clause/clausedecision.h"
#include "clause/clausedocuments.h"
#include "clause/clauseedits.h"
#include "core/lawtable.h"
#include "core/sqlite.h"
#include "core/steering.h"
#include "reports/reportwriter.h"

#include <catch2/catch.hpp>

using namespace Atelier;
using namespace Atelier::Clause;

namespace {

/// Everything that belongs to an activation: its scenarios, their targets, its seats, the stances.
struct Counts
{
    qsizetype scenarios, targets, seats, stances;
    bool operator==(const Counts &) const = default;
};

Counts counts(const Store &store)
{
    return {store.rows(Tables::scenario()).size(), store.rows(Tables::scenarioIndicator()).size(),
            store.rows(Tables::seat()).size(), store.rows(Tables::stance()).size()};
}

QString decide(ClauseFixture &f, const QString &scenario, const QDate &on = QDate(2026, 12, 10))
{
    f.consentAll(scenario);
    f.signOff(scenario);
    QString message;
    INFO(message.toStdString());
    REQUIRE(ClauseDecision::record(f.ctx(), scenario, on, &message));
    return f.value(Tables::scenario(), scenario, "evolution_id").toString();
}

} // namespace

TEST_CASE("A project file of the clause's first version opens and is migrated", "[clause][schema]")
{
    ClauseFixture current; // for its workspace's schema
    Workspace old;
    ModuleSchema first = current.panel.migrations();
    REQUIRE(first.latestVersion() == 2);
    first.steps = {first.steps.first()};
    old.schema = Schema({coreSchema(), first});
    QString doc;
    {
        auto project = old.create();
        auto &ctx = project->context();
        const QString contract = Edit::addRow(ctx, Entities::contract(),
                                              {{QStringLiteral("line_id"), QStringLiteral("none")},
                                               {QStringLiteral("holder"), QStringLiteral("Atelier Nord-Sud")},
                                               {QStringLiteral("amount_cents"), 130'000'000}});
        // A decision of the first version: its frame is known only from its legal basis.
        REQUIRE_FALSE(contract.isEmpty());
        const QString decided = Edit::addRow(ctx, Tables::evolution(),
                     {{QStringLiteral("contract_id"), contract},
                      {QStringLiteral("status"), QStringLiteral("decided")},
                      {QStringLiteral("amount_change_cents"), 30'000'000},
                      {QStringLiteral("legal_basis"),
                       QStringLiteral("Public procurement code, art. R2194-5 (unforeseeable circumstances)")}});
        REQUIRE_FALSE(decided.isEmpty());
        // One decided in French: “R. 2194-8” with a no-break space.
        REQUIRE_FALSE(Edit::addRow(ctx, Tables::evolution(),
                                   {{QStringLiteral("contract_id"), contract},
                                    {QStringLiteral("status"), QStringLiteral("decided")},
                                    {QStringLiteral("amount_change_cents"), 2'000'000},
                                    {QStringLiteral("legal_basis"),
                                     QStringLiteral("Code de la commande publique, art. R.\u00a02194-8 (modification "
                                                    "de faible montant)")}})
                          .isEmpty());
        REQUIRE_FALSE(Edit::addRow(ctx, Tables::scenario(), {{QStringLiteral("evolution_id"), decided},
                                                              {QStringLiteral("title"), QStringLiteral("Ancien")}})
                          .isEmpty());
        QString error;
        doc = old.path(QStringLiteral("clause-v1.atelier"));
        REQUIRE(project->saveAs(doc, &error));
    }
    auto project = current.ws.open(doc);
    const Store &store = project->context().store;
    REQUIRE(store.rows(Tables::evolution()).size() == 2);
    REQUIRE(store.rows(Tables::scenario()).size() == 1);
    const Row evolution = store.rows(Tables::evolution()).first();
    CHECK(evolution.value(QStringLiteral("frame")).toString().isEmpty());
    CHECK(evolution.value(QStringLiteral("decp_published_on")).toString().isEmpty());
    CHECK(ClauseCase::decidedFrame(evolution) == LegalFrame::UnforeseenCircumstances);
    const Row scenario = store.rows(Tables::scenario()).first();
    CHECK(scenario.value(QStringLiteral("replaces_holder")).toString() == QStringLiteral("unanswered"));
    CHECK(scenario.value(QStringLiteral("signoff_frame")).toString().isEmpty());
    CHECK(store.rows(Tables::contractFacts()).isEmpty());
    CHECK(ClauseCase::decidedFrame(store.rows(Tables::evolution()).last()) == LegalFrame::MinorChange);
    // R2194-9: the decision under R2194-5 is not counted for the small amount, the small one is.
    const ContractFacts facts = ClauseCase::contract(store, text(evolution, "contract_id"));
    CHECK(facts.initialCents == 98'000'000);
    CHECK(facts.decidedCountedCents == 2'000'000);
}

TEST_CASE("Removing an activation removes its scenarios, seats and stances, in one undo step", "[clause][edits]")
{
    ClauseFixture f;
    const QString indicator = f.add(Entities::indicator(), {{QStringLiteral("strategy_id"), f.strategy},
                                                           {QStringLiteral("name"), QStringLiteral("Gaspillage")}});
    const QString a = f.scenario(QStringLiteral("A"), 1'000'000, 0);
    const QString b = f.scenario(QStringLiteral("B"), 2'000'000, 1);
    f.add(Tables::scenarioIndicator(), {{QStringLiteral("scenario_id"), a}, {QStringLiteral("indicator_id"), indicator}});
    f.consentAll(a);
    f.consentAll(b);
    // Another activation of the contract, with one seat and one stance, stays whole.
    const QString other = f.add(Tables::evolution(), {{QStringLiteral("contract_id"), f.contract}});
    const QString otherSeat = f.add(Tables::seat(), {{QStringLiteral("evolution_id"), other}});
    const QString otherScenario = f.add(Tables::scenario(), {{QStringLiteral("evolution_id"), other}});
    f.add(Tables::stance(), {{QStringLiteral("scenario_id"), otherScenario}, {QStringLiteral("seat_id"), otherSeat}});
    const Counts before = counts(f.store());
    CHECK(before == Counts{3, 1, 6, 11});

    const int steps = f.project->undoStack().count();
    QString message;
    REQUIRE(ClauseEdits::removeActivations(f.ctx(), {f.evolution}, &message));
    CHECK(f.project->undoStack().count() == steps + 1);
    CHECK(f.store().row(Tables::evolution(), f.evolution).isEmpty());
    CHECK(counts(f.store()) == Counts{1, 0, 1, 1});
    for (const Row &s : f.store().rows(Tables::stance()))
        CHECK(text(s, "scenario_id") == otherScenario);
    f.project->undoStack().undo();
    CHECK(counts(f.store()) == before);
    CHECK_FALSE(f.store().row(Tables::evolution(), f.evolution).isEmpty());
    f.project->undoStack().redo();
    CHECK(counts(f.store()) == Counts{1, 0, 1, 1});
}

TEST_CASE("Removing a scenario or a seat takes its stances along; a decided activation stays", "[clause][edits]")
{
    ClauseFixture f;
    const QString a = f.scenario(QStringLiteral("A"), 1'000'000, 0);
    f.consentAll(a);
    REQUIRE(ClauseEdits::removeSeats(f.ctx(), {f.seats.first()}));
    CHECK(f.store().rows(Tables::stance()).size() == 4);
    REQUIRE(ClauseEdits::removeScenarios(f.ctx(), {a}));
    CHECK(f.store().rows(Tables::stance()).isEmpty());

    ClauseFixture g;
    decide(g, g.scenario(QStringLiteral("Décidé"), 1'000'000, 0));
    QString message;
    CHECK_FALSE(ClauseEdits::removeActivations(g.ctx(), {g.evolution}, &message));
    CHECK(message == QStringLiteral("A decided activation changed the contract: it cannot be removed (undo its "
                                    "decision instead)."));
    CHECK_FALSE(g.store().row(Tables::evolution(), g.evolution).isEmpty());
}

TEST_CASE("The buyer's legal sign-off is recorded apart from consent and required before the decision", "[clause][signoff]")
{
    ClauseFixture f;
    const QString fair = f.scenario(QStringLiteral("Ouvrir à la Toussaint"), 6'800'000, 2);
    f.consentAll(fair);
    CHECK(ClauseDecision::refusal(f.store(), fair) ==
          QStringLiteral("Consent reached; the buyer's legal sign-off is pending: the buyer guarantees the legal frame "
                         "and signs it off before the decision is recorded."));
    CHECK(ClauseDecision::signOffText(f.store(), fair) == QStringLiteral("Legal sign-off by the buyer: pending."));
    QString message;
    CHECK_FALSE(ClauseDecision::record(f.ctx(), fair, QDate(2026, 12, 10), &message));

    // Who, when, which basis.
    const QString buyer = ClauseDecision::buyerOf(f.store(), fair);
    CHECK(f.store().value(Entities::participant(), buyer, QStringLiteral("name")).toString() ==
          QStringLiteral("Player buyer"));
    const int steps = f.project->undoStack().count();
    REQUIRE(ClauseDecision::signOff(f.ctx(), fair, buyer, QDate(2026, 12, 9), &message));
    CHECK(f.project->undoStack().count() == steps + 1);
    CHECK(f.value(Tables::scenario(), fair, "signoff_participant_id").toString() == buyer);
    CHECK(f.value(Tables::scenario(), fair, "signoff_on").toString() == QStringLiteral("2026-12-09"));
    CHECK(f.value(Tables::scenario(), fair, "signoff_frame").toString() == QStringLiteral("review_clause"));
    CHECK(ClauseDecision::signOffText(f.store(), fair) ==
          QStringLiteral("Legal sign-off by the buyer: Player buyer, on 12/9/26, under Public procurement code, art. "
                         "R2194-1 (review clause: the evolutivity charter)."));
    CHECK(ClauseDecision::refusal(f.store(), fair).isEmpty());

    // The figures change within the same frame (+12 %, still within the charter): signed off again too.
    REQUIRE(Edit::setValue(f.ctx(), Tables::scenario(), fair, QStringLiteral("amount_change_cents"), 12'000'000));
    CHECK(ClauseDecision::refusal(f.store(), fair) ==
          QStringLiteral("The scenario changed since the buyer signed it off (its amount, its calendar or the answers "
                         "to the legal questions): the buyer signs it off again."));
    REQUIRE(Edit::setValue(f.ctx(), Tables::scenario(), fair, QStringLiteral("amount_change_cents"), 6'800'000));
    CHECK(ClauseDecision::refusal(f.store(), fair).isEmpty());
    REQUIRE(Edit::setValue(f.ctx(), Tables::scenario(), fair, QStringLiteral("replaces_holder"), QStringLiteral("no")));
    CHECK_FALSE(ClauseDecision::refusal(f.store(), fair).isEmpty());
    REQUIRE(Edit::setValue(f.ctx(), Tables::scenario(), fair, QStringLiteral("replaces_holder"),
                           QStringLiteral("unanswered")));

    // The scenario changes its frame (20 %: beyond the charter, unforeseeable): signed off again.
    REQUIRE(Edit::setValue(f.ctx(), Tables::scenario(), fair, QStringLiteral("amount_change_cents"), 20'000'000));
    CHECK(ClauseDecision::refusal(f.store(), fair) ==
          QStringLiteral("The scenario's legal frame changed since the buyer signed it off (review clause then, "
                         "unforeseeable, to be shown now): the buyer signs it off again."));
    REQUIRE(ClauseDecision::withdrawSignOff(f.ctx(), fair));
    CHECK(f.value(Tables::scenario(), fair, "signoff_frame").toString().isEmpty());

    // A frame the law does not allow cannot be signed off, nor can nobody sign.
    REQUIRE(Edit::setValue(f.ctx(), Tables::scenario(), fair, QStringLiteral("amount_change_cents"), 60'000'000));
    CHECK_FALSE(ClauseDecision::signOff(f.ctx(), fair, buyer, QDate(2026, 12, 9), &message));
    CHECK(message == QStringLiteral("The legal frame cannot be signed off: questions to answer."));
    REQUIRE(Edit::setValue(f.ctx(), Tables::scenario(), fair, QStringLiteral("amount_change_cents"), 6'800'000));
    CHECK_FALSE(ClauseDecision::signOff(f.ctx(), fair, QString(), QDate(2026, 12, 9), &message));
    CHECK(message == QStringLiteral("Say who signs off: the buyer's seat is played by nobody."));
}

TEST_CASE("R2194-7 answered in the project: the four questions decide, and are stored", "[clause][rules]")
{
    ClauseFixture f;
    REQUIRE(Edit::removeRows(f.ctx(), Clause::Tables::charter(), {f.charter}));
    REQUIRE(Edit::setValue(f.ctx(), Tables::evolution(), f.evolution, QStringLiteral("motive"),
                           QStringLiteral("needs_change")));
    const QString big = f.scenario(QStringLiteral("Plus de repas"), 30'000'000, 0);
    CHECK(ClauseCase::assess(f.store(), big).frame == LegalFrame::QuestionsPending);
    for (const char *column : {"attracts_other_bidders", "shifts_balance", "changes_object", "replaces_holder"})
        REQUIRE(Edit::setValue(f.ctx(), Tables::scenario(), big, QLatin1String(column), QStringLiteral("no")));
    CHECK(ClauseCase::assess(f.store(), big).frame == LegalFrame::NonSubstantial);
    REQUIRE(Edit::setValue(f.ctx(), Tables::scenario(), big, QStringLiteral("changes_object"), QStringLiteral("yes")));
    CHECK(ClauseCase::assess(f.store(), big).frame == LegalFrame::NewProcedureNeeded);
    // R2194-2 instead: necessary services, a change of holder impossible, 30 % ≤ 50 %.
    REQUIRE(Edit::setValues(f.ctx(), Tables::scenario(),
                            {{big, QStringLiteral("services_necessary"), QStringLiteral("yes")},
                             {big, QStringLiteral("holder_change_impossible"), QStringLiteral("yes")}},
                            QStringLiteral("answer")));
    CHECK(ClauseCase::assess(f.store(), big).frame == LegalFrame::SupplementaryServices);
}

TEST_CASE("R2194-9 across decisions: the small ones are added up, one under R2194-5 or R2194-1 is not", "[clause][rules]")
{
    ClauseFixture f;
    REQUIRE(Edit::removeRows(f.ctx(), Clause::Tables::charter(), {f.charter}));
    REQUIRE(Edit::setValue(f.ctx(), Entities::contract(), f.contract, QStringLiteral("notification_date"),
                           QStringLiteral("2026-02-16")));
    // 30 % for technical difficulties: R2194-5.
    const QString first = f.scenario(QStringLiteral("Dépollution"), 30'000'000, 0);
    decide(f, first);
    CHECK(f.value(Tables::evolution(), f.evolution, "frame").toString() == QStringLiteral("unforeseen_circumstances"));
    // Then 9 % (90 000 €) for a change of needs: of small amount, the 30 % not counted.
    const QString second = f.add(Tables::evolution(), {{QStringLiteral("contract_id"), f.contract},
                                                       {QStringLiteral("motive"), QStringLiteral("needs_change")}});
    const QString nine = f.add(Tables::scenario(), {{QStringLiteral("evolution_id"), second},
                                                    {QStringLiteral("amount_change_cents"), 9'000'000}});
    const Assessment a = ClauseCase::assess(f.store(), nine);
    CHECK(a.frame == LegalFrame::MinorChange);
    CHECK(a.changePct == Approx(39.0));
    // Two small ones are added up: 6 % decided under R2194-8, then 4 % more makes 10 %.
    ClauseFixture g;
    REQUIRE(Edit::removeRows(g.ctx(), Clause::Tables::charter(), {g.charter}));
    REQUIRE(Edit::setValue(g.ctx(), Entities::contract(), g.contract, QStringLiteral("notification_date"),
                           QStringLiteral("2026-02-16")));
    REQUIRE(Edit::setValue(g.ctx(), Tables::evolution(), g.evolution, QStringLiteral("motive"),
                           QStringLiteral("needs_change")));
    decide(g, g.scenario(QStringLiteral("Petite"), 6'000'000, 0));
    CHECK(g.value(Tables::evolution(), g.evolution, "frame").toString() == QStringLiteral("minor_change"));
    const QString next = g.add(Tables::evolution(), {{QStringLiteral("contract_id"), g.contract},
                                                     {QStringLiteral("motive"), QStringLiteral("needs_change")}});
    const QString three = g.add(Tables::scenario(), {{QStringLiteral("evolution_id"), next},
                                                     {QStringLiteral("amount_change_cents"), 3'999'999}});
    const QString four = g.add(Tables::scenario(), {{QStringLiteral("evolution_id"), next},
                                                    {QStringLiteral("amount_change_cents"), 4'000'000}});
    CHECK(ClauseCase::assess(g.store(), three).frame == LegalFrame::MinorChange);
    CHECK(ClauseCase::assess(g.store(), four).frame == LegalFrame::QuestionsPending);
    CHECK(ClauseCase::contract(g.store(), g.contract).decidedCountedCents == 6'000'000);

    // A modification decided under the charter (R2194-1) is not one of the small ones.
    ClauseFixture h;
    decide(h, h.scenario(QStringLiteral("Dans la charte"), 12'000'000, 0));
    CHECK(h.value(Tables::evolution(), h.evolution, "frame").toString() == QStringLiteral("review_clause"));
    CHECK(ClauseCase::contract(h.store(), h.contract).decidedCountedCents == 0);
    CHECK(ClauseCase::contract(h.store(), h.contract).initialCents == 100'000'000);
}

TEST_CASE("The consent loop: an objection integrated into an amended scenario, and a new round on it", "[clause][consent]")
{
    ClauseFixture f;
    const QString indicator = f.add(Entities::indicator(), {{QStringLiteral("strategy_id"), f.strategy},
                                                           {QStringLiteral("name"), QStringLiteral("Gaspillage")}});
    const QString first = f.scenario(QStringLiteral("Ouvrir à la Toussaint"), 6'800'000, 2);
    f.add(Tables::scenarioIndicator(), {{QStringLiteral("scenario_id"), first},
                                        {QStringLiteral("indicator_id"), indicator},
                                        {QStringLiteral("new_target"), 95.0}});
    f.signOff(first);
    for (int i = 0; i < 4; ++i)
        f.add(Tables::stance(), {{QStringLiteral("scenario_id"), first},
                                 {QStringLiteral("seat_id"), f.seats.at(i)},
                                 {QStringLiteral("stance"), QStringLiteral("consent")}});
    const QString objection = f.add(Tables::stance(), {{QStringLiteral("scenario_id"), first},
                                                       {QStringLiteral("seat_id"), f.seats.last()},
                                                       {QStringLiteral("stance"), QStringLiteral("objection")},
                                                       {QStringLiteral("objection"), QStringLiteral("Informer les familles")}});
    CHECK_FALSE(ClauseCase::consent(f.store(), first).reached());

    const int steps = f.project->undoStack().count();
    const QString amended = ClauseEdits::amendForObjection(f.ctx(), objection);
    REQUIRE_FALSE(amended.isEmpty());
    CHECK(f.project->undoStack().count() == steps + 1);
    CHECK(f.value(Tables::scenario(), amended, "title").toString() == QStringLiteral("Ouvrir à la Toussaint (amended)"));
    CHECK(f.value(Tables::scenario(), amended, "amends_scenario_id").toString() == first);
    CHECK(f.value(Tables::scenario(), amended, "answers_stance_id").toString() == objection);
    CHECK(f.value(Tables::scenario(), amended, "answers_objection").toString() ==
          QStringLiteral("the citizen jury: Informer les familles"));
    CHECK(f.value(Tables::scenario(), amended, "amount_change_cents").toLongLong() == 6'800'000);
    CHECK(f.value(Tables::scenario(), amended, "evolution_id").toString() == f.evolution);
    // Its indicators come along; its round and its sign-off start anew.
    const QList<Row> targets =
        ClauseCase::rowsWhere(f.store(), Tables::scenarioIndicator(), QStringLiteral("scenario_id"), amended);
    REQUIRE(targets.size() == 1);
    CHECK(targets.first().value(QStringLiteral("new_target")).toDouble() == 95.0);
    CHECK(ClauseCase::stances(f.store(), amended).isEmpty());
    CHECK(f.value(Tables::scenario(), amended, "signoff_frame").toString().isEmpty());
    CHECK(ClauseCase::consent(f.store(), amended).pending.size() == 5);
    // A consent is not an objection to answer.
    CHECK(ClauseEdits::amendForObjection(f.ctx(), ClauseCase::rowsWhere(f.store(), Tables::stance(),
                                                                        QStringLiteral("seat_id"), f.seats.first())
                                                      .first()
                                                      .value(QStringLiteral("id"))
                                                      .toString())
              .isEmpty());
    // The new round: nobody objects any more; the amended scenario is decided.
    decide(f, amended);
    CHECK(f.value(Tables::evolution(), f.evolution, "chosen_scenario_id").toString() == amended);
}

TEST_CASE("A decided modification makes a draft avenant, from the panel's documents too", "[clause][avenant]")
{
    ClauseFixture f;
    REQUIRE(Edit::setValue(f.ctx(), Entities::project(), f.store().projectId(), QStringLiteral("administration"),
                           QStringLiteral("Ville de Montreuil")));
    const QString first = f.scenario(QStringLiteral("Ouvrir à la Toussaint"), 6'800'000, 2);
    f.add(Tables::stance(), {{QStringLiteral("scenario_id"), first},
                             {QStringLiteral("seat_id"), f.seats.last()},
                             {QStringLiteral("stance"), QStringLiteral("objection")},
                             {QStringLiteral("objection"), QStringLiteral("Informer les familles")}});
    const QString amended = ClauseEdits::amendForObjection(
        f.ctx(), f.store().rows(Tables::stance()).last().value(QStringLiteral("id")).toString());
    QString error;
    CHECK_FALSE(ClauseDocuments::avenant(f.ctx(), f.evolution, &error));
    CHECK(error == QStringLiteral("Only a decided modification makes a draft avenant."));
    decide(f, amended);

    const auto doc = ClauseDocuments::avenant(f.ctx(), f.evolution, &error);
    REQUIRE(doc);
    const QString text = doc->plainText();
    INFO(text.toStdString());
    for (const char *expected :
         {"Draft avenant no. 1 to the contract", "Ville de Montreuil", "Atelier Nord-Sud", "€1,000,000.00",
          "€1,068,000.00", "€68,000.00 (+6.8 % of the initial amount)", "30 month(s)", "32 month(s)", "Ouvrir à la Toussaint (amended)",
          "R2194-1", "the citizen jury: Informer les familles", "Player jury", "consents",
          "Legal sign-off by the buyer: Player buyer, on 12/9/26", "2/10/27 (R2196-1)", "For the holder"}) {
        INFO(expected);
        CHECK(text.contains(QString::fromUtf8(expected)));
    }
    // Through the panel's documents, as `atelier export avenant` does.
    const QList<PanelDocument> documents = f.panel.documents();
    REQUIRE(documents.size() == 1);
    CHECK(documents.first().kind == QStringLiteral("avenant"));
    CHECK(documents.first().options.first().names(f.ctx()) ==
          QStringList{QStringLiteral("Atelier Nord-Sud — Cuisine centrale")});
    CHECK(documents.first().options.last().names(f.ctx()) == QStringList{QStringLiteral("1")});
    auto written = documents.first().write(f.ctx(), {{QStringLiteral("contract"), QStringLiteral("nord-sud")}}, &error);
    REQUIRE(written);
    CHECK(written->plainText().contains(QStringLiteral("Draft avenant no. 1")));
    CHECK_FALSE(documents.first().write(f.ctx(), {{QStringLiteral("contract"), QStringLiteral("Inox")}}, &error));
    CHECK(error == QStringLiteral("No contract with a decided modification matches “Inox”."));
    CHECK_FALSE(documents.first().write(
        f.ctx(), {{QStringLiteral("contract"), QStringLiteral("Nord")}, {QStringLiteral("number"), QStringLiteral("2")}},
        &error));
    CHECK(error == QStringLiteral("The contract has 1 decided modification(s): give a number from 1."));
}

TEST_CASE("Each decided modification's DECP publication deadline is in the steering's alerts", "[clause][decp]")
{
    ClauseFixture f;
    decide(f, f.scenario(QStringLiteral("Ouvrir à la Toussaint"), 6'800'000, 2), QDate(2026, 12, 10));
    const LawTable law = LawTable::load(QString(), nullptr);
    const auto decpAlerts = [&](const QDate &today) {
        QStringList out;
        for (const Steering::Alert &a : Steering::load(f.store()).alerts(today, &law))
            if (a.kind == Steering::Alert::DecpPublication)
                out << a.text;
        return out;
    };
    // Two months from the decision, 10 December 2026: 10 February 2027, the last day.
    CHECK(decpAlerts(QDate(2027, 2, 10)) ==
          QStringList{QStringLiteral("Essential data: publish modification no. 1 of “Atelier Nord-Sud — Cuisine "
                                     "centrale” by 2/10/27 (R2196-1), counted from its decision until the avenant's "
                                     "notification date is entered")});
    CHECK(decpAlerts(QDate(2027, 2, 11)) ==
          QStringList{QStringLiteral("Late: the essential data of modification no. 1 of “Atelier Nord-Sud — Cuisine "
                                     "centrale” were to be published by 2/10/27 (R2196-1), counted from its decision "
                                     "until the avenant's notification date is entered")});
    // Notified on 31 December: the period ends on the last day of February.
    REQUIRE(Edit::setValue(f.ctx(), Tables::evolution(), f.evolution, QStringLiteral("notified_on"),
                           QStringLiteral("2026-12-31")));
    CHECK(decpAlerts(QDate(2027, 2, 28)) ==
          QStringList{QStringLiteral("Essential data: publish modification no. 1 of “Atelier Nord-Sud — Cuisine "
                                     "centrale” by 2/28/27 (R2196-1)")});
    CHECK(Steering::publicationDeadline(law, QDate(2026, 12, 31)) == QDate(2027, 2, 28));
    CHECK(Steering::publicationDeadline(law, QDate(2027, 12, 31)) == QDate(2028, 2, 29));
    // Published: no alert any more.
    REQUIRE(Edit::setValue(f.ctx(), Tables::evolution(), f.evolution, QStringLiteral("decp_published_on"),
                           QStringLiteral("2027-01-15")));
    CHECK(decpAlerts(QDate(2027, 3, 1)).isEmpty());

    // From 40 000 € HT for contracts notified since 1 January 2024 (R2196-1).
    Steering::Modification m;
    m.contractNotifiedOn = QDate(2024, 1, 1);
    m.initialCents = 3'999'999;
    CHECK_FALSE(Steering::mustPublish(law, m));
    m.initialCents = 4'000'000;
    CHECK(Steering::mustPublish(law, m));
    m.initialCents = 1'000'00;
    m.contractNotifiedOn = QDate(2023, 12, 31); // the table has no threshold then: published, to be safe
    CHECK(Steering::mustPublish(law, m));
}

TEST_CASE("Every field of the clause's tables is a column of its schema", "[clause][schema]")
{
    ClausePanel panel;
    Sql::Connection db = Sql::Connection::openMemory();
    Schema({coreSchema(), panel.migrations()}).migrate(db);
    for (const TableInfo *table : panel.tables())
        for (const FieldInfo &field : table->fields) {
            INFO(table->name << "." << field.column);
            CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info('%1') WHERE name = '%2'")
                                .arg(table->table(), QString::fromLatin1(field.column)))
                      .toInt() == 1);
        }
}
