// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelerfixture.h"

#include "modeler/facilitatortimer.h"
#include "modeler/workshop.h"

using namespace Atelier;
using namespace Atelier::Modeler;

namespace {
QString roleNamed(ModelerFixture &f, const QString &name)
{
    for (const Row &r : f.ctx().store.rows(Tables::role()))
        if (r.value(QStringLiteral("name")).toString() == name)
            return r.value(QStringLiteral("id")).toString();
    FAIL("no role " << name.toStdString());
    return {};
}

QStringList texts(const QList<Row> &elements)
{
    QStringList result;
    for (const Row &e : elements)
        result << e.value(QStringLiteral("text")).toString();
    return result;
}
} // namespace

TEST_CASE("The seed's roles and the usual impacts come as one undo step each", "[workshop]")
{
    ModelerFixture f;
    Workshop::addDefaultRoles(f.ctx());
    CHECK(f.ctx().store.count(QStringLiteral("role")) == 8);
    roleNamed(f, QStringLiteral("the technician"));
    roleNamed(f, QStringLiteral("the user"));
    roleNamed(f, QStringLiteral("the shopkeeper"));
    CHECK(f.undo().undoText() == QStringLiteral("Add the default roles"));
    Workshop::addDefaultCriteria(f.ctx());
    CHECK(f.ctx().store.count(QStringLiteral("criterion")) == 6);
    f.undo().undo();
    f.undo().undo();
    CHECK(f.ctx().store.count(QStringLiteral("role")) == 0);
}

TEST_CASE("Proposal, two rounds of amendments, decisions, a fork: the history is kept", "[workshop]")
{
    ModelerFixture f;
    auto &ctx = f.ctx();
    Workshop::addDefaultRoles(ctx);
    const QString proposal = Workshop::createProposal(
        ctx, QStringLiteral("Proposition initiale"),
        {{QStringLiteral("object"), QStringLiteral("Reconstruire la cuisine centrale")},
         {QStringLiteral("need"), QStringLiteral("3 500 repas par jour")},
         {QStringLiteral("mode"), QStringLiteral("purchase")}});
    REQUIRE_FALSE(proposal.isEmpty());
    CHECK(Workshop::currentElements(ctx, proposal).size() == 3);

    // Round 1: the user adds a need (accepted), the shopkeeper changes the object (rejected).
    const QString add = Workshop::proposeAmendment(
        ctx, proposal, 1, roleNamed(f, QStringLiteral("the user")), QStringLiteral("add"), {},
        {QStringLiteral("need"), QStringLiteral("Des repas moins gaspillés")},
        QStringLiteral("Les restes pèsent 4 tonnes par mois"));
    const QString object =
        Workshop::currentElements(ctx, proposal).first().value(QStringLiteral("id")).toString();
    const QString change = Workshop::proposeAmendment(
        ctx, proposal, 1, roleNamed(f, QStringLiteral("the shopkeeper")), QStringLiteral("change"), object,
        {{}, QStringLiteral("Acheter des repas livrés")}, QStringLiteral("Moins cher"));
    REQUIRE(Workshop::decide(ctx, add, true));
    CHECK(f.undo().undoText() == QStringLiteral("Accept amendment"));
    REQUIRE(Workshop::decide(ctx, change, false));
    CHECK_FALSE(Workshop::decide(ctx, change, true)); // already decided
    CHECK(texts(Workshop::currentElements(ctx, proposal))
              .contains(QStringLiteral("Des repas moins gaspillés")));
    CHECK(texts(Workshop::currentElements(ctx, proposal))
              .contains(QStringLiteral("Reconstruire la cuisine centrale")));

    // Round 2: the technician changes the object (accepted, the old text kept) and removes the mode.
    const QString rewrite = Workshop::proposeAmendment(
        ctx, proposal, 2, roleNamed(f, QStringLiteral("the technician")), QStringLiteral("change"), object,
        {{}, QStringLiteral("Reconstruire la cuisine centrale avec une légumerie")},
        QStringLiteral("Légumes bruts"));
    REQUIRE(Workshop::decide(ctx, rewrite, true));
    CHECK(ctx.store.value(Tables::amendment(), rewrite, QStringLiteral("previous_text")).toString() ==
          QStringLiteral("Reconstruire la cuisine centrale"));
    CHECK(Workshop::lastRound(ctx, proposal) == 2);

    // Fork the accepted state, then keep amending the original: the fork does not move.
    const QString variant = Workshop::fork(ctx, proposal, 2, QStringLiteral("Variante régie"));
    CHECK(ctx.store.value(Tables::scenario(), variant, QStringLiteral("forked_from")).toString() == proposal);
    CHECK(texts(Workshop::currentElements(ctx, variant)) == texts(Workshop::currentElements(ctx, proposal)));
    const QString mode =
        Workshop::currentElements(ctx, proposal).last().value(QStringLiteral("id")).toString();
    const QString removal =
        Workshop::proposeAmendment(ctx, proposal, 2, roleNamed(f, QStringLiteral("the buyer")),
                                   QStringLiteral("remove"), mode, {}, QStringLiteral("À voir"));
    REQUIRE(Workshop::decide(ctx, removal, true));
    CHECK(Workshop::currentElements(ctx, proposal).size() == 3);
    CHECK(Workshop::currentElements(ctx, variant).size() == 4);

    // An amendment that names an element of another scenario is refused, not applied there.
    const QString foreign = Workshop::proposeAmendment(ctx, variant, 3, {}, QStringLiteral("remove"), object,
                                                       {}, QStringLiteral("Mauvais scénario"));
    CHECK_FALSE(Workshop::decide(ctx, foreign, true));
    CHECK(ctx.store.value(Tables::element(), object, QStringLiteral("removed")).toInt() == 0);

    // Undo back to the start: nothing left.
    while (f.undo().canUndo())
        f.undo().undo();
    CHECK(ctx.store.count(QStringLiteral("scenario")) == 0);
    CHECK(ctx.store.count(QStringLiteral("amendment")) == 0);
    CHECK(ctx.store.count(QStringLiteral("element")) == 0);
}

