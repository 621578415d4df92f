// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The roadmap and the workshop report, written from the demo project and from an empty one.
#include "pdftools.h"

#include "app/builtinpanels.h"
#include "app/demo.h"
#include "core/baseline.h"
#include "core/steering.h"
#include "core/edit.h"
#include "core/format.h"
#include "core/project.h"
#include "panelapi/panelreports.h"
#include "reports/pdfexport.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Atelier;

namespace {

struct ReportFixture
{
    BuiltinPanels builtin = BuiltinPanels::load();
    QTemporaryDir dir;
    WorkingArea area{dir.filePath(QStringLiteral("work"))};
    std::unique_ptr<Project> project;

    explicit ReportFixture(bool demo)
    {
        QString error;
        project = Project::create(builtin.schema, area, &error);
        REQUIRE(project);
        if (demo)
            REQUIRE(Demo::fill(project->context(), builtin.tables(), &error));
    }

    Reports::Document write(const QString &kind)
    {
        const Reports::ReportKind *k = Reports::ReportKinds::find(kind);
        REQUIRE(k);
        return writeReport(*k, builtin.panels, project->context());
    }

    QString exported(Reports::Document &document)
    {
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        const Reports::PdfExport result = Reports::PdfExport::write(document, path);
        REQUIRE(result.outcome == Reports::PdfExport::Written);
        return path;
    }
};

int pageOfSection(const Reports::Document &document, const Reports::PagedRenderer &renderer,
                  const QString &title)
{
    for (const Reports::Anchor &a : document.anchors)
        if (a.title == title)
            return renderer.pageOf(a);
    return 0;
}

} // namespace

TEST_CASE("The demo's roadmap: a one-page summary, then the strategy, calendar, indicators",
          "[reports][roadmap]")
{
    ReportFixture f(true);
    Reports::Document document = f.write(QStringLiteral("roadmap"));
    const Reports::PagedRenderer renderer(document);
    // The cover, then the summary on page 2 alone: the strategy starts on page 3.
    CHECK(pageOfSection(document, renderer, QStringLiteral("The project")) == 2);
    CHECK(pageOfSection(document, renderer, QStringLiteral("In two minutes")) == 2);
    CHECK(pageOfSection(document, renderer, QStringLiteral("The strategy and its budget")) == 3);
    QStringList titles;
    for (const Reports::Anchor &a : document.anchors)
        titles << a.title;
    CHECK(titles == QStringList{QStringLiteral("The project"), QStringLiteral("In two minutes"),
                                QStringLiteral("The strategy and its budget"), QStringLiteral("The calendar"),
                                QStringLiteral("Impacts sought and indicators"),
                                QStringLiteral("Checkpoints and decisions"),
                                QStringLiteral("Modifications under the evolutivity clause"), QStringLiteral("Co-operator tours"),
                                QStringLiteral("Participants"),
                                QStringLiteral("Journal of decisions"),
                                QStringLiteral("Glossary")});
    bool landscape = false;
    for (const Reports::Part &p : document.parts)
        landscape |= p.orientation == QPageLayout::Landscape;
    CHECK(landscape);

    const QString pdf = f.exported(document);
    const QString text = PdfTools::text(pdf);
    const Steering steering = Steering::load(f.project->store());
    REQUIRE_FALSE(steering.strategies.isEmpty());
    for (const Steering::Strategy &s : steering.strategies)
        CHECK(text.contains(s.title));
    const QString summary = PdfTools::text(pdf, 2);
    CHECK(summary.contains(Format::money(steering.total().planned)));
    CHECK(summary.contains(QStringLiteral("The next checkpoints and decisions")));
    CHECK(summary.contains(QStringLiteral("What changed since the last roadmap")));
    CHECK(text.contains(QStringLiteral("Milestones")));
    CHECK(text.contains(QStringLiteral("In dialogue since %1").arg(Format::date(QStringLiteral("2026-11-18")))));
    CHECK(text.contains(QStringLiteral("The citizen jury")));
    CHECK(text.contains(QStringLiteral("12 citizen juror(s)")));
    CHECK(text.contains(QStringLiteral("Checkpoint:")));                  // a glossary term the roadmap uses
    CHECK_FALSE(text.contains(QStringLiteral("Small innovation pact:"))); // one it does not
    CHECK(PdfTools::tableRows(PdfTools::run(QStringLiteral("pdfimages"), {QStringLiteral("-list")}, pdf))
              .isEmpty());
}

