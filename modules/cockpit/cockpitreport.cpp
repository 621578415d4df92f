// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cockpitreport.h"

#include "core/baseline.h"
#include "charts.h"
#include "cockpitschema.h"
#include "core/steering.h"

#include "core/entities.h"
#include "core/format.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "reports/reportwriter.h"

#include <QChart>
#include <QCoreApplication>
#include <QLocale>

#include <map>
#include <memory>
#include <optional>

namespace Atelier::Cockpit::Report {

struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Cockpit::Report)
};

using Reports::Column;
using Reports::Writer;

/// The rows of a landscape roadmap page: beyond, the bars get too thin to read on paper.
static constexpr int kRoadmapRowsPerPage = 14;

static QString dateText(const QDate &date)
{
    return date.isValid() ? Format::date(date.toString(Qt::ISODate)) : QString();
}

static QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

static QString modeLabel(const QString &mode)
{
    return Entities::investmentMode().choiceLabel(mode);
}

/// The modes in the order of the investment-mode list.
static QStringList modesUsed(const Steering &steering)
{
    QStringList modes;
    for (const Choice &choice : Entities::investmentMode().choices) {
        const QString key = QLatin1String(choice.key);
        for (const Steering::Line &l : steering.lines)
            if (l.mode == key) {
                modes << key;
                break;
            }
    }
    return modes;
}

static qint64 plannedForLine(const Steering &steering, const QString &lineId)
{
    qint64 sum = 0;
    for (const Steering::BudgetEntry &e : steering.budget)
        if (e.lineId == lineId)
            sum += e.amounts.planned;
    return sum;
}

static QString percent(double ratio)
{
    return QLocale().toString(ratio * 100, 'f', 0) + QStringLiteral("\u00a0%");
}

// ---- Page 1: the summary --------------------------------------------------------------------

static void writeModesInOneSentence(const Steering &steering, Writer &writer)
{
    writer.heading(ReportText::tr("The strategy in a few words"));
    const QStringList modes = modesUsed(steering);
    if (modes.isEmpty()) {
        writer.note(ReportText::tr("No investment line yet: the strategy is still to be written."));
        return;
    }
    for (const QString &mode : modes) {
        QStringList titles;
        qint64 planned = 0;
        for (const Steering::Line &l : steering.lines)
            if (l.mode == mode) {
                titles << l.title;
                planned += plannedForLine(steering, l.id);
            }
        writer.lead(capitalised(modeLabel(mode)) + ReportText::tr(":"),
                    ReportText::tr("%1 (%2 planned).")
                        .arg(titles.join(QStringLiteral("; ")), Format::money(planned)));
    }
}

static void writeBudgetFigures(const Steering &steering, const QDate &today, Writer &writer)
{
    writer.heading(ReportText::tr("Budget"));
    const Amounts total = steering.total();
    const Amounts year = steering.totalForYear(today.year());
    writer.lead(
        ReportText::tr("Total budget:"),
        ReportText::tr("%1 planned, %2 committed, %3 paid.")
            .arg(Format::money(total.planned), Format::money(total.committed), Format::money(total.paid)));
    writer.lead(
        ReportText::tr("In %1:").arg(today.year()),
        ReportText::tr("%1 planned, %2 committed, %3 paid.")
            .arg(Format::money(year.planned), Format::money(year.committed), Format::money(year.paid)));
}

static void writeNextCheckpoints(const Steering &steering, const QDate &today, Writer &writer)
{
    writer.heading(ReportText::tr("The next checkpoints and decisions"));
    const QList<Steering::Checkpoint> next = steering.upcomingCheckpoints(today, 3);
    if (next.isEmpty())
        writer.note(ReportText::tr("No checkpoint planned yet."));
    for (const Steering::Checkpoint &c : next) {
        const QString decisions = c.decisions.isEmpty() ? ReportText::tr("no decision listed yet")
                                                        : c.decisions.join(QStringLiteral("; "));
        writer.bullet(ReportText::tr("%1, %2: %3.").arg(Format::longDate(c.date), c.title, decisions));
    }
}

