// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "clause/clauserules.h"

#include <catch2/catch.hpp>

using namespace Atelier::Clause;

namespace {

ContractFacts services(qint64 initial, qint64 current = -1)
{
    return {initial, current < 0 ? initial : current, QStringLiteral("services"), 0};
}

const CharterLimits kCharter{true, 15, 5, 6};
const CharterLimits kNoCharter{};

} // namespace

TEST_CASE("A scenario within the charter is a review clause whatever its amount", "[clause][rules]")
{
    const Assessment a = Rules::assess(services(100'000'000), kCharter, {12'000'000, 3}, false);
    CHECK(a.withinCharter);
    CHECK(a.frame == LegalFrame::ReviewClause);
    CHECK(a.allowed());
    CHECK(a.newAmountCents == 112'000'000);
    CHECK(a.changePct == Approx(12.0));
    CHECK(Rules::legalBasis(a.frame).contains(QStringLiteral("R2194-1")));
}

TEST_CASE("The charter's limits count from notification, with what was already decided", "[clause][rules]")
{
    // 10 % already decided, 8 % more: 18 % in all, beyond the ceiling of 15 %.
    ContractFacts facts = services(100'000'000, 110'000'000);
    facts.decidedDelayMonths = 4;
    Assessment a = Rules::assess(facts, kCharter, {8'000'000, 0}, false);
    CHECK_FALSE(a.withinCharter);
    CHECK(a.changePct == Approx(18.0));
    CHECK(a.frame == LegalFrame::NewProcedureNeeded);
    CHECK_FALSE(a.allowed());
    // The calendar: 4 months decided, 3 more is beyond 6.
    a = Rules::assess(facts, kCharter, {0, 3}, false);
    CHECK(a.totalDelayMonths == 7);
    CHECK_FALSE(a.withinCharter);
    // Back to 10 %: within again (a decrease of the change).
    a = Rules::assess(facts, kCharter, {-2'000'000, 1}, false);
    CHECK(a.withinCharter);
}

TEST_CASE("The charter's floor protects the company", "[clause][rules]")
{
    const Assessment a = Rules::assess(services(100'000'000), kCharter, {-6'000'000, 0}, false);
    CHECK_FALSE(a.withinCharter);
    // 6 % less is still a modification of small amount.
    CHECK(a.frame == LegalFrame::MinorChange);
    bool floorSaid = false;
    for (const Check &check : a.checks)
        floorSaid = floorSaid || (check.level == Check::Fail && check.text.contains(QStringLiteral("floor")));
    CHECK(floorSaid);
}

TEST_CASE("Without a charter, small modifications stay possible under 10 % and the threshold", "[clause][rules]")
{
    // 9 % of 1 000 000 € = 90 000 €: under 10 % and under 216 000 €.
    CHECK(Rules::assess(services(100'000'000), kNoCharter, {9'000'000, 0}, false).frame == LegalFrame::MinorChange);
    // 11 %: no longer.
    CHECK(Rules::assess(services(100'000'000), kNoCharter, {11'000'000, 0}, false).frame ==
          LegalFrame::NewProcedureNeeded);
    // 9 % of 3 000 000 € = 270 000 €: over the European threshold.
    CHECK(Rules::assess(services(300'000'000), kNoCharter, {27'000'000, 0}, false).frame ==
          LegalFrame::NewProcedureNeeded);
    // Works: up to 15 %.
    const ContractFacts works{100'000'000, 100'000'000, QStringLiteral("works"), 0};
    CHECK(Rules::assess(works, kNoCharter, {14'000'000, 0}, false).frame == LegalFrame::MinorChange);
    CHECK(Rules::europeanThresholdCents(QStringLiteral("works")) == 5'404'000'00);
    CHECK(Rules::europeanThresholdCents(QStringLiteral("supplies")) == 216'000'00);
}

TEST_CASE("Unforeseeable circumstances allow at most half the initial amount, to be shown", "[clause][rules]")
{
    const Assessment possible = Rules::assess(services(100'000'000), kNoCharter, {30'000'000, 0}, true);
    CHECK(possible.frame == LegalFrame::UnforeseenCircumstances);
    CHECK(possible.allowed());
    CHECK(possible.checks.last().level == Check::Warning);
    CHECK(Rules::assess(services(100'000'000), kNoCharter, {60'000'000, 0}, true).frame ==
          LegalFrame::NewProcedureNeeded);
    // Not unforeseeable: a better offer is no ground.
    CHECK(Rules::assess(services(100'000'000), kNoCharter, {30'000'000, 0}, false).frame ==
          LegalFrame::NewProcedureNeeded);
    CHECK(Rules::isUnforeseen(QStringLiteral("technical_difficulty")));
    CHECK_FALSE(Rules::isUnforeseen(QStringLiteral("better_offer")));
}

TEST_CASE("Impossible figures are refused with a reason", "[clause][rules]")
{
    Assessment a = Rules::assess(services(100'000'000), kCharter, {-150'000'000, 0}, false);
    CHECK(a.frame == LegalFrame::Impossible);
    CHECK_FALSE(a.allowed());
    REQUIRE_FALSE(a.checks.isEmpty());
    CHECK(a.checks.first().text.contains(QStringLiteral("below zero")));
    a = Rules::assess(services(0), kCharter, {1'000'00, 0}, false);
    CHECK(a.frame == LegalFrame::Impossible);
    CHECK(a.checks.first().text.contains(QStringLiteral("not known")));
}
