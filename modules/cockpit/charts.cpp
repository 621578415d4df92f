// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts.h"

#include "core/entities.h"
#include "core/format.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Atelier::Cockpit {

namespace {

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setPointSizeF(13);
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void styleAxis(QAbstractAxis *axis)
{
    QFont font = axis->labelsFont();
    font.setPointSizeF(10);
    axis->setLabelsFont(font);
}

/// Amounts shown in thousands or millions of euros, whichever keeps the axis readable.
struct MoneyScale
{
    double divisor;
    QString unit;
    explicit MoneyScale(qint64 largestCents)
        : divisor(largestCents >= 100'000'000 ? 100'000'000.0 : 100'000.0),
          unit(largestCents >= 100'000'000 ? Charts::tr("M€") : Charts::tr("k€"))
    {}
};

/// A round top for a value axis (1, 2, 2.5 or 5 times a power of ten) and the tick count that
/// goes with it, so that every tick is a round amount.
void setRoundRange(QValueAxis *axis, double largest)
{
    if (!(largest > 0)) {
        axis->setRange(0, 10);
        axis->setTickCount(6);
        return;
    }
    const double power = std::pow(10.0, std::floor(std::log10(largest)));
    for (const auto &[step, ticks] : {std::pair{1.0, 6}, {2.0, 5}, {2.5, 6}, {5.0, 6}, {10.0, 6}}) {
        if (largest <= step * power) {
            axis->setRange(0, step * power);
            axis->setTickCount(ticks);
            return;
        }
    }
}

QValueAxis *moneyAxis(const MoneyScale &scale)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(scale.unit);
    axis->setLabelFormat(scale.divisor > 100'000.0 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    axis->setMin(0);
    styleAxis(axis);
    return axis;
}

QDateTimeAxis *dateAxis(const QDate &from, const QDate &to)
{
    auto *axis = new QDateTimeAxis;
    axis->setFormat(QStringLiteral("MM/yyyy"));
    axis->setRange(from.startOfDay(), to.startOfDay());
    axis->setTickCount(std::clamp(int(from.daysTo(to) / 180) + 1, 3, 9));
    styleAxis(axis);
    return axis;
}

qreal msecs(const QDate &date)
{
    return qreal(date.startOfDay().toMSecsSinceEpoch());
}

/// The names as a category axis shows them: unique (an axis drops a repeated label, so repeats are
/// numbered) and broken into lines of a few words (axes draw their labels as rich text and would
/// otherwise cut a long name short).
QStringList axisLabels(QStringList names)
{
    constexpr int kLineLength = 28;
    QHash<QString, int> seen;
    for (QString &name : names) {
        if (name.isEmpty())
            name = Charts::tr("(untitled)");
        const int n = ++seen[name];
        if (n > 1)
            name += QStringLiteral(" (%1)").arg(n);
        QStringList lines{QString()};
        for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            // French puts a space before “:” or “?”: such a sign stays with the word before it.
            const bool sign = word.size() == 1 && QStringLiteral(":;?!»").contains(word);
            if (!sign && !lines.last().isEmpty() && lines.last().size() + 1 + word.size() > kLineLength)
                lines.append(QString());
            if (!lines.last().isEmpty())
                lines.last() += QLatin1Char(' ');
            lines.last() += word;
        }
        for (QString &line : lines)
            line = line.toHtmlEscaped();
        name = lines.join(QStringLiteral("<br>"));
    }
    return names;
}

void showTip(const QString &text)
{
    QToolTip::showText(QCursor::pos(), text);
}

} // namespace

QColor Charts::modeColor(const QString &mode)
{
    // Okabe–Ito colours: told apart by colour-blind readers, and on a washed-out projector.
    static const QHash<QString, QColor> colors{
        {QStringLiteral("purchase"), QColor(0x00, 0x72, 0xB2)},
        {QStringLiteral("partnership_purchase"), QColor(0x56, 0xB4, 0xE9)},
        {QStringLiteral("rd_contract"), QColor(0xE6, 0x9F, 0x00)},
        {QStringLiteral("innovation_pact"), QColor(0xCC, 0x79, 0xA7)},
        {QStringLiteral("grant"), QColor(0x00, 0x9E, 0x73)},
        {QStringLiteral("public_commons"), QColor(0xD5, 0x5E, 0x00)}};
    return colors.value(mode, QColor(0x77, 0x77, 0x77));
}