/// The differences with the latest baseline: what changed since the plan was last frozen (when a
/// roadmap is sent, the plan is frozen; the next roadmap tells what moved).
static void writeChangesSinceBaseline(ProjectContext &ctx, const Steering &steering, Writer &writer)
{
    writer.heading(ReportText::tr("What changed since the last roadmap"));
    Row latest;
    for (const Row &row : ctx.store.rows(Entities::baseline()))
        if (latest.isEmpty() || text(row, "taken_on") > text(latest, "taken_on"))
            latest = row;
    if (latest.isEmpty()) {
        writer.note(
            ReportText::tr("No baseline yet. Freeze the plan in the cockpit (Baselines) when this roadmap "
                           "is sent: the next one will say what changed."));
        return;
    }
    bool ok = true;
    const QList<Baseline::Difference> differences = Baseline::compare(text(latest, "plan"), steering, &ok);
    const QString since = ReportText::tr("Compared with the baseline “%1” of %2.")
                              .arg(text(latest, "name"), Format::date(text(latest, "taken_on")));
    if (!ok) {
        writer.note(since + QLatin1Char(' ') +
                    ReportText::tr("That baseline is damaged and cannot be compared."));
        return;
    }
    if (differences.isEmpty()) {
        writer.paragraph(since + QLatin1Char(' ') + ReportText::tr("Nothing has changed in the plan."));
        return;
    }
    writer.paragraph(since);
    constexpr int kShown = 6;
    for (int i = 0; i < std::min<int>(kShown, int(differences.size())); ++i) {
        const Baseline::Difference &d = differences[i];
        writer.bullet(ReportText::tr("%1: %2.").arg(d.subject, d.change));
    }
    if (differences.size() > kShown)
        writer.note(ReportText::tr("And %n other change(s), listed in the cockpit.", nullptr,
                                   int(differences.size()) - kShown));
}

static void writeSummary(ProjectContext &ctx, const Steering &all, Writer &writer)
{
    const QDate today = QDate::currentDate();
    const Steering &steering = all;
    writeModesInOneSentence(steering, writer);
    writeBudgetFigures(steering, today, writer);
    writeNextCheckpoints(steering, today, writer);
    writeChangesSinceBaseline(ctx, steering, writer);
}

// ---- The strategy: modes, budget per mode and per year ---------------------------------------

static void writeBudgetByModeAndYear(const Steering &steering, Writer &writer)
{
    std::map<int, std::map<QString, qint64>> byYear; // year → mode → planned
    for (const Steering::BudgetEntry &e : steering.budget)
        if (const Steering::Line *l = steering.line(e.lineId))
            byYear[e.period.year()][l->mode] += e.amounts.planned;
    if (byYear.empty()) {
        writer.note(ReportText::tr("No budget entered yet."));
        return;
    }
    QList<Column> columns{{ReportText::tr("Mode"), false, 3}};
    for (const auto &[year, modes] : byYear)
        columns << Column{QString::number(year), true, 2};
    columns << Column{ReportText::tr("Total"), true, 2};
    QList<QStringList> rows;
    for (const QString &mode : modesUsed(steering)) {
        QStringList row{capitalised(modeLabel(mode))};
        qint64 sum = 0;
        for (const auto &[year, modes] : byYear) {
            const auto found = modes.find(mode);
            const qint64 v = found == modes.end() ? 0 : found->second;
            sum += v;
            row << Format::wholeMoney(v);
        }
        rows << (row << Format::wholeMoney(sum));
    }
    QStringList total{ReportText::tr("Total")};
    qint64 all = 0;
    for (const auto &[year, modes] : byYear) {
        qint64 v = 0;
        for (const auto &[mode, amount] : modes)
            v += amount;
        all += v;
        total << Format::wholeMoney(v);
    }
    rows << (total << Format::wholeMoney(all));
    writer.table(columns, rows, true);
}

static void writeStrategies(ProjectContext &ctx, const Steering &all, Writer &writer)
{
    if (all.strategies.isEmpty()) {
        writer.note(ReportText::tr("No strategy yet."));
        return;
    }
    writer.heading(ReportText::tr("Planned budget by investment mode and year"));
    writeBudgetByModeAndYear(all, writer);
    if (all.strategies.size() > 1) {
        const QList<Steering::BudgetBar> bars = all.budgetByStrategy();
        writer.chart([bars] { return Charts::budget(bars, true); },
                     std::clamp(25.0 + 9.0 * bars.size(), 70.0, 200.0));
    }
    for (const Steering::Strategy &s : all.strategies) {
        const Steering steering = all.only({s.id});
        writer.heading(s.title);
        const Row row = ctx.store.row(Entities::strategy(), s.id);
        if (!text(row, "objective").isEmpty())
            writer.paragraph(text(row, "objective"));
        if (!text(row, "responsible_service").isEmpty())
            writer.lead(ReportText::tr("Responsible service:"), text(row, "responsible_service"));
        QList<QStringList> lines;
        for (const Steering::Line &l : steering.lines)
            lines << QStringList{l.title, capitalised(modeLabel(l.mode)), dateText(l.start), dateText(l.end),
                                 Format::wholeMoney(plannedForLine(steering, l.id))};
        if (lines.isEmpty()) {
            writer.note(ReportText::tr("No investment line yet."));
            continue;
        }
        writer.table({{ReportText::tr("Investment line"), false, 4},
                      {ReportText::tr("Mode"), false, 3},
                      {ReportText::tr("Start"), false, 2},
                      {ReportText::tr("End"), false, 2},
                      {ReportText::tr("Planned"), true, 3}},
                     lines);
        const QList<Steering::BudgetBar> years = steering.budgetByYear();
        if (!years.isEmpty())
            writer.chart([years] { return Charts::budget(years, false); }, 75);
    }
}

