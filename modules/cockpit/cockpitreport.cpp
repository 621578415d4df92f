// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cockpitreport.h"

#include "steering.h"

#include "core/entities.h"
#include "core/format.h"
#include "core/projectcontext.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QTextCursor>

namespace Atelier::Cockpit::Report {

struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Cockpit::Report)
};

using Atelier::ReportBlocks::heading;
using Atelier::ReportBlocks::line;

static QString isoDate(const QDate &date)
{
    return Format::date(date.toString(Qt::ISODate));
}

static void writeStrategies(ProjectContext &ctx, QTextCursor &cursor)
{
    const Steering steering = Steering::load(ctx.store);
    const FieldInfo &mode = Entities::investmentMode();
    for (const Steering::Strategy &s : steering.strategies) {
        heading(cursor, s.title);
        const QString objective =
            ctx.store.value(Entities::strategy(), s.id, QStringLiteral("objective")).toString();
        if (!objective.isEmpty())
            line(cursor, objective);
        for (const Steering::Line &l : steering.lines) {
            if (l.strategyId != s.id)
                continue;
            Amounts sum;
            for (const Steering::BudgetEntry &e : steering.budget)
                if (e.lineId == l.id)
                    sum += e.amounts;
            line(cursor, ReportText::tr("• %1 (%2): %3 planned, %4 committed, %5 paid")
                             .arg(l.title, mode.choiceLabel(l.mode), Format::money(sum.planned),
                                  Format::money(sum.committed), Format::money(sum.paid)));
        }
    }
    if (steering.strategies.isEmpty())
        line(cursor, ReportText::tr("No strategy yet."));
}

static void writeTimeline(ProjectContext &ctx, QTextCursor &cursor)
{
    const Steering steering = Steering::load(ctx.store);
    const FieldInfo &status = *Entities::milestone().field(QStringLiteral("status"));
    QList<Steering::Milestone> milestones = steering.milestones;
    std::stable_sort(
        milestones.begin(), milestones.end(),
        [](const Steering::Milestone &a, const Steering::Milestone &b) { return a.due < b.due; });
    for (const Steering::Milestone &m : milestones)
        line(cursor, ReportText::tr("%1 — %2 (%3, %4)")
                         .arg(isoDate(m.due), m.title, steering.strategyTitle(m.strategyId),
                              status.choiceLabel(m.status)));
    if (milestones.isEmpty())
        line(cursor, ReportText::tr("No milestone yet."));
}

static void writeIndicators(ProjectContext &ctx, QTextCursor &cursor)
{
    const Steering steering = Steering::load(ctx.store);
    for (const Steering::Indicator &i : steering.indicators) {
        const QString latest = i.measurements.isEmpty()
                                   ? ReportText::tr("not measured yet")
                                   : ReportText::tr("%1 %2 on %3")
                                         .arg(Format::number(i.measurements.last().value), i.unit,
                                              isoDate(i.measurements.last().date));
        line(cursor, ReportText::tr("• %1: from %2 to %3 %4 by %5; latest: %6")
                         .arg(i.name, Format::number(i.baseline), Format::number(i.target), i.unit,
                              isoDate(i.targetDate), latest));
    }
    if (steering.indicators.isEmpty())
        line(cursor, ReportText::tr("No indicator yet."));
}

static void writeCheckpoints(ProjectContext &ctx, QTextCursor &cursor)
{
    const Steering steering = Steering::load(ctx.store);
    for (const Steering::Checkpoint &c : steering.checkpoints) {
        heading(cursor, ReportText::tr("%1 — %2").arg(isoDate(c.date), c.title));
        for (const QString &decision : c.decisions)
            line(cursor, QStringLiteral("• ") + decision);
    }
    if (steering.checkpoints.isEmpty())
        line(cursor, ReportText::tr("No checkpoint yet."));
    const QList<Steering::Alert> alerts = steering.alerts(QDate::currentDate());
    if (!alerts.isEmpty()) {
        heading(cursor, ReportText::tr("Alerts"));
        for (const Steering::Alert &a : alerts)
            line(cursor, QStringLiteral("• ") + a.text);
    }
}

QList<ReportSection> sections(ProjectContext &ctx)
{
    return {{QStringLiteral("cockpit.strategies"), ReportText::tr("Strategies and budget"),
             [&ctx](QTextCursor &c) { writeStrategies(ctx, c); }},
            {QStringLiteral("cockpit.timeline"), ReportText::tr("Timeline"),
             [&ctx](QTextCursor &c) { writeTimeline(ctx, c); }},
            {QStringLiteral("cockpit.indicators"), ReportText::tr("Indicators"),
             [&ctx](QTextCursor &c) { writeIndicators(ctx, c); }},
            {QStringLiteral("cockpit.checkpoints"), ReportText::tr("Checkpoints and decisions"),
             [&ctx](QTextCursor &c) { writeCheckpoints(ctx, c); }}};
}

} // namespace Atelier::Cockpit::Report
