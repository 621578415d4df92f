// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "cockpitfixture.h"

#include "cockpit/baseline.h"
#include "cockpit/steering.h"

#include <catch2/catch.hpp>

using namespace Atelier;
using namespace Atelier::Cockpit;

TEST_CASE("A baseline shows what changed in the budget, the timeline and the targets since it was frozen",
          "[baseline]")
{
    CockpitFixture f;
    const QString s = f.strategy(QStringLiteral("Cuisine centrale"));
    const QString building = f.line(s, QStringLiteral("purchase"), QStringLiteral("Bâtiment"));
    const QString y2026 = f.budget(building, QStringLiteral("2026-01-01"), 100'000'00);
    f.budget(building, QStringLiteral("2027-01-01"), 300'000'00);
    const QString permit = f.milestone(s, QStringLiteral("Permis déposé"), QStringLiteral("2026-10-15"));
    const QString opening = f.milestone(s, QStringLiteral("Mise en service"), QStringLiteral("2027-08-23"));
    const QString bio = f.indicator(s, QStringLiteral("Part de bio"), 9, QStringLiteral("2025-12-31"), 20,
                                    QStringLiteral("2027-09-01"));

    const QString plan = Baseline::capture(Steering::load(f.store()));
    bool ok = false;
    CHECK(Baseline::compare(plan, Steering::load(f.store()), &ok).isEmpty());
    CHECK(ok);

    // The plan moves on: more money in 2026, the permit three weeks late, the opening removed, a
    // new milestone, a higher target.
    REQUIRE(
        Edit::setValue(f.ctx(), Entities::budgetEntry(), y2026, QStringLiteral("planned_cents"), 120'000'00));
    REQUIRE(Edit::setValue(f.ctx(), Entities::milestone(), permit, QStringLiteral("due_date"),
                           QStringLiteral("2026-11-05")));
    REQUIRE(Edit::removeRows(f.ctx(), Entities::milestone(), {opening}));
    f.milestone(s, QStringLiteral("Recours à la clause d'évolutivité"), QStringLiteral("2026-12-10"));
    REQUIRE(Edit::setValue(f.ctx(), Entities::indicator(), bio, QStringLiteral("target_value"), 25.0));

    const QList<Baseline::Difference> diffs = Baseline::compare(plan, Steering::load(f.store()), &ok);
    CHECK(ok);
    REQUIRE(diffs.size() == 5);
    CHECK(diffs[0].kind == Baseline::Difference::Budget);
    CHECK(diffs[0].subject == QStringLiteral("Bâtiment — 2026"));
    CHECK(diffs[0].change.startsWith(QLatin1Char('+')));
    CHECK(diffs[0].change.contains(QStringLiteral("20,000.00")));
    auto find = [&](const QString &subject) {
        for (const Baseline::Difference &d : diffs)
            if (d.subject == subject)
                return d;
        FAIL("no difference about " << subject.toStdString());
        return Baseline::Difference{};
    };
    CHECK(find(QStringLiteral("Permis déposé")).change == QStringLiteral("21 days later"));
    CHECK(find(QStringLiteral("Mise en service")).change == QStringLiteral("removed"));
    CHECK(find(QStringLiteral("Mise en service")).after.isEmpty());
    CHECK(find(QStringLiteral("Recours à la clause d'évolutivité")).change == QStringLiteral("added"));
    CHECK(find(QStringLiteral("Part de bio")).change == QStringLiteral("target raised"));

    // Undoing every change brings the plan back to the baseline.
    for (int i = 0; i < 5; ++i)
        f.undo().undo();
    CHECK(Baseline::compare(plan, Steering::load(f.store())).isEmpty());
}

TEST_CASE("A damaged stored plan is reported, not trusted", "[baseline]")
{
    CockpitFixture f;
    f.strategy(QStringLiteral("Cantine"));
    bool ok = true;
    CHECK(Baseline::compare(QStringLiteral("{not json"), Steering::load(f.store()), &ok).isEmpty());
    CHECK_FALSE(ok);
    CHECK(Baseline::compare(QStringLiteral("[1, 2]"), Steering::load(f.store()), &ok).isEmpty());
    CHECK_FALSE(ok);
    // Wrong types inside a valid object: read as missing, never a crash.
    Baseline::compare(QStringLiteral(R"({"budget": 3, "milestones": {"x": 5}, "indicators": {"y": "z"}})"),
                      Steering::load(f.store()), &ok);
    CHECK(ok);
}