TEST_CASE("The roadmap tells what changed since the latest baseline", "[reports][roadmap]")
{
    ReportFixture f(true);
    ProjectContext &ctx = f.project->context();
    const Steering before = Steering::load(ctx.store);
    REQUIRE_FALSE(Edit::addRow(ctx, Entities::baseline(),
                               {{QStringLiteral("name"), QStringLiteral("Roadmap of June")},
                                {QStringLiteral("taken_on"), QStringLiteral("2026-06-30")},
                                {QStringLiteral("plan"), Baseline::capture(before)}})
                      .isEmpty());
    const Steering::Milestone &m = before.milestones.first();
    REQUIRE(Edit::setValue(ctx, Entities::milestone(), m.id, QStringLiteral("due_date"),
                           m.due.addDays(30).toString(Qt::ISODate)));
    Reports::Document document = f.write(QStringLiteral("roadmap"));
    const QString text = document.plainText();
    CHECK(text.contains(QStringLiteral("Compared with the baseline “Roadmap of June”")));
    CHECK(text.contains(m.title));
    CHECK(text.contains(QStringLiteral("30 days later")));
}

TEST_CASE("An empty project still gives a sensible roadmap", "[reports][roadmap]")
{
    ReportFixture f(false);
    REQUIRE(Edit::setValue(f.project->context(), Entities::project(), f.project->store().projectId(),
                           QStringLiteral("title"), QStringLiteral("Nouveau projet")));
    Reports::Document document = f.write(QStringLiteral("roadmap"));
    const QString pdf = f.exported(document);
    const int pages = PdfTools::info(pdf, QStringLiteral("Pages")).toInt();
    CHECK(pages >= 4);
    CHECK(pages <= 9);
    const QString text = PdfTools::text(pdf);
    CHECK(text.contains(QStringLiteral("Nouveau projet")));
    CHECK(text.contains(QStringLiteral("No investment line yet: the strategy is still to be written.")));
    CHECK(text.contains(QStringLiteral("No checkpoint planned yet.")));
    CHECK(text.contains(QStringLiteral("No baseline yet.")));
    CHECK(text.contains(QStringLiteral("No milestone yet.")));
    CHECK(text.contains(QStringLiteral("Glossary")));
    for (const Reports::Part &p : document.parts)
        CHECK(p.orientation == QPageLayout::Portrait);
}

TEST_CASE("The workshop report: landscape, rounds, scenarios and the strategy chosen", "[reports][workshop]")
{
    ReportFixture f(true);
    Reports::Document document = f.write(QStringLiteral("workshop"));
    const QString pdf = f.exported(document);
    const QString text = PdfTools::text(pdf);
    CHECK(text.contains(QStringLiteral("Workshop report")));
    CHECK(text.contains(QStringLiteral("The landscape of the project")));
    CHECK(text.contains(QStringLiteral("The proposal, round after round")));
    CHECK(text.contains(QStringLiteral("Scenarios ranked by impact and risk")));
    CHECK(text.contains(QStringLiteral("Each participant had 3 dot(s) to give.")));
    CHECK(text.contains(QStringLiteral("The strategy chosen")));
    CHECK(text.contains(QStringLiteral("Evidence gathered")));
    CHECK(text.contains(QStringLiteral("Impact sought and risk of each scenario"))); // the matrix, as vectors
    // An amended investment mode reads by its name, not by its stored key.
    QString flat = PdfTools::text(pdf, 0, false); // a cell's lines in a row, words cut at their hyphen
    flat.remove(QRegularExpression(QStringLiteral("[\\s-]")));
    CHECK(flat.contains(QStringLiteral("publiccommonspartnership")));
    CHECK_FALSE(text.contains(QStringLiteral("public_commons")));
    // The demo's photos are shown: pictures are allowed here, the report has no chart.
    CHECK_FALSE(
        PdfTools::tableRows(PdfTools::run(QStringLiteral("pdfimages"), {QStringLiteral("-list")}, pdf))
            .isEmpty());
}
