// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The modeler's board with a large workshop (2,000 cards, 300 amendments): time to open the project
// and paint the first frame, then frame times while scrolling and zooming. Prints Markdown tables.
#include "benchtools.h"

#include "core/edit.h"
#include "core/project.h"
#include "modeler/boardgeometry.h"
#include "modeler/boardpage.h"
#include "modeler/boardview.h"
#include "modeler/facilitatortimer.h"
#include "modeler/modelerpanel.h"
#include "modeler/workshop.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPainter>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QWindow>

#include <algorithm>
#include <cstdio>

using namespace Atelier;
using namespace Atelier::Modeler;
using Bench::ms;
using Bench::Stats;
using Bench::stats;

namespace {

QString buildWorkshop(const Schema &schema, const WorkingArea &area, const QString &path, int cards,
                      int amendments)
{
    QString error;
    auto project = Project::create(schema, area, &error);
    auto &ctx = project->context();
    for (int i = 0; i < cards; ++i) {
        const Family family = Family(i % kFamilyCount);
        const QRectF zone = Board::cardArea(family);
        const int slot = i / kFamilyCount;
        Edit::addRow(ctx, Tables::card(),
                     {{QStringLiteral("family"), familyKey(family)},
                      {QStringLiteral("title"), QStringLiteral("Carte %1 : circuit court").arg(i)},
                      {QStringLiteral("body"),
                       QStringLiteral("Un texte de deux lignes, comme au tableau, pour la carte %1.").arg(i)},
                      {QStringLiteral("x"), zone.left() + (slot * 37) % int(zone.width())},
                      {QStringLiteral("y"), zone.top() + (slot * 23) % int(zone.height())}});
    }
    const QString scenario = Workshop::createProposal(ctx, QStringLiteral("Proposition"),
                                                      {{QStringLiteral("object"), QStringLiteral("Objet")}});
    for (int i = 0; i < amendments; ++i)
        Workshop::proposeAmendment(ctx, scenario, 1 + i / 50, {}, QStringLiteral("add"), {},
                                   {QStringLiteral("need"), QStringLiteral("Besoin %1").arg(i)},
                                   QStringLiteral("Motif"));
    project->saveAs(path, &error);
    return error;
}

/// Repaints the view's viewport now, into the window's backing store as for the screen, and
/// returns how long it took.
double paintFrame(QWidget *viewport)
{
    QElapsedTimer t;
    t.start();
    viewport->repaint();
    return ms(t);
}

} // namespace

int main(int argc, char *argv[])
{
    Bench::offscreenByDefault();
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const WorkingArea area(dir.filePath(QStringLiteral("work")));
    ModelerPanel panel;
    const Schema schema({coreSchema(), panel.migrations()});
    const QString path = dir.filePath(QStringLiteral("grand-atelier.atelier"));
    const QString error = buildWorkshop(schema, area, path, 2000, 300);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    QElapsedTimer t;
    t.start();
    OpenError openError;
    auto project = Project::open(path, schema, area, {}, openError);
    const double open = ms(t);
    t.restart();
    FacilitatorTimer timer;
    BoardPage page(project->context(), timer);
    page.resize(1280, 800);
    Bench::showAndWait(page);
    const double build = ms(t);
    QWidget *viewport = page.view()->viewport();
    const double first = paintFrame(viewport);

    std::printf("| step (2,000 cards, 300 amendments) | ms |\n|---|---:|\n");
    std::printf("| safe open + working copy | %.0f |\n| board built and shown | %.0f |\n| first frame "
                "painted | %.0f |\n",
                open, build, first);
    std::printf("| **open to first frame** | **%.0f** |\n\n", open + build + first);

    QList<double> fitFrames, zoomFrames, scrollFrames;
    for (int i = 0; i < 30; ++i)
        fitFrames << paintFrame(viewport);
    page.view()->showZone(Family::Needs);
    for (int i = 0; i < 30; ++i) {
        page.view()->zoomBy(i < 15 ? 1.05 : 1 / 1.05);
        zoomFrames << paintFrame(viewport);
    }
    QScrollBar *bar = page.view()->horizontalScrollBar();
    for (int i = 0; i < 60; ++i) {
        bar->setValue(bar->minimum() + (bar->maximum() - bar->minimum()) * i / 59);
        scrollFrames << paintFrame(viewport);
    }
    std::printf("| frames (1280 × 800) | median ms | 95th pct ms | worst ms |\n|---|---:|---:|---:|\n");
    for (const auto &[name, frames] : {std::pair{"whole board", fitFrames}, std::pair{"zooming", zoomFrames},
                                       std::pair{"scrolling", scrollFrames}}) {
        const Stats s = stats(frames);
        std::printf("| %s | %.1f | %.1f | %.1f |\n", name, s.median, s.p95, s.worst);
    }
    return 0;
}
