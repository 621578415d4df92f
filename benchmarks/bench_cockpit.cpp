// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The cockpit's overview of a large steering plan: 50 strategies, 10 years of monthly budget lines
// (6,000), 200 indicators with 5,000 measurements, 500 milestones. Time to read the figures, build the
// charts and paint the dashboard. Prints Markdown tables.
#include "benchtools.h"

#include "cockpit/cockpitpanel.h"
#include "cockpit/dashboardview.h"
#include "cockpit/steering.h"
#include "core/edit.h"
#include "core/entities.h"
#include "core/project.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>
#include <QTemporaryDir>
#include <QWindow>

#include <algorithm>
#include <cstdio>

using namespace Atelier;
using namespace Atelier::Cockpit;
using Bench::ms;

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString buildPlan(const Schema &schema, const WorkingArea &area, const QString &path)
{
    static const char *const modes[] = {"purchase",       "rd_contract",     "grant",
                                        "public_commons", "innovation_pact", "partnership_purchase"};
    QString error;
    auto project = Project::create(schema, area, &error);
    auto &ctx = project->context();
    const QDate start(2024, 1, 1);
    for (int s = 0; s < 50; ++s) {
        Edit::Group group(ctx, QStringLiteral("Stratégie"));
        const QString strategy = Edit::addRow(
            ctx, Entities::strategy(),
            {{QStringLiteral("title"), QStringLiteral("Stratégie %1 : équipement public").arg(s + 1)}});
        QString lines[2];
        for (int l = 0; l < 2; ++l)
            lines[l] =
                Edit::addRow(ctx, Entities::investmentLine(),
                             {{QStringLiteral("strategy_id"), strategy},
                              {QStringLiteral("mode"), QLatin1String(modes[(s + l) % 6])},
                              {QStringLiteral("title"), QStringLiteral("Ligne %1.%2").arg(s + 1).arg(l + 1)},
                              {QStringLiteral("start_date"), iso(start.addMonths(s % 12))},
                              {QStringLiteral("end_date"), iso(start.addMonths(60 + s % 60))}});
        for (int m = 0; m < 120; ++m)
            Edit::addRow(ctx, Entities::budgetEntry(),
                         {{QStringLiteral("line_id"), lines[m % 2]},
                          {QStringLiteral("period"), iso(start.addMonths(m))},
                          {QStringLiteral("funding_source"), QStringLiteral("Budget de la ville")},
                          {QStringLiteral("planned_cents"), qint64(1'000'000 + 10'000 * ((s * 7 + m) % 13))},
                          {QStringLiteral("committed_cents"), m < 30 ? qint64(1'000'000) : qint64(0)},
                          {QStringLiteral("paid_cents"), m < 24 ? qint64(900'000) : qint64(0)}});
        for (int k = 0; k < 10; ++k)
            Edit::addRow(
                ctx, Entities::milestone(),
                {{QStringLiteral("strategy_id"), strategy},
                 {QStringLiteral("line_id"), lines[k % 2]},
                 {QStringLiteral("title"), QStringLiteral("Jalon %1").arg(k + 1)},
                 {QStringLiteral("due_date"), iso(start.addMonths(6 * k + s % 6))},
                 {QStringLiteral("status"), k < 4 ? QStringLiteral("met") : QStringLiteral("scheduled")}});
        for (int i = 0; i < 4; ++i) {
            const QString indicator = Edit::addRow(
                ctx, Entities::indicator(),
                {{QStringLiteral("strategy_id"), strategy},
                 {QStringLiteral("name"), QStringLiteral("Indicateur %1.%2").arg(s + 1).arg(i + 1)},
                 {QStringLiteral("baseline_value"), 10.0},
                 {QStringLiteral("baseline_date"), iso(start)},
                 {QStringLiteral("target_value"), 50.0},
                 {QStringLiteral("target_date"), iso(start.addYears(5))}});
            for (int v = 0; v < 25; ++v)
                Edit::addRow(ctx, Entities::measurement(),
                             {{QStringLiteral("indicator_id"), indicator},
                              {QStringLiteral("date"), iso(start.addMonths(v))},
                              {QStringLiteral("value"), 10.0 + v * (i + 1) * 0.4}});
        }
        Edit::addRow(ctx, Entities::checkpoint(),
                     {{QStringLiteral("strategy_id"), strategy},
                      {QStringLiteral("date"), iso(QDate::currentDate().addDays(7 * s))},
                      {QStringLiteral("title"), QStringLiteral("Point d'étape %1").arg(s + 1)}});
    }
    project->saveAs(path, &error);
    return error;
}

} // namespace

int main(int argc, char *argv[])
{
    Bench::offscreenByDefault();
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const WorkingArea area(dir.filePath(QStringLiteral("work")));
    CockpitPanel panel;
    const Schema schema({coreSchema(), panel.migrations()});
    const QString path = dir.filePath(QStringLiteral("grand-plan.atelier"));
    QElapsedTimer t;
    t.start();
    const QString error = buildPlan(schema, area, path);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::fprintf(stderr, "plan built in %.1f s\n", ms(t) / 1000);
    OpenError openError;
    auto project = Project::open(path, schema, area, {}, openError);
    ProjectContext &ctx = project->context();

    constexpr int kRuns = 5;
    QList<double> load, build, paint, whole;
    int height = 0;
    for (int run = 0; run < kRuns; ++run) {
        t.restart();
        const Steering steering = Steering::load(ctx.store);
        load << ms(t);
        Q_UNUSED(steering);

        t.restart();
        DashboardView view(ctx, QString());
        view.resize(1280, 800);
        Bench::showAndWait(view);
        for (int i = 0; i < 3; ++i) // the layout settles: charts get their sizes
            QCoreApplication::processEvents();
        build << ms(t);
        t.restart();
        const QPixmap frame = view.grab(); // what the screen shows
        paint << ms(t);
        // Every chart of the overview, not only what fits on screen (as for an export).
        t.restart();
        const QPixmap image = view.widget()->grab();
        whole << ms(t);
        height = image.height();
    }
    auto median = [](const QList<double> &v) { return Bench::stats(v).median; };
    std::printf("| overview: 50 strategies, 6,000 budget lines, 200 indicators, 5,000 measurements, 500 "
                "milestones | median of %d, ms |\n|---|---:|\n",
                kRuns);
    std::printf("| read the steering figures | %.0f |\n", median(load));
    std::printf("| dashboard built (figures, alerts, four charts) and shown | %.0f |\n", median(build));
    std::printf("| first frame painted (1280 × 800) | %.0f |\n", median(paint));
    std::printf("| **open the overview to first frame** | **%.0f** |\n", median(build) + median(paint));
    std::printf("| every chart of the overview painted (%d px high) | %.0f |\n", height, median(whole));
    return 0;
}
