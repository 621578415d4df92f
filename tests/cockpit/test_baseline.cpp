// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "cockpitfixture.h"

#include "core/baseline.h"
#include "core/steering.h"

#include <QRegularExpression>

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

TEST_CASE("A baseline compares one strategy on its own, even a plan frozen before strategies were named",
          "[baseline]")
{
    CockpitFixture f;
    const QString kitchen = f.strategy(QStringLiteral("Cuisine centrale"));
    const QString gardens = f.strategy(QStringLiteral("Jardins partagés"));
    const QString building = f.line(kitchen, QStringLiteral("purchase"), QStringLiteral("Bâtiment"));
    const QString commons = f.line(gardens, QStringLiteral("public_commons"), QStringLiteral("Jardins"));
    const QString y2026 = f.budget(building, QStringLiteral("2026-01-01"), 100'000'00);
    const QString lent = f.budget(commons, QStringLiteral("2026-01-01"), 8'000'00);
    const QString permit =
        f.milestone(kitchen, QStringLiteral("Permis déposé"), QStringLiteral("2026-10-15"));
    const QString season =
        f.milestone(gardens, QStringLiteral("Première saison"), QStringLiteral("2026-04-01"));
    const QString plan = Baseline::capture(Steering::load(f.store()));

    REQUIRE(
        Edit::setValue(f.ctx(), Entities::budgetEntry(), y2026, QStringLiteral("planned_cents"), 110'000'00));
    REQUIRE(Edit::setValue(f.ctx(), Entities::milestone(), season, QStringLiteral("due_date"),
                           QStringLiteral("2026-04-15")));
    REQUIRE(Edit::removeRows(f.ctx(), Entities::budgetEntry(), {lent}));
    const Steering now = Steering::load(f.store());
    auto subjects = [](const QList<Baseline::Difference> &diffs) {
        QStringList list;
        for (const Baseline::Difference &d : diffs)
            list << d.subject;
        list.sort();
        return list;
    };
    bool ok = false;
    CHECK(subjects(Baseline::compare(plan, now, &ok)) == QStringList{QStringLiteral("Bâtiment — 2026"),
                                                                     QStringLiteral("Jardins — 2026"),
                                                                     QStringLiteral("Première saison")});
    CHECK(subjects(Baseline::compare(plan, now, &ok, kitchen)) ==
          QStringList{QStringLiteral("Bâtiment — 2026")});
    // The removed budget line still counts for its strategy: the frozen plan knows whose it was.
    CHECK(subjects(Baseline::compare(plan, now, &ok, gardens)) ==
          QStringList{QStringLiteral("Jardins — 2026"), QStringLiteral("Première saison")});

    // A plan frozen by an earlier version names no strategy: what still exists is placed by its
    // current strategy.
    QString older = plan;
    older.remove(QRegularExpression(QStringLiteral(",?\"strategy\":\"[^\"]*\"")));
    REQUIRE_FALSE(older.contains(QStringLiteral("strategy")));
    CHECK(subjects(Baseline::compare(older, now, &ok, gardens)) ==
          QStringList{QStringLiteral("Première saison")});
    CHECK(ok);
    CHECK(Baseline::compare(older, now, &ok, kitchen).size() == 1);
    (void)permit;
}
