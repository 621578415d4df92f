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

class LawTable;
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
    /// A modification of a contract decided under the evolutivity clause (its table `evolution`, read
    /// by name: core includes no panel), for the publication of its essential data (R2196-1).
    struct Modification
    {
        QString id, contractId, strategyId, contract;
        int number = 0;          ///< 1 for the contract's first
        qint64 initialCents = 0; ///< the contract's amount at notification
        QDate contractNotifiedOn, decidedOn, notifiedOn, publishedOn;
        /// The day its period of publication runs from: the avenant's notification, else its decision.
        QDate start() const { return notifiedOn.isValid() ? notifiedOn : decidedOn; }
    };
    struct Alert
    {
        enum Kind { LateMilestone, OverBudget, IndicatorOffTrack, DecpPublication };
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
    QList<Modification> modifications; ///< decided, in the order of the clause's table

    /// The last day to publish the essential data of a modification made on `from` (R2196-1: within
    /// the period of the law table, two months); invalid when the table has no such period.
    static QDate publicationDeadline(const LawTable &law, const QDate &from);
    /// Whether a modification's essential data must be published: its contract is at least the
    /// law table's threshold for the day it was notified (unknown: yes, to be safe).
    static bool mustPublish(const LawTable &law, const Modification &m);

    const Line *line(const QString &id) const;
    QString strategyTitle(const QString &id) const;
    Amounts total() const;
    Amounts totalForYear(int year) const;
    QList<BudgetBar> budgetByStrategy() const;
    QList<BudgetBar> budgetByYear() const;
    /// Planned, committed and paid added up month after month (key: first day of the month).
    QMap<QDate, Amounts> cumulativeByMonth() const;
    /// Late milestones, lines whose commitments or payments of a year exceed what was planned,
    /// indicators off track, and the essential data of decided modifications still to publish, with
    /// their deadline (R2196-1), in that order. `law`: the standard table when none is given.
    QList<Alert> alerts(const QDate &today, const LawTable *law = nullptr) const;
    QList<Checkpoint> upcomingCheckpoints(const QDate &today, int count) const;

private:
    QHash<QString, int> m_lineIndex;
};

} // namespace Atelier
