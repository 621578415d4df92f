// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "cockpitfixture.h"

#include "core/steering.h"

#include <catch2/catch.hpp>

using namespace Atelier;
using namespace Atelier::Cockpit;

TEST_CASE("Budget adds up by strategy and mode, by year, and month after month", "[steering]")
{
    CockpitFixture f;
    const QString s1 = f.strategy(QStringLiteral("Cuisine centrale"));
    const QString s2 = f.strategy(QStringLiteral("Mobilier scolaire"));
    const QString building = f.line(s1, QStringLiteral("purchase"), QStringLiteral("Bâtiment"));
    const QString rd = f.line(s1, QStringLiteral("rd_contract"), QStringLiteral("Contenants"));
    const QString chairs = f.line(s2, QStringLiteral("purchase"), QStringLiteral("Chaises"));
    f.budget(building, QStringLiteral("2026-01-01"), 100'000, 80'000, 20'000);
    f.budget(building, QStringLiteral("2027-01-01"), 300'000);
    f.budget(rd, QStringLiteral("2026-03-01"), 50'000, 50'000, 10'000);
    f.budget(chairs, QStringLiteral("2026-03-15"), 7'000, 7'000, 7'000);

    const Steering all = Steering::load(f.store());
    CHECK(all.total().planned == 457'000);
    CHECK(all.total().committed == 137'000);
    CHECK(all.total().paid == 37'000);
    CHECK(all.totalForYear(2026).planned == 157'000);

    const QList<Steering::BudgetBar> bars = all.budgetByStrategy();
    REQUIRE(bars.size() == 2);
    CHECK(bars[0].label == QStringLiteral("Cuisine centrale"));
    CHECK(bars[0].plannedByMode.value(QStringLiteral("purchase")) == 400'000);
    CHECK(bars[0].plannedByMode.value(QStringLiteral("rd_contract")) == 50'000);
    CHECK(bars[1].plannedByMode.value(QStringLiteral("purchase")) == 7'000);

    const QMap<QDate, Amounts> months = all.cumulativeByMonth();
    REQUIRE(months.size() == 3);
    CHECK(months.value(QDate(2026, 1, 1)).planned == 100'000);
    CHECK(months.value(QDate(2026, 3, 1)).planned == 157'000); // both March entries, added up
    CHECK(months.value(QDate(2027, 1, 1)).planned == 457'000);
    CHECK(months.value(QDate(2027, 1, 1)).paid == 37'000);

    const Steering one = Steering::load(f.store(), s1);
    CHECK(one.strategies.size() == 1);
    CHECK(one.total().planned == 450'000);
    const QList<Steering::BudgetBar> years = one.budgetByYear();
    REQUIRE(years.size() == 2);
    CHECK(years[0].label == QStringLiteral("2026"));
    CHECK(years[0].plannedByMode.value(QStringLiteral("rd_contract")) == 50'000);
    CHECK(years[1].plannedByMode.value(QStringLiteral("purchase")) == 300'000);
}

TEST_CASE("A milestone past its due date and still scheduled raises an alert", "[steering][alerts]")
{
    CockpitFixture f;
    const QString s = f.strategy(QStringLiteral("Cuisine centrale"));
    const QString permit = f.milestone(s, QStringLiteral("Permis déposé"), QStringLiteral("2026-10-15"));
    f.milestone(s, QStringLiteral("Études"), QStringLiteral("2026-06-30"), QStringLiteral("met"));
    f.milestone(s, QStringLiteral("Travaux"), QStringLiteral("2027-06-30"));
    const QDate today(2026, 11, 29);

    QList<Steering::Alert> alerts = Steering::load(f.store()).alerts(today);
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0].kind == Steering::Alert::LateMilestone);
    CHECK(alerts[0].subjectId == permit);
    CHECK(alerts[0].text.contains(QStringLiteral("Permis déposé")));
    CHECK(Steering::load(f.store()).alerts(QDate(2026, 10, 15)).isEmpty()); // due today is not late yet

    REQUIRE(Edit::setValue(f.ctx(), Entities::milestone(), permit, QStringLiteral("status"),
                           QStringLiteral("met")));
    CHECK(Steering::load(f.store()).alerts(today).isEmpty());
    f.undo().undo();
    CHECK(Steering::load(f.store()).alerts(today).size() == 1);
}

TEST_CASE("Commitments or payments of a year beyond what was planned raise an alert", "[steering][alerts]")
{
    CockpitFixture f;
    const QString s = f.strategy(QStringLiteral("Jardins"));
    const QString commons = f.line(s, QStringLiteral("public_commons"), QStringLiteral("Jardins des écoles"));
    f.budget(commons, QStringLiteral("2026-04-01"), 800'000, 500'000, 400'000);
    const QString more = f.budget(commons, QStringLiteral("2026-09-01"), 0, 450'000, 0);
    f.budget(commons, QStringLiteral("2027-01-01"), 1'000'000, 0, 0);
    const QDate today(2026, 11, 29);

    const QList<Steering::Alert> alerts = Steering::load(f.store()).alerts(today);
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0].kind == Steering::Alert::OverBudget);
    CHECK(alerts[0].subjectId == commons);
    CHECK(alerts[0].text.contains(QStringLiteral("2026")));
    CHECK(alerts[0].text.contains(QStringLiteral("9,500.00")));

    REQUIRE(
        Edit::setValue(f.ctx(), Entities::budgetEntry(), more, QStringLiteral("committed_cents"), 300'000));
    CHECK(Steering::load(f.store()).alerts(today).isEmpty()); // 800 000 committed for 800 000 planned
}

TEST_CASE("An indicator behind its even pace toward the target, or short of it after its date, is off track",
          "[steering][alerts]")
{
    CockpitFixture f;
    const QString s = f.strategy(QStringLiteral("Cantine"));
    // From 9 % to 20 % between the end of 2025 and the end of 2027: half-way expected at the end of 2026.
    const QString bio = f.indicator(s, QStringLiteral("Part de bio"), 9, QStringLiteral("2025-12-31"), 20,
                                    QStringLiteral("2027-12-31"));
    const QDate today(2027, 1, 15);
    CHECK(Steering::load(f.store()).alerts(today).isEmpty()); // not measured: nothing to say

    const QString m =
        f.measure(bio, QStringLiteral("2026-12-31"), 12); // 3/11 = 27 % of the way, 50 % expected
    Steering steering = Steering::load(f.store());
    REQUIRE(steering.indicators.size() == 1);
    CHECK(steering.indicators[0].progress() == Approx(3.0 / 11));
    CHECK(steering.indicators[0].expectedProgress() == Approx(0.5).margin(0.01));
    QList<Steering::Alert> alerts = steering.alerts(today);
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0].kind == Steering::Alert::IndicatorOffTrack);
    CHECK(alerts[0].subjectId == bio);

    REQUIRE(Edit::setValue(f.ctx(), Entities::measurement(), m, QStringLiteral("value"),
                           14.5)); // exactly on pace
    CHECK(Steering::load(f.store()).alerts(today).isEmpty());

    // A decreasing indicator (waste per meal) works the same way.
    const QString waste = f.indicator(s, QStringLiteral("Gaspillage"), 120, QStringLiteral("2025-12-31"), 80,
                                      QStringLiteral("2026-12-31"));
    f.measure(waste, QStringLiteral("2026-12-31"), 82);
    steering = Steering::load(f.store());
    CHECK(steering.indicators[1].progress() == Approx(38.0 / 40));
    alerts = steering.alerts(today); // target date passed, 95 % of the way only
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0].subjectId == waste);
    CHECK_FALSE(steering.indicators[1].isOffTrack(QDate(2026, 12, 31)));
}

TEST_CASE("Upcoming checkpoints come by date with their decisions", "[steering]")
{
    CockpitFixture f;
    const QString s = f.strategy(QStringLiteral("Cantine"));
    const QString later =
        f.add(Entities::checkpoint(), {{QStringLiteral("strategy_id"), s},
                                       {QStringLiteral("date"), QStringLiteral("2027-06-17")},
                                       {QStringLiteral("title"), QStringLiteral("Bilan")}});
    const QString sooner =
        f.add(Entities::checkpoint(), {{QStringLiteral("strategy_id"), s},
                                       {QStringLiteral("date"), QStringLiteral("2026-12-10")},
                                       {QStringLiteral("title"), QStringLiteral("Retard")}});
    f.add(Entities::checkpoint(), {{QStringLiteral("strategy_id"), s},
                                   {QStringLiteral("date"), QStringLiteral("2026-06-25")},
                                   {QStringLiteral("title"), QStringLiteral("Lancement")}});
    f.add(Entities::decision(),
          {{QStringLiteral("checkpoint_id"), sooner},
           {QStringLiteral("text"), QStringLiteral("Activer la clause d'évolutivité")}});
    const QList<Steering::Checkpoint> next =
        Steering::load(f.store()).upcomingCheckpoints(QDate(2026, 11, 29), 5);
    REQUIRE(next.size() == 2);
    CHECK(next[0].id == sooner);
    CHECK(next[0].decisions == QStringList{QStringLiteral("Activer la clause d'évolutivité")});
    CHECK(next[1].id == later);
}

TEST_CASE("Every steering entity is edited, undone and redone through the store", "[steering][entities]")
{
    CockpitFixture f;
    const QString s = f.strategy(QStringLiteral("Cantine"));
    const QString l = f.line(s, QStringLiteral("grant"), QStringLiteral("Légumerie"));
    using namespace Atelier::Cockpit::Tables;
    const QList<std::pair<const TableInfo *, Row>> rows{
        {&Entities::strategyActor(), {{QStringLiteral("strategy_id"), s}}},
        {&Entities::contract(), {{QStringLiteral("line_id"), l}}},
        {&Entities::baseline(), {{QStringLiteral("plan"), QStringLiteral("{}")}}},
        {&externalityEvaluation(), {{QStringLiteral("line_id"), l}}},
        {&royalty(), {{QStringLiteral("line_id"), l}}},
        {&publicResource(), {{QStringLiteral("line_id"), l}}},
        {&grantInstalment(), {{QStringLiteral("line_id"), l}}},
        {&drawerItem(), {{QStringLiteral("strategy_id"), s}}},
        {&discussionNote(), {{QStringLiteral("strategy_id"), s}}}};
    for (const auto &[table, row] : rows) {
        INFO(table->table().toStdString());
        const QString id = f.add(*table, row);
        // Every editable field takes a value of its kind and gives it back; undo restores the default.
        for (const FieldInfo &field : table->fields) {
            if (!field.isEditable())
                continue;
            QVariant value;
            switch (field.kind) {
            case FieldKind::Money:
                value = qint64(123'456);
                break;
            case FieldKind::Integer:
            case FieldKind::Bool:
                value = 1;
                break;
            case FieldKind::Number:
                value = 12.5;
                break;
            case FieldKind::Date:
                value = QStringLiteral("2026-11-29");
                break;
            case FieldKind::Choice:
                value = QLatin1String(field.choices.last().key);
                break;
            default:
                value = QStringLiteral("texte « accentué »");
            }
            const QVariant before = f.store().value(*table, id, QLatin1String(field.column));
            INFO(field.column);
            REQUIRE(Edit::setValue(f.ctx(), *table, id, QLatin1String(field.column), value));
            CHECK(f.store().value(*table, id, QLatin1String(field.column)) == value);
            f.undo().undo();
            CHECK(f.store().value(*table, id, QLatin1String(field.column)) == before);
            f.undo().redo();
            CHECK(f.store().value(*table, id, QLatin1String(field.column)) == value);
        }
    }
}
