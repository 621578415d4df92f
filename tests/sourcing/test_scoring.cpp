// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every scoring rule at its boundaries; expected points worked out by hand in the comments.
#include "sourcing/scoring.h"

#include <catch2/catch.hpp>

using namespace Atelier::Sourcing;
using State = QuestionScore::State;

namespace {

GridQuestion number(double ideal, double threshold, bool higher, int weight = 10)
{
    GridQuestion q;
    q.id = QStringLiteral("n");
    q.type = AnswerType::Number;
    q.ideal = ideal;
    q.threshold = threshold;
    q.higherIsBetter = higher;
    q.weight = weight;
    return q;
}

QuestionScore scored(const GridQuestion &q, const QString &text, int hand = -1)
{
    const GridAnswer a{q.id, text, hand};
    return Scoring::score(q, &a);
}

} // namespace

TEST_CASE("Numbers: full points at the ideal and beyond, none at the threshold and beyond", "[scoring]")
{
    // Local share of vegetables, higher is better: 0 points at 20 %, all 10 at 60 %.
    const GridQuestion local = number(60, 20, true);
    CHECK(scored(local, QStringLiteral("60")).points == Approx(10));
    CHECK(scored(local, QStringLiteral("75")).points == Approx(10));  // beyond the ideal: still 10
    CHECK(scored(local, QStringLiteral("20")).points == Approx(0));
    CHECK(scored(local, QStringLiteral("5")).points == Approx(0));    // below the threshold: 0, never negative
    CHECK(scored(local, QStringLiteral("30")).points == Approx(2.5)); // (30 − 20) / (60 − 20) × 10
    CHECK(scored(local, QStringLiteral("59.6")).points == Approx(9.9));

    // Kilometres travelled, lower is better: all 10 at 50 km or less, 0 at 250 km or more.
    const GridQuestion km = number(50, 250, false);
    CHECK(scored(km, QStringLiteral("50")).points == Approx(10));
    CHECK(scored(km, QStringLiteral("10")).points == Approx(10));
    CHECK(scored(km, QStringLiteral("250")).points == Approx(0));
    CHECK(scored(km, QStringLiteral("400")).points == Approx(0));
    CHECK(scored(km, QStringLiteral("200")).points == Approx(2.5)); // (250 − 200) / (250 − 50) × 10

    // A rule whose ideal is on the wrong side of its threshold scores nothing and says why.
    const QuestionScore wrong = scored(number(20, 60, true), QStringLiteral("40"));
    CHECK(wrong.state == State::Unscorable);
    CHECK(wrong.problem.contains(QStringLiteral("above")));
    CHECK(scored(number(50, 50, false), QStringLiteral("50")).state == State::Unscorable); // no span at all
    CHECK(scored(local, QStringLiteral("12 kg")).state == State::Unscorable);
    CHECK(scored(local, QStringLiteral("inf")).state == State::Unscorable);
}

TEST_CASE("Yes or no: the good answer earns the weight", "[scoring]")
{
    GridQuestion q;
    q.id = QStringLiteral("y");
    q.type = AnswerType::YesNo;
    q.weight = 6;
    CHECK(scored(q, QStringLiteral("yes")).points == Approx(6));
    CHECK(scored(q, QStringLiteral("no")).points == Approx(0));
    q.yesIsGood = false; // "Do you use disposable trays?"
    CHECK(scored(q, QStringLiteral("yes")).points == Approx(0));
    CHECK(scored(q, QStringLiteral("no")).points == Approx(6));
    CHECK(scored(q, QStringLiteral("maybe")).state == State::Unscorable);
}

TEST_CASE("Choices: points relative to the best choice", "[scoring]")
{
    GridQuestion q;
    q.id = QStringLiteral("c");
    q.type = AnswerType::Choice;
    q.weight = 12;
    q.choices = {{QStringLiteral("a"), QStringLiteral("Aucun"), 0},
                 {QStringLiteral("b"), QStringLiteral("Partiel"), 2},
                 {QStringLiteral("c"), QStringLiteral("Complet"), 4}};
    CHECK(scored(q, QStringLiteral("c")).points == Approx(12));
    CHECK(scored(q, QStringLiteral("b")).points == Approx(6)); // 2 / 4 × 12
    CHECK(scored(q, QStringLiteral("a")).points == Approx(0));
    CHECK(scored(q, QStringLiteral("z")).state == State::Unscorable);
    for (GridChoice &c : q.choices)
        c.points = 0;
    CHECK(scored(q, QStringLiteral("c")).state == State::Unscorable); // no choice earns anything
}