TEST_CASE("Ranking by weighted impact then risk; ties and missing scores are shown", "[workshop][ranking]")
{
    ModelerFixture f;
    auto &ctx = f.ctx();
    const QString a = Workshop::createProposal(ctx, QStringLiteral("A"), {});
    const QString b = Workshop::createProposal(ctx, QStringLiteral("B"), {});
    const QString c = Workshop::createProposal(ctx, QStringLiteral("C"), {});
    const QString env = Edit::addRow(
        ctx, Tables::criterion(),
        {{QStringLiteral("name"), QStringLiteral("environnement")}, {QStringLiteral("weight"), 3}});
    const QString cost = Edit::addRow(
        ctx, Tables::criterion(),
        {{QStringLiteral("name"), QStringLiteral("coût global")}, {QStringLiteral("weight"), 1}});
    for (const QString &s : {a, b}) {
        REQUIRE(Workshop::setScore(ctx, s, env, 4));
        REQUIRE(Workshop::setScore(ctx, s, cost, 2));
    }
    REQUIRE(Workshop::setScore(ctx, c, env, 5)); // cost not scored: C misses one score
    REQUIRE(Workshop::setScore(ctx, a, env, 4)); // same value again: nothing recorded
    Edit::addRow(ctx, Tables::risk(),
                 {{QStringLiteral("scenario_id"), b},
                  {QStringLiteral("title"), QStringLiteral("Retard de chantier")},
                  {QStringLiteral("likelihood"), 3},
                  {QStringLiteral("severity"), 4}});
    const QList<Workshop::Ranking> ranking = Workshop::rank(ctx);
    REQUIRE(ranking.size() == 3);
    CHECK(ranking[0].title == QStringLiteral("C"));
    CHECK(ranking[0].impact == Approx(100.0 * 15 / 20));
    CHECK(ranking[0].missingScores == 1);
    CHECK(ranking[1].title == QStringLiteral("A")); // same impact as B, lower risk
    CHECK(ranking[1].impact == Approx(70.0));
    CHECK(ranking[2].title == QStringLiteral("B"));
    CHECK(ranking[2].risk == Approx(12.0));
    CHECK_FALSE(ranking[1].tied);

    Edit::addRow(ctx, Tables::risk(),
                 {{QStringLiteral("scenario_id"), a},
                  {QStringLiteral("title"), QStringLiteral("Pareil")},
                  {QStringLiteral("likelihood"), 4},
                  {QStringLiteral("severity"), 3}});
    const QList<Workshop::Ranking> tied = Workshop::rank(ctx);
    CHECK(tied[1].tied);
    CHECK(tied[2].tied);
    CHECK(tied[1].rank == tied[2].rank);
}

TEST_CASE("A scenario becomes a strategy with a line per investment mode", "[workshop][strategy]")
{
    ModelerFixture f;
    auto &ctx = f.ctx();
    const QString s =
        Workshop::createProposal(ctx, QStringLiteral("Scénario mixte"),
                                 {{QStringLiteral("object"), QStringLiteral("Cuisine centrale")},
                                  {QStringLiteral("impact"), QStringLiteral("50 % de produits durables")},
                                  {QStringLiteral("mode"), QStringLiteral("purchase")},
                                  {QStringLiteral("mode"), QStringLiteral("public_commons")}});
    const QString strategy = Workshop::translateToStrategy(ctx, s);
    REQUIRE_FALSE(strategy.isEmpty());
    CHECK(f.undo().undoText() == QStringLiteral("Translate scenario into a strategy"));
    CHECK(ctx.store.value(Entities::strategy(), strategy, QStringLiteral("title")).toString() ==
          QStringLiteral("Scénario mixte"));
    QStringList modes;
    for (const Row &line : ctx.store.rows(Entities::investmentLine())) {
        CHECK(line.value(QStringLiteral("strategy_id")).toString() == strategy);
        CHECK(line.value(QStringLiteral("impacts")).toString() ==
              QStringLiteral("50 % de produits durables"));
        modes << line.value(QStringLiteral("mode")).toString();
    }
    CHECK(modes == QStringList{QStringLiteral("purchase"), QStringLiteral("public_commons")});
    f.undo().undo();
    CHECK(ctx.store.count(QStringLiteral("strategy")) == 0);
    CHECK(ctx.store.count(QStringLiteral("investment_line")) == 0);
}

TEST_CASE("The facilitator's timer counts down, pauses, takes one more minute, signals the end", "[timer]")
{
    FacilitatorTimer timer;
    QSignalSpy finished(&timer, &FacilitatorTimer::finished);
    timer.start(1);
    CHECK(timer.text() == QStringLiteral("00:01"));
    timer.pause();
    QTest::qWait(300);
    CHECK(timer.remaining() == 1);
    timer.resume();
    REQUIRE(finished.wait(3000));
    CHECK(timer.remaining() == 0);
    timer.addMinute();
    CHECK(timer.isRunning());
    CHECK(timer.text() == QStringLiteral("01:00"));
}
