// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelerreport.h"

#include "matrixchart.h"
#include "modelerschema.h"
#include "workshop.h"

#include "core/format.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "reports/entitytable.h"
#include "reports/reportwriter.h"

#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QLocale>

namespace Atelier::Modeler::Report {

struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Modeler::Report)
};

using Reports::Column;
using Reports::Writer;

static void writeLandscape(ProjectContext &ctx, Writer &writer)
{
    const FieldInfo &family = *Tables::card().field(QStringLiteral("family"));
    const QList<Row> cards = ctx.store.rows(Tables::card());
    for (int i = 0; i < kFamilyCount; ++i) {
        const QString key = familyKey(Family(i));
        writer.heading(family.choiceLabel(key));
        int n = 0;
        for (const Row &c : cards)
            if (text(c, "family") == key) {
                const QString body = text(c, "body");
                writer.bullet(body.isEmpty() ? text(c, "title")
                                             : ReportText::tr("%1 — %2").arg(text(c, "title"), body));
                ++n;
            }
        if (n == 0)
            writer.note(ReportText::tr("No card."));
    }
}

static void writeAmendments(ProjectContext &ctx, Writer &writer)
{
    const TableInfo &a = Tables::amendment();
    const QList<Row> scenarios = ctx.store.rows(Tables::scenario());
    if (scenarios.isEmpty())
        writer.note(ReportText::tr("No proposal yet."));
    for (const Row &scenario : scenarios) {
        writer.heading(text(scenario, "title"));
        QList<QStringList> rows;
        for (const Row &row : ctx.store.rows(a)) {
            if (row.value(QStringLiteral("scenario_id")) != scenario.value(QStringLiteral("id")))
                continue;
            const QString role =
                ctx.store.value(Tables::role(), text(row, "role_id"), QStringLiteral("name")).toString();
            rows << QStringList{
                QString::number(row.value(QStringLiteral("round")).toInt()),
                role.isEmpty() ? ReportText::tr("no role") : role,
                Format::value(*a.field(QStringLiteral("action")), row.value(QStringLiteral("action"))),
                // A mode is stored as its key: shown by its name.
                text(row, "kind") == QLatin1String("mode")
                    ? Entities::investmentMode().choiceLabel(text(row, "text"))
                    : text(row, "text"),
                text(row, "reason"),
                Format::value(*a.field(QStringLiteral("status")), row.value(QStringLiteral("status")))};
        }
        if (rows.isEmpty())
            writer.note(ReportText::tr("No amendment: the proposal as the prescriber wrote it."));
        else
            writer.table({{ReportText::tr("Round"), true, 1},
                          {ReportText::tr("Role"), false, 2},
                          {ReportText::tr("Action"), false, 2},
                          {ReportText::tr("Element"), false, 4},
                          {ReportText::tr("Reason"), false, 4},
                          {ReportText::tr("Status"), false, 2}},
                         rows);
    }
}

static void writeRanking(ProjectContext &ctx, Writer &writer)
{
    const QLocale locale;
    const QList<Workshop::Ranking> ranking = Workshop::rank(ctx);
    if (ranking.isEmpty()) {
        writer.note(ReportText::tr("No scenario yet."));
        return;
    }
    QList<QStringList> rows;
    for (const Workshop::Ranking &k : ranking)
        rows << QStringList{k.tied ? ReportText::tr("%1 (tie)").arg(k.rank) : QString::number(k.rank),
                            k.title,
                            locale.toString(k.impact, 'f', 0) + QStringLiteral("\u00a0%"),
                            locale.toString(k.risk, 'f', 1),
                            QString::number(k.dots),
                            k.missingScores > 0 ? ReportText::tr("%n missing", nullptr, k.missingScores)
                                                : QString()};
    writer.table({{ReportText::tr("Rank"), true, 1},
                  {ReportText::tr("Scenario"), false, 5},
                  {ReportText::tr("Impact"), true, 2},
                  {ReportText::tr("Risk"), true, 2},
                  {ReportText::tr("Dots"), true, 2},
                  {ReportText::tr("Scores"), false, 2}},
                 rows);
    writer.chart(
        [ranking] {
            auto *chart = new QChart;
            chart->setTitle(MatrixChart::title());
            chart->legend()->hide(); // the points carry the ranks of the table above
            MatrixChart::fill(chart, ranking);
            return chart;
        },
        std::clamp(95.0 + 5.0 * ranking.size(), 95.0, 160.0));
    const int dots = Workshop::dotsPerParticipant(ctx);
    writer.note(dots > 0 ? ReportText::tr("Each participant had %n dot(s) to give.", nullptr, dots)
                         : ReportText::tr("Dots were given freely, with no limit per participant."));
    writer.heading(ReportText::tr("Risks by scenario"));
    for (const Row &scenario : ctx.store.rows(Tables::scenario())) {
        QList<Row> risks;
        for (const Row &r : ctx.store.rows(Tables::risk()))
            if (r.value(QStringLiteral("scenario_id")) == scenario.value(QStringLiteral("id")))
                risks << r;
        if (risks.isEmpty())
            continue;
        writer.lead(text(scenario, "title") + ReportText::tr(":"), QString());
        Reports::entityTable(
            writer, Tables::risk(), risks,
            {QStringLiteral("title"), QStringLiteral("likelihood"), QStringLiteral("severity")});
    }
}

/// The strategies the workshop wrote (their origin names the scenario), with their lines.
static void writeStrategy(ProjectContext &ctx, Writer &writer)
{
    int written = 0;
    for (const Row &strategy : ctx.store.rows(Entities::strategy())) {
        if (text(strategy, "origin").isEmpty())
            continue;
        writer.heading(text(strategy, "title"));
        writer.lead(ReportText::tr("Comes from:"), text(strategy, "origin"));
        if (!text(strategy, "objective").isEmpty())
            writer.lead(ReportText::tr("Objective:"), text(strategy, "objective"));
        QList<Row> lines;
        for (const Row &l : ctx.store.rows(Entities::investmentLine()))
            if (l.value(QStringLiteral("strategy_id")) == strategy.value(QStringLiteral("id")))
                lines << l;
        Reports::entityTable(writer, Entities::investmentLine(), lines,
                             {QStringLiteral("title"), QStringLiteral("mode"), QStringLiteral("budget_cents"),
                              QStringLiteral("impacts")});
        ++written;
    }
    if (written == 0)
        writer.note(ReportText::tr("No scenario has been translated into a strategy yet."));
}

QList<Reports::ReportSection> sections(ProjectContext &ctx)
{
    ProjectContext *c = &ctx;
    return {{QStringLiteral("modeler.landscape"), ReportText::tr("The landscape of the project"),
             [c](Writer &w) { writeLandscape(*c, w); }},
            {QStringLiteral("modeler.amendments"), ReportText::tr("The proposal, round after round"),
             [c](Writer &w) { writeAmendments(*c, w); }},
            {QStringLiteral("modeler.ranking"), ReportText::tr("Scenarios ranked by impact and risk"),
             [c](Writer &w) { writeRanking(*c, w); }},
            {QStringLiteral("modeler.strategy"), ReportText::tr("The strategy chosen"),
             [c](Writer &w) { writeStrategy(*c, w); }}};
}

} // namespace Atelier::Modeler::Report