TEST_CASE("Free text waits for a hand score on its scale", "[scoring]")
{
    GridQuestion q;
    q.id = QStringLiteral("t");
    q.type = AnswerType::Text;
    q.weight = 8;
    q.scaleMax = 4;
    CHECK(scored(q, QStringLiteral("Nous travaillons avec…")).state == State::AwaitingHandScore);
    CHECK(scored(q, QStringLiteral("Nous travaillons avec…"), 0).points == Approx(0));
    CHECK(scored(q, QStringLiteral("Nous travaillons avec…"), 3).points == Approx(6)); // 3 / 4 × 8
    CHECK(scored(q, QStringLiteral("Nous travaillons avec…"), 4).points == Approx(8));
    CHECK(scored(q, QStringLiteral("Nous travaillons avec…"), 5).state == State::Unscorable);
    CHECK(Scoring::score(q, nullptr).state == State::Missing);
    CHECK(scored(q, QStringLiteral("   ")).state == State::Missing);
}

TEST_CASE("Bidders compared: weighted totals, impacts, missing answers, ties kept", "[scoring]")
{
    GridQuestion km = number(50, 250, false, 10);
    km.id = QStringLiteral("km");
    km.impact = QStringLiteral("environnement");
    GridQuestion jobs = number(10, 0, true, 20);
    jobs.id = QStringLiteral("jobs");
    jobs.impact = QStringLiteral("emploi local");
    GridQuestion label;
    label.id = QStringLiteral("label");
    label.type = AnswerType::YesNo;
    label.weight = 5;
    label.required = false;
    label.impact = QStringLiteral("environnement");
    const QList<GridQuestion> grid{km, jobs, label};
    CHECK(Scoring::maximum(grid) == 35);
    CHECK(Scoring::maximumByImpact(grid).value(QStringLiteral("environnement")) == Approx(15));

    // A: 150 km → 5; 5 jobs → 10; yes → 5: 20. B: 50 km → 10; 5 jobs → 10; no answer to the label: 20.
    // C: 250 km → 0; no answer on jobs (required): 0.
    const QList<BidderAnswers> bidders{
        {QStringLiteral("a"), QStringLiteral("Alpha"),
         {{QStringLiteral("km"), QStringLiteral("150"), -1}, {QStringLiteral("jobs"), QStringLiteral("5"), -1},
          {QStringLiteral("label"), QStringLiteral("yes"), -1}}},
        {QStringLiteral("b"), QStringLiteral("Bêta"),
         {{QStringLiteral("km"), QStringLiteral("50"), -1}, {QStringLiteral("jobs"), QStringLiteral("5"), -1}}},
        {QStringLiteral("c"), QStringLiteral("Gamma"), {{QStringLiteral("km"), QStringLiteral("250"), -1}}}};
    const QList<BidderScore> ranked = Scoring::compare(grid, bidders);
    REQUIRE(ranked.size() == 3);
    CHECK(ranked[0].total == Approx(20));
    CHECK(ranked[1].total == Approx(20));
    CHECK(ranked[0].rank == 1);
    CHECK(ranked[1].rank == 1);
    CHECK(ranked[0].tied);
    CHECK(ranked[1].tied);
    CHECK(ranked[2].name == QStringLiteral("Gamma"));
    CHECK(ranked[2].rank == 3); // two ahead of it
    CHECK_FALSE(ranked[2].tied);
    CHECK(ranked[2].missing == 2);
    CHECK(ranked[2].missingRequired == 1); // jobs is required, the label is not
    const BidderScore &alpha = ranked[0].name == QStringLiteral("Alpha") ? ranked[0] : ranked[1];
    CHECK(alpha.byImpact.value(QStringLiteral("environnement")) == Approx(10)); // 5 + 5
    CHECK(alpha.byImpact.value(QStringLiteral("emploi local")) == Approx(10));
}
