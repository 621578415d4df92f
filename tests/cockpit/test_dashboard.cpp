// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "cockpitfixture.h"

#include "cockpit/chartframe.h"
#include "cockpit/charts.h"
#include "cockpit/dashboardview.h"
#include "core/format.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QListWidget>
#include <QScatterSeries>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Atelier;
using namespace Atelier::Cockpit;

namespace {

struct DashboardFixture : CockpitFixture
{
    QString strategyId, lineId;
    std::unique_ptr<DashboardView> view;
    DashboardFixture()
    {
        strategyId = strategy(QStringLiteral("Une cantine locale"));
        lineId = line(strategyId, QStringLiteral("purchase"), QStringLiteral("Cuisine centrale"),
                      QStringLiteral("2026-01-01"), QStringLiteral("2027-08-31"));
        const QString commons = line(strategyId, QStringLiteral("public_commons"), QStringLiteral("Jardins"),
                                     QStringLiteral("2026-04-01"), QStringLiteral("2029-03-31"));
        budget(lineId, QStringLiteral("2026-01-01"), 1'800'000'00, 1'650'000'00, 420'000'00);
        budget(commons, QStringLiteral("2026-04-01"), 8'000'00, 9'500'00, 7'200'00);
        milestone(strategyId, QStringLiteral("Permis déposé"), QStringLiteral("2026-10-15"));
        view = std::make_unique<DashboardView>(ctx(), QString());
        view->setToday(QDate(2026, 11, 29));
        view->resize(1200, 900);
        view->show();
        REQUIRE(QTest::qWaitForWindowExposed(view.get()));
        QCoreApplication::processEvents();
    }
};

QStringList listTexts(QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out.append(list->item(i)->text());
    return out;
}

} // namespace

TEST_CASE("The overview shows the key figures, the alerts and a chart for each view of the plan",
          "[dashboard]")
{
    DashboardFixture f;
    CHECK(f.view->figures() == QStringList{QStringLiteral("€1,808,000.00"), QStringLiteral("€1,659,500.00"),
                                           QStringLiteral("€427,200.00"), QStringLiteral("€1,808,000.00")});
    const QStringList alerts = listTexts(f.view->alertList());
    REQUIRE(alerts.size() == 2);
    CHECK(alerts[0].contains(QStringLiteral("Permis déposé")));
    CHECK(alerts[1].contains(QStringLiteral("Jardins")));

    // Budget: one bar per strategy, one stack per mode present.
    auto *budget = qobject_cast<QAbstractBarSeries *>(f.view->budgetChart()->chart()->series().value(0));
    REQUIRE(budget);
    REQUIRE(budget->count() == 2);
    CHECK(budget->barSets()[0]->label() == QStringLiteral("purchase"));
    CHECK(budget->barSets()[0]->at(0) == Approx(1.8)); // in millions of euros
    // Spending: planned, committed and paid.
    CHECK(f.view->spendingChart()->chart()->series().size() == 3);
    // Roadmap: a bar per line, the late milestone in the "Late" series, today's line.
    QStringList roadmap;
    for (QAbstractSeries *series : f.view->roadmapChart()->chart()->series())
        roadmap.append(series->name());
    CHECK(roadmap.contains(QStringLiteral("Late")));
    CHECK(roadmap.contains(QStringLiteral("Today")));
    CHECK(roadmap.count(QStringLiteral("purchase")) == 1);
}

TEST_CASE("Long names are shown whole on the charts' axes, over several lines", "[dashboard]")
{
    DashboardFixture f;
    const QString title = QStringLiteral("Achat d'un nouveau bâtiment : cuisine centrale et légumerie");
    REQUIRE(Edit::setValue(f.ctx(), Entities::investmentLine(), f.lineId, QStringLiteral("title"), title));
    QCoreApplication::processEvents();
    auto *rows = qobject_cast<QCategoryAxis *>(f.view->roadmapChart()->chart()->axes(Qt::Vertical).value(0));
    REQUIRE(rows);
    const QString label = rows->categoriesLabels().value(0);
    CHECK(label.count(QStringLiteral("<br>")) >= 2);
    CHECK(label.contains(QStringLiteral("bâtiment :"))); // the colon stays with its word
    CHECK(QString(label).replace(QStringLiteral("<br>"), QStringLiteral(" ")) == title.toHtmlEscaped());
}

TEST_CASE("The dashboard follows edits and their undo", "[dashboard]")
{
    DashboardFixture f;
    const QString extra = f.budget(f.lineId, QStringLiteral("2026-06-01"), 200'000'00);
    QCoreApplication::processEvents();
    CHECK(f.view->figures()[0] == QStringLiteral("€2,008,000.00"));
    f.undo().undo();
    QCoreApplication::processEvents();
    CHECK(f.view->figures()[0] == QStringLiteral("€1,808,000.00"));
    Q_UNUSED(extra);

    // Marking the permit as met clears its alert.
    const QString permit =
        f.store().rows(Entities::milestone()).first().value(QStringLiteral("id")).toString();
    REQUIRE(Edit::setValue(f.ctx(), Entities::milestone(), permit, QStringLiteral("status"),
                           QStringLiteral("met")));
    QCoreApplication::processEvents();
    CHECK(listTexts(f.view->alertList()).size() == 1);
}

TEST_CASE("An empty project shows empty charts and says there is nothing to worry about", "[dashboard]")
{
    CockpitFixture f;
    DashboardView view(f.ctx(), QString());
    view.resize(1000, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK(view.alertList()->count() == 1);
    CHECK(view.alertList()->item(0)->text().startsWith(QStringLiteral("No alert")));
    CHECK(view.figures()[0] == QStringLiteral("€0.00"));
}

TEST_CASE("Every chart exports as a PNG image and as an SVG drawing", "[dashboard][export]")
{
    DashboardFixture f;
    QTemporaryDir dir;
    for (ChartFrame *frame :
         {f.view->budgetChart(), f.view->spendingChart(), f.view->roadmapChart(), f.view->indicatorChart()}) {
        const QString title = frame->chart()->title();
        INFO(title.toStdString());
        const QString png = dir.filePath(QStringLiteral("chart.png"));
        const QString svg = dir.filePath(QStringLiteral("chart.svg"));
        REQUIRE(frame->exportPng(png));
        const QImage image(png);
        CHECK(image.width() == frame->view()->width() * 2);
        REQUIRE(frame->exportSvg(svg));
        QFile file(svg);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        CHECK(text.contains(QStringLiteral("<svg")));
        CHECK(text.contains(title.toHtmlEscaped()));
        CHECK_FALSE(text.contains(QStringLiteral("<image"))); // vectors, not a picture
    }
    // A folder that does not exist is refused with a false, not a crash.
    CHECK_FALSE(f.view->budgetChart()->exportPng(dir.filePath(QStringLiteral("missing/chart.png"))));
}

TEST_CASE("Charts speak the user's language and number format", "[dashboard][locale]")
{
    CockpitFixture f;
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const QString s = f.strategy(QStringLiteral("Cantine"));
    f.budget(f.line(s, QStringLiteral("grant"), QStringLiteral("Légumerie")), QStringLiteral("2026-01-01"),
             123'456'789);
    std::unique_ptr<QChart> chart(Charts::budget(Steering::load(f.store()).budgetByStrategy(), true));
    CHECK(chart->locale().language() == QLocale::French);
    CHECK(chart->localizeNumbers());
    const QString money = Format::money(123'456'789);
    QLocale::setDefault(previous);
    CHECK(money == QStringLiteral("1\u202f234\u202f567,89\u00a0€"));
}
