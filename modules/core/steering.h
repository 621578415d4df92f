// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace Atelier {

class Store;

struct Amounts
{
    qint64 planned = 0, committed = 0, paid = 0;
    Amounts &operator+=(const Amounts &other);
};

/// The steering figures of the project (or of one strategy), read from the store in one go: what the
/// dashboards draw, what the alerts watch, what a baseline freezes. Holds no widgets: the reports
/// read it too.
class Steering
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Steering)
public:
    struct Strategy
    {
        QString id, title;
    };
    struct Line
    {
        QString id, strategyId, mode, title;
        QDate start, end;
    };
    struct BudgetEntry
    {
        QString lineId;
        QDate period;
        Amounts amounts;
    };
    struct Milestone
    {
        QString id, strategyId, lineId, title, kind, status;
        QDate start, due, met;
        bool isLate(const QDate &today) const;
    };
    struct Measurement
    {
        QDate date;
        double value = 0;
    };
    struct Indicator
    {
        QString id, strategyId, name, unit;
        double baseline = 0, target = 0;
        QDate baselineDate, targetDate;
        QList<Measurement> measurements; ///< by date
        /// How far the latest measurement went from the baseline to the target (0 = baseline,
        /// 1 = target reached; may be negative or above 1). No measurement: 0.
        double progress() const;
        /// How far it should be at the latest measurement's date, the way from the baseline date to
        /// the target date being walked at an even pace. Unknown dates: 0.
        double expectedProgress() const;
        /// Off track: late by more than a tenth of the way, or the target date passed short of it.
        bool isOffTrack(const QDate &today) const;
    };
    struct Checkpoint
    {
        QString id, strategyId, title;
        QDate date;
        QStringList decisions;
    };
    struct Alert
    {
        enum Kind { LateMilestone, OverBudget, IndicatorOffTrack };
        Kind kind;
        QString strategyId, subjectId;
        QString text;
    };
    /// A bar of the budget chart: planned amounts of one strategy (or one year) by investment mode.
    struct BudgetBar
    {
        QString label;
        QHash<QString, qint64> plannedByMode;
    };

    /// The whole project, or only `strategyId`'s rows when it is not empty.
    static Steering load(const Store &store, const QString &strategyId = {});
    /// These strategies' rows only (checkpoints of the whole project stay), in the same order.
    Steering only(const QStringList &strategyIds) const;

    QList<Strategy> strategies;
    QList<Line> lines; ///< by strategy, then in the strategy's order
    QList<BudgetEntry> budget;
    QList<Milestone> milestones;
    QList<Indicator> indicators;
    QList<Checkpoint> checkpoints; ///< by date

    const Line *line(const QString &id) const;
    QString strategyTitle(const QString &id) const;
    Amounts total() const;
    Amounts totalForYear(int year) const;
    QList<BudgetBar> budgetByStrategy() const;
    QList<BudgetBar> budgetByYear() const;
    /// Planned, committed and paid added up month after month (key: first day of the month).
    QMap<QDate, Amounts> cumulativeByMonth() const;
    /// Late milestones, lines whose commitments or payments of a year exceed what was planned, and
    /// indicators off track, in that order.
    QList<Alert> alerts(const QDate &today) const;
    QList<Checkpoint> upcomingCheckpoints(const QDate &today, int count) const;

private:
    QHash<QString, int> m_lineIndex;
};

} // namespace Atelier
