// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelerreport.h"

#include "modelerschema.h"
#include "workshop.h"

#include "core/format.h"
#include "core/projectcontext.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextCursor>

namespace Atelier::Modeler::Report {

struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Modeler::Report)
};

using Atelier::ReportBlocks::heading;
using Atelier::ReportBlocks::line;

static void writeLandscape(ProjectContext &ctx, QTextCursor &cursor)
{
    const FieldInfo &family = *Tables::card().field(QStringLiteral("family"));
    const QList<Row> cards = ctx.store.rows(Tables::card());
    for (int i = 0; i < kFamilyCount; ++i) {
        const QString key = familyKey(Family(i));
        heading(cursor, family.choiceLabel(key));
        int n = 0;
        for (const Row &c : cards)
            if (c.value(QStringLiteral("family")).toString() == key) {
                const QString body = c.value(QStringLiteral("body")).toString();
                line(cursor,
                     QStringLiteral("• %1%2").arg(c.value(QStringLiteral("title")).toString(),
                                                  body.isEmpty() ? QString() : QStringLiteral(" — ") + body));
                ++n;
            }
        if (n == 0)
            line(cursor, ReportText::tr("No card."));
    }
}

static void writeAmendments(ProjectContext &ctx, QTextCursor &cursor)
{
    const TableInfo &a = Tables::amendment();
    for (const Row &scenario : ctx.store.rows(Tables::scenario())) {
        heading(cursor, scenario.value(QStringLiteral("title")).toString());
        for (const Row &row : ctx.store.rows(a)) {
            if (row.value(QStringLiteral("scenario_id")) != scenario.value(QStringLiteral("id")))
                continue;
            const QString role = ctx.store
                                     .value(Tables::role(), row.value(QStringLiteral("role_id")).toString(),
                                            QStringLiteral("name"))
                                     .toString();
            line(cursor, ReportText::tr("Round %1, %2: %3 “%4” (%5) — %6")
                             .arg(row.value(QStringLiteral("round")).toInt())
                             .arg(role.isEmpty() ? ReportText::tr("no role") : role,
                                  Format::value(*a.field(QStringLiteral("action")),
                                                row.value(QStringLiteral("action"))),
                                  row.value(QStringLiteral("text")).toString(),
                                  row.value(QStringLiteral("reason")).toString(),
                                  Format::value(*a.field(QStringLiteral("status")),
                                                row.value(QStringLiteral("status")))));
        }
    }
}

static void writeRanking(ProjectContext &ctx, QTextCursor &cursor)
{
    const QLocale locale;
    for (const Workshop::Ranking &k : Workshop::rank(ctx))
        line(cursor, ReportText::tr("%1. %2 — impact %3 %, risk %4, %5 dot(s)%6")
                         .arg(k.rank)
                         .arg(k.title, locale.toString(k.impact, 'f', 0), locale.toString(k.risk, 'f', 1))
                         .arg(k.dots)
                         .arg(k.tied ? ReportText::tr(" (tie)") : QString()));
}

QList<ReportSection> sections(ProjectContext &ctx)
{
    ProjectContext *c = &ctx;
    return {{QStringLiteral("modeler.landscape"), ReportText::tr("The landscape of the project"),
             [c](QTextCursor &cursor) { writeLandscape(*c, cursor); }},
            {QStringLiteral("modeler.amendments"), ReportText::tr("The proposal, round after round"),
             [c](QTextCursor &cursor) { writeAmendments(*c, cursor); }},
            {QStringLiteral("modeler.ranking"), ReportText::tr("Scenarios ranked by impact and risk"),
             [c](QTextCursor &cursor) { writeRanking(*c, cursor); }}};
}

} // namespace Atelier::Modeler::Report