QChart *Charts::budget(const QList<Steering::BudgetBar> &bars, bool byStrategy)
{
    QChart *chart = newChart(byStrategy ? tr("Planned budget by strategy and mode")
                                        : tr("Planned budget by year and mode"));
    qint64 largest = 0;
    for (const Steering::BudgetBar &bar : bars) {
        qint64 sum = 0;
        for (qint64 cents : bar.plannedByMode)
            sum += cents;
        largest = std::max(largest, sum);
    }
    const MoneyScale scale(largest);
    QAbstractBarSeries *series = byStrategy
                                     ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                                     : new QStackedBarSeries;
    QStringList names;
    for (const Steering::BudgetBar &bar : bars)
        names.append(bar.label);
    const FieldInfo &mode = Entities::investmentMode();
    for (const Choice &choice : mode.choices) {
        const QString key = QLatin1String(choice.key);
        const bool present = std::any_of(bars.cbegin(), bars.cend(), [&](const Steering::BudgetBar &bar) {
            return bar.plannedByMode.value(key) > 0;
        });
        if (!present)
            continue;
        auto *set = new QBarSet(mode.choiceLabel(key));
        set->setColor(modeColor(key));
        set->setBorderColor(modeColor(key));
        for (const Steering::BudgetBar &bar : bars)
            set->append(double(bar.plannedByMode.value(key)) / scale.divisor);
        QObject::connect(set, &QBarSet::hovered, set, [set, names, bars, key](bool on, int index) {
            if (on && index >= 0 && index < bars.size())
                showTip(tr("%1 — %2: %3")
                            .arg(names[index], set->label(),
                                 Format::money(bars[index].plannedByMode.value(key))));
        });
        series->append(set);
    }
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(axisLabels(names));
    styleAxis(categories);
    QValueAxis *values = moneyAxis(scale);
    if (byStrategy) {
        categories->setReverse(true); // the first strategy on top
        chart->addAxis(categories, Qt::AlignLeft);
        chart->addAxis(values, Qt::AlignBottom);
    } else {
        chart->addAxis(categories, Qt::AlignBottom);
        chart->addAxis(values, Qt::AlignLeft);
    }
    series->attachAxis(categories);
    series->attachAxis(values);
    setRoundRange(values, double(largest) / scale.divisor);
    return chart;
}