// ---- The roadmap: landscape pages, then the milestones in a table -----------------------------

static void writeRoadmap(ProjectContext &, const Steering &all, Writer &writer)
{
    const QDate today = QDate::currentDate();
    // Strategies go on a page together while their rows fit; a strategy never splits.
    QList<QStringList> pages;
    int rows = 0;
    for (const Steering::Strategy &s : all.strategies) {
        const int own = Charts::roadmapRows(all.only({s.id}));
        if (pages.isEmpty() || rows + own > kRoadmapRowsPerPage) {
            pages.append(QStringList());
            rows = 0;
        }
        pages.last() << s.id;
        rows += own;
    }
    for (int i = 0; i < pages.size(); ++i) {
        const Steering page = all.only(pages[i]);
        const QString title =
            pages.size() == 1
                ? ReportText::tr("The calendar of the strategy")
                : ReportText::tr("The calendar of the strategy (%1/%2)").arg(i + 1).arg(pages.size());
        writer.landscapeChart(title, [page, today] { return Charts::roadmap(page, today, true); });
    }
    writer.heading(ReportText::tr("Milestones"));
    QList<Steering::Milestone> milestones = all.milestones;
    std::stable_sort(
        milestones.begin(), milestones.end(),
        [](const Steering::Milestone &a, const Steering::Milestone &b) { return a.due < b.due; });
    const FieldInfo &status = *Entities::milestone().field(QStringLiteral("status"));
    QList<QStringList> table;
    for (const Steering::Milestone &m : milestones) {
        QString state = status.choiceLabel(m.status);
        if (m.isLate(today))
            state = ReportText::tr("late");
        table << QStringList{dateText(m.due), m.title, all.strategyTitle(m.strategyId), state};
    }
    if (table.isEmpty())
        writer.note(ReportText::tr("No milestone yet."));
    else
        writer.table({{ReportText::tr("Due"), false, 2},
                      {ReportText::tr("Milestone"), false, 5},
                      {ReportText::tr("Strategy"), false, 4},
                      {ReportText::tr("Status"), false, 2}},
                     table);
}

// ---- Impacts and indicators ------------------------------------------------------------------

static void writeIndicators(ProjectContext &ctx, const Steering &all, Writer &writer)
{
    const QDate today = QDate::currentDate();
    if (all.strategies.isEmpty()) {
        writer.note(ReportText::tr("No strategy yet."));
        return;
    }
    for (const Steering::Strategy &s : all.strategies) {
        writer.heading(s.title);
        const QString impacts =
            ctx.store.value(Entities::strategy(), s.id, QStringLiteral("impacts")).toString();
        if (!impacts.isEmpty())
            writer.lead(ReportText::tr("Impacts sought:"), impacts);
        QList<QStringList> rows;
        for (const Steering::Indicator &i : all.indicators) {
            if (i.strategyId != s.id)
                continue;
            const QString latest = i.measurements.isEmpty()
                                       ? ReportText::tr("not measured yet")
                                       : ReportText::tr("%1 %2 (%3)")
                                             .arg(Format::number(i.measurements.last().value), i.unit,
                                                  dateText(i.measurements.last().date));
            QString state = ReportText::tr("on track");
            if (i.progress() >= 1)
                state = ReportText::tr("reached");
            else if (i.isOffTrack(today))
                state = ReportText::tr("off track");
            else if (i.measurements.isEmpty())
                state = ReportText::tr("to be measured");
            rows << QStringList{
                i.name,
                ReportText::tr("%1 %2").arg(Format::number(i.baseline), i.unit),
                ReportText::tr("%1 %2 by %3").arg(Format::number(i.target), i.unit, dateText(i.targetDate)),
                latest,
                percent(i.progress()),
                state};
        }
        if (rows.isEmpty()) {
            writer.note(ReportText::tr("No indicator yet."));
            continue;
        }
        writer.table({{ReportText::tr("Indicator"), false, 4},
                      {ReportText::tr("Baseline"), true, 2},
                      {ReportText::tr("Target"), true, 3},
                      {ReportText::tr("Latest"), true, 3},
                      {ReportText::tr("Progress"), true, 2},
                      {ReportText::tr("Status"), false, 2}},
                     rows);
    }
    if (!all.indicators.isEmpty())
        writer.chart([all] { return Charts::indicators(all); },
                     std::clamp(30.0 + 13.0 * Charts::indicatorRows(all), 70.0, 220.0));
}

// ---- Checkpoints, decisions, contract modifications -------------------------------------------

