// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The cockpit's overview of a large steering plan: 50 strategies, 10 years of monthly budget lines
// (6,000), 200 indicators with 5,000 measurements, 500 milestones. Time to read the figures, build the
// charts and paint the dashboard. Prints Markdown tables.
#include "benchtools.h"
#include "largeplan.h"

#include "cockpit/cockpitpanel.h"
#include "cockpit/dashboardview.h"
#include "core/steering.h"
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
    const QString error = Bench::writeLargePlan(schema, area, path);
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