QChart *Charts::spending(const Steering &steering)
{
    QChart *chart = newChart(tr("Planned, committed and paid, cumulated"));
    const QMap<QDate, Amounts> months = steering.cumulativeByMonth();
    if (months.isEmpty())
        return chart;
    const Amounts last = months.last();
    const MoneyScale scale(std::max({last.planned, last.committed, last.paid}));
    struct Curve
    {
        QString name;
        qint64 Amounts::*member;
        QColor color;
    };
    const Curve curves[] = {{tr("Planned"), &Amounts::planned, QColor(0x00, 0x72, 0xB2)},
                            {tr("Committed"), &Amounts::committed, QColor(0xE6, 0x9F, 0x00)},
                            {tr("Paid"), &Amounts::paid, QColor(0x00, 0x9E, 0x73)}};
    QDateTimeAxis *dates = dateAxis(months.firstKey(), months.lastKey().addMonths(1));
    QValueAxis *values = moneyAxis(scale);
    chart->addAxis(dates, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    for (const Curve &curve : curves) {
        auto *series = new QLineSeries;
        series->setName(curve.name);
        QPen pen(curve.color, 3);
        series->setPen(pen);
        QList<QPointF> points;
        points.reserve(months.size());
        for (auto it = months.cbegin(); it != months.cend(); ++it)
            points.append({msecs(it.key()), double(it.value().*curve.member) / scale.divisor});
        series->replace(points);
        chart->addSeries(series);
        series->attachAxis(dates);
        series->attachAxis(values);
    }
    setRoundRange(values, double(std::max({last.planned, last.committed, last.paid})) / scale.divisor);
    return chart;
}

int Charts::roadmapRows(const Steering &steering)
{
    int rows = int(steering.lines.size());
    // A strategy without lines still gets a row for its milestones.
    for (const Steering::Strategy &s : steering.strategies)
        if (std::none_of(steering.lines.cbegin(), steering.lines.cend(),
                         [&](const Steering::Line &l) { return l.strategyId == s.id; }))
            ++rows;
    return std::max(rows, 1);
}

QChart *Charts::roadmap(const Steering &steering, const QDate &today, bool withPhases)
{
    QChart *chart = newChart(tr("Roadmap"));
    // Rows: the lines of each strategy in order; a strategy without lines gets a row of its own.
    struct RowInfo
    {
        QString label, mode, lineId, strategyId;
        QDate start, end;
    };
    QList<RowInfo> rows;
    QHash<QString, int> rowOfLine, firstRowOfStrategy;
    for (const Steering::Strategy &s : steering.strategies) {
        firstRowOfStrategy.insert(s.id, int(rows.size()));
        bool any = false;
        for (const Steering::Line &l : steering.lines) {
            if (l.strategyId != s.id)
                continue;
            any = true;
            rowOfLine.insert(l.id, int(rows.size()));
            const QString label =
                steering.strategies.size() > 1 ? s.title + QStringLiteral(" › ") + l.title : l.title;
            rows.append({label, l.mode, l.id, s.id, l.start, l.end});
        }
        if (!any)
            rows.append({s.title, {}, {}, s.id, {}, {}});
    }
    if (rows.isEmpty())
        return chart;

    QDate from = today, to = today;
    auto widen = [&](const QDate &d) {
        if (d.isValid()) {
            from = std::min(from, d);
            to = std::max(to, d);
        }
    };
    for (const RowInfo &r : rows) {
        widen(r.start);
        widen(r.end);
    }
    for (const Steering::Milestone &m : steering.milestones) {
        widen(m.start);
        widen(m.due);
    }
    from = QDate(from.year(), from.month(), 1).addMonths(-1);
    to = QDate(to.year(), to.month(), 1).addMonths(2);

    QDateTimeAxis *dates = dateAxis(from, to);
    auto *rowAxis = new QCategoryAxis;
    const QStringList labels = axisLabels([&] {
        QStringList l;
        for (const RowInfo &r : rows)
            l.append(r.label);
        return l;
    }());
    for (int i = 0; i < rows.size(); ++i)
        rowAxis->append(labels[i], i + 0.5);
    rowAxis->setRange(-0.5, rows.size() - 0.5);
    rowAxis->setStartValue(-0.5);
    rowAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    rowAxis->setReverse(true);
    rowAxis->setGridLineVisible(false);
    styleAxis(rowAxis);
    chart->addAxis(dates, Qt::AlignBottom);
    chart->addAxis(rowAxis, Qt::AlignLeft);

    auto attach = [&](QAbstractSeries *series) {
        chart->addSeries(series);
        series->attachAxis(dates);
        series->attachAxis(rowAxis);
    };
    const qreal barWidth = std::clamp(360.0 / rows.size(), 6.0, 16.0);
    const FieldInfo &modeField = Entities::investmentMode();
    for (int i = 0; i < rows.size(); ++i) {
        const RowInfo &r = rows[i];
        if (!r.start.isValid() || !r.end.isValid())
            continue;
        auto *bar = new QLineSeries;
        bar->setName(modeField.choiceLabel(r.mode));
        QPen pen(modeColor(r.mode), barWidth);
        pen.setCapStyle(Qt::FlatCap);
        bar->setPen(pen);
        bar->append(msecs(r.start), i);
        bar->append(msecs(r.end), i);
        attach(bar);
        // The modes' colours are those of the budget chart; the legend names the milestones.
        for (QLegendMarker *marker : chart->legend()->markers(bar))
            marker->setVisible(false);
    }

    auto rowOf = [&](const Steering::Milestone &m) {
        return rowOfLine.value(m.lineId, firstRowOfStrategy.value(m.strategyId));
    };
    if (withPhases) {
        for (const Steering::Milestone &m : steering.milestones) {
            if (m.kind != QLatin1String("phase") || !m.start.isValid() || !m.due.isValid())
                continue;
            auto *phase = new QLineSeries;
            QPen pen(QColor(0x33, 0x33, 0x33), std::max(3.0, barWidth / 3));
            pen.setCapStyle(Qt::FlatCap);
            phase->setPen(pen);
            phase->append(msecs(m.start), rowOf(m) + 0.3);
            phase->append(msecs(m.due), rowOf(m) + 0.3);
            attach(phase);
            for (QLegendMarker *marker : chart->legend()->markers(phase))
                marker->setVisible(false);
        }
    }

    struct StatusSeries
    {
        QString name;
        QColor color;
        QScatterSeries *series = nullptr;
    };
    StatusSeries statuses[] = {{tr("Milestone met"), QColor(0x00, 0x9E, 0x73)},
                               {tr("Partially met"), QColor(0xE6, 0x9F, 0x00)},
                               {tr("Not met"), QColor(0x66, 0x66, 0x66)},
                               {tr("Scheduled"), QColor(0x00, 0x72, 0xB2)},
                               {tr("Late"), QColor(0xD5, 0x00, 0x00)}};
    for (StatusSeries &s : statuses) {
        s.series = new QScatterSeries;
        s.series->setName(s.name);
        s.series->setColor(s.color);
        s.series->setBorderColor(QColor(0x1d, 0x1d, 0x1b));
        s.series->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
        s.series->setMarkerSize(std::clamp(barWidth + 4, 10.0, 16.0));
    }
    QHash<QScatterSeries *, QList<const Steering::Milestone *>> shown;
    for (const Steering::Milestone &m : steering.milestones) {
        if (m.kind == QLatin1String("phase") || !m.due.isValid())
            continue;
        const int index = m.isLate(today)                              ? 4
                          : m.status == QLatin1String("met")           ? 0
                          : m.status == QLatin1String("partially_met") ? 1
                          : m.status == QLatin1String("not_met")       ? 2
                                                                       : 3;
        const QDate when = m.met.isValid() && index < 3 ? m.met : m.due;
        statuses[index].series->append(msecs(when), rowOf(m));
        shown[statuses[index].series].append(&m);
    }
    for (StatusSeries &s : statuses) {
        if (s.series->count() == 0) {
            delete s.series;
            continue;
        }
        attach(s.series);
        const QList<const Steering::Milestone *> milestones = shown.value(s.series);
        QScatterSeries *series = s.series;
        QObject::connect(
            series, &QScatterSeries::hovered, series, [series, milestones](const QPointF &p, bool on) {
                if (!on)
                    return;
                const QList<QPointF> points = series->points();
                for (int i = 0; i < points.size(); ++i)
                    if (points[i] == p)
                        showTip(QStringLiteral("%1 — %2").arg(
                            milestones[i]->title, Format::date(milestones[i]->due.toString(Qt::ISODate))));
            });
    }

    auto *todayLine = new QLineSeries;
    todayLine->setName(tr("Today"));
    QPen pen(QColor(0xD5, 0x00, 0x00), 2, Qt::DashLine);
    todayLine->setPen(pen);
    todayLine->append(msecs(today), -0.5);
    todayLine->append(msecs(today), rows.size() - 0.5);
    attach(todayLine);
    return chart;
}

namespace {

/// The bars of the indicators chart: one per indicator, or one per strategy (its indicators on
/// average) when there are too many indicators to read one by one.
struct ProgressBars
{
    QStringList labels;
    QList<double> reached, expected; ///< in % of the way
};

ProgressBars progressBars(const Steering &steering)
{
    constexpr int kReadable = 24;
    ProgressBars bars;
    if (steering.indicators.size() <= kReadable) {
        for (const Steering::Indicator &i : steering.indicators) {
            bars.labels.append(i.name);
            bars.reached.append(i.progress() * 100);
            bars.expected.append(i.expectedProgress() * 100);
        }
        return bars;
    }
    for (const Steering::Strategy &s : steering.strategies) {
        double sumReached = 0, sumExpected = 0;
        int n = 0;
        for (const Steering::Indicator &i : steering.indicators) {
            if (i.strategyId != s.id)
                continue;
            sumReached += i.progress();
            sumExpected += i.expectedProgress();
            ++n;
        }
        if (n == 0)
            continue;
        bars.labels.append(s.title);
        bars.reached.append(sumReached / n * 100);
        bars.expected.append(sumExpected / n * 100);
    }
    return bars;
}

} // namespace

int Charts::indicatorRows(const Steering &steering)
{
    return std::max(int(progressBars(steering).labels.size()), 1);
}

QChart *Charts::indicators(const Steering &steering)
{
    QChart *chart = newChart(tr("Indicators: progress toward target"));
    const auto [labels, reached, expected] = progressBars(steering);
    if (labels.isEmpty())
        return chart;
    auto *series = new QHorizontalBarSeries;
    auto *reachedSet = new QBarSet(tr("Reached"));
    reachedSet->setColor(QColor(0x00, 0x72, 0xB2));
    auto *expectedSet = new QBarSet(tr("Expected by now"));
    expectedSet->setColor(QColor(0xBB, 0xBB, 0xBB));
    double top = 100;
    for (int i = 0; i < labels.size(); ++i) {
        reachedSet->append(std::clamp(reached[i], 0.0, 150.0));
        expectedSet->append(expected[i]);
        top = std::max(top, std::min(reached[i], 150.0));
    }
    series->append(reachedSet);
    series->append(expectedSet);
    QObject::connect(reachedSet, &QBarSet::hovered, reachedSet, [labels, reached](bool on, int index) {
        if (on && index >= 0 && index < labels.size())
            showTip(tr("%1: %2% of the way").arg(labels[index], QLocale().toString(qRound(reached[index]))));
    });
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(axisLabels(labels));
    names->setReverse(true);
    styleAxis(names);
    auto *percent = new QValueAxis;
    percent->setRange(0, std::ceil(top / 25) * 25);
    percent->setLabelFormat(QStringLiteral("%.0f"));
    percent->setTitleText(tr("% of the way from baseline to target"));
    styleAxis(percent);
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(percent, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(percent);
    return chart;
}

} // namespace Atelier::Cockpit