static QString convened(const Row &checkpoint)
{
    const TableInfo &table = Entities::checkpoint();
    QStringList who;
    for (const char *column :
         {"convene_buyers", "convene_prescribers", "convene_elected", "convene_reservist", "convene_jury"})
        if (checkpoint.value(QLatin1String(column)).toBool())
            who << table.field(QLatin1String(column))->translatedLabel().toLower();
    return who.join(QStringLiteral(", "));
}

/// Late milestones, budgets over plan, indicators off track: what the next checkpoint looks at.
static void writeAlerts(const Steering &steering, Writer &writer)
{
    const QList<Steering::Alert> alerts = steering.alerts(QDate::currentDate());
    writer.heading(ReportText::tr("Points of attention"));
    if (alerts.isEmpty())
        writer.note(ReportText::tr("Nothing late, over budget or off track."));
    for (const Steering::Alert &a : alerts)
        writer.bullet(a.text);
}

static void writeCheckpoints(ProjectContext &ctx, const Steering &all, Writer &writer)
{
    const Steering &steering = all;
    writeAlerts(steering, writer);
    for (const Steering::Checkpoint &c : steering.checkpoints) {
        const Row row = ctx.store.row(Entities::checkpoint(), c.id);
        const QString strategy = steering.strategyTitle(c.strategyId);
        writer.heading(ReportText::tr("%1 — %2").arg(dateText(c.date), c.title));
        writer.lead(ReportText::tr("Concerns:"),
                    strategy.isEmpty() ? ReportText::tr("the whole project") : strategy);
        const QString who = convened(row);
        if (!who.isEmpty())
            writer.lead(ReportText::tr("Convened:"), who);
        if (!text(row, "agenda").isEmpty())
            writer.lead(ReportText::tr("Agenda:"), text(row, "agenda"));
        int decisions = 0;
        for (const Row &d : ctx.store.rows(Entities::decision())) {
            if (text(d, "checkpoint_id") != c.id)
                continue;
            QString line = text(d, "text");
            const QString contract = text(d, "contract_id");
            if (!contract.isEmpty())
                line += ReportText::tr(" (contract: %1)")
                            .arg(ctx.store.value(Entities::contract(), contract, QStringLiteral("holder"))
                                     .toString());
            if (!text(d, "legal_basis").isEmpty())
                line += ReportText::tr(" — legal basis: %1").arg(text(d, "legal_basis"));
            writer.bullet(line);
            ++decisions;
        }
        if (decisions == 0)
            writer.note(c.date >= QDate::currentDate()
                            ? ReportText::tr("Decisions to be taken at this checkpoint.")
                            : ReportText::tr("No decision recorded."));
    }
    if (steering.checkpoints.isEmpty())
        writer.note(ReportText::tr("No checkpoint yet."));

    // The modifications log of the legal drawer: accepted contract modifications.
    QList<QStringList> modifications;
    for (const Row &item : ctx.store.rows(Tables::drawerItem()))
        if (text(item, "kind") == QLatin1String("modification"))
            modifications << QStringList{Format::date(text(item, "date")), text(item, "title"),
                                         text(item, "note"),
                                         steering.strategyTitle(text(item, "strategy_id"))};
    writer.heading(ReportText::tr("Contract modifications"));
    if (modifications.isEmpty())
        writer.note(ReportText::tr("No contract modification so far."));
    else
        writer.table({{ReportText::tr("Date"), false, 2},
                      {ReportText::tr("Modification"), false, 4},
                      {ReportText::tr("Grounds and legal basis"), false, 5},
                      {ReportText::tr("Strategy"), false, 3}},
                     modifications);
}

QList<Reports::ReportSection> sections(ProjectContext &ctx)
{
    // The steering figures are read once per report, by the first section that needs them: every
    // section of one report shows the same plan.
    auto figures = std::make_shared<std::optional<Steering>>();
    auto with = [c = &ctx, figures](void (*write)(ProjectContext &, const Steering &, Writer &)) {
        return [c, figures, write](Writer &w) {
            if (!figures->has_value())
                figures->emplace(Steering::load(c->store));
            write(*c, **figures, w);
        };
    };
    return {{QStringLiteral("cockpit.summary"), ReportText::tr("In two minutes"), with(writeSummary)},
            {QStringLiteral("cockpit.strategies"), ReportText::tr("The strategy and its budget"),
             with(writeStrategies)},
            {QStringLiteral("cockpit.roadmap"), ReportText::tr("The calendar"), with(writeRoadmap)},
            {QStringLiteral("cockpit.indicators"), ReportText::tr("Impacts sought and indicators"),
             with(writeIndicators)},
            {QStringLiteral("cockpit.checkpoints"), ReportText::tr("Checkpoints and decisions"),
             with(writeCheckpoints)}};
}

} // namespace Atelier::Cockpit::Report
