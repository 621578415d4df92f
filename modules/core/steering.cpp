// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/steering.h"

#include "entities.h"
#include "format.h"
#include "lawtable.h"
#include "sqlite.h"
#include "store.h"

#include <QSet>

#include <algorithm>

namespace Atelier {

Amounts &Amounts::operator+=(const Amounts &other)
{
    planned += other.planned;
    committed += other.committed;
    paid += other.paid;
    return *this;
}

static QDate dateOf(const Row &row, const char *column)
{
    return QDate::fromString(row.value(QLatin1String(column)).toString(), Qt::ISODate);
}

/// The modifications decided under the evolutivity clause, read from its table by name (absent when
/// the clause's module is not part of the schema).
static QList<Steering::Modification> loadModifications(const Store &store, const QSet<QString> &strategies)
{
    static const TableInfo evolution{"evolution", "", "", {}};
    QList<Steering::Modification> out;
    QList<Row> rows;
    try {
        rows = store.rows(evolution);
    } catch (const Sql::Error &) {
        return out;
    }
    QHash<QString, qint64> decidedChange;
    QHash<QString, int> count;
    for (const Row &row : rows) {
        if (text(row, "status") != QLatin1String("decided"))
            continue;
        const QString contractId = text(row, "contract_id");
        decidedChange[contractId] += row.value(QStringLiteral("amount_change_cents")).toLongLong();
        const QString strategy = Entities::contractStrategy(store, contractId);
        Steering::Modification m;
        m.id = text(row, "id");
        m.contractId = contractId;
        m.strategyId = strategy;
        m.contract = Entities::contractName(store, contractId);
        m.number = ++count[contractId];
        m.decidedOn = dateOf(row, "decided_on");
        m.notifiedOn = dateOf(row, "notified_on");
        m.publishedOn = dateOf(row, "decp_published_on");
        if (strategies.contains(strategy))
            out << m;
    }
    for (Steering::Modification &m : out) {
        const Row contract = store.row(Entities::contract(), m.contractId);
        m.initialCents = contract.value(QStringLiteral("amount_cents")).toLongLong() - decidedChange.value(m.contractId);
        m.contractNotifiedOn = dateOf(contract, "notification_date");
    }
    return out;
}

QDate Steering::publicationDeadline(const LawTable &law, const QDate &from)
{
    const auto months = law.find(QStringLiteral("decp_publication"), from);
    return months && from.isValid() ? from.addMonths(int(months->value)) : QDate();
}

bool Steering::mustPublish(const LawTable &law, const Modification &m)
{
    const auto threshold = law.find(QStringLiteral("decp_publication.threshold"), m.contractNotifiedOn);
    return !m.contractNotifiedOn.isValid() || !threshold || m.initialCents >= threshold->value;
}

bool Steering::Milestone::isLate(const QDate &today) const
{
    return status == QLatin1String("scheduled") && due.isValid() && due < today;
}

double Steering::Indicator::progress() const
{
    if (measurements.isEmpty() || target == baseline)
        return 0;
    return (measurements.last().value - baseline) / (target - baseline);
}

double Steering::Indicator::expectedProgress() const
{
    if (measurements.isEmpty() || !baselineDate.isValid() || !targetDate.isValid())
        return 0;
    const qint64 span = baselineDate.daysTo(targetDate);
    if (span <= 0)
        return 1;
    return std::clamp(double(baselineDate.daysTo(measurements.last().date)) / double(span), 0.0, 1.0);
}

bool Steering::Indicator::isOffTrack(const QDate &today) const
{
    if (measurements.isEmpty())
        return false;
    if (targetDate.isValid() && targetDate < today && progress() < 1.0)
        return true;
    return progress() < expectedProgress() - 0.1;
}

Steering Steering::load(const Store &store, const QString &strategyId)
{
    Steering s;
    auto wanted = [&](const QString &id) { return strategyId.isEmpty() || id == strategyId; };
    for (const Row &row : store.rows(Entities::strategy()))
        if (wanted(text(row, "id")))
            s.strategies.append({text(row, "id"), text(row, "title")});
    QHash<QString, int> strategyOrder;
    for (int i = 0; i < s.strategies.size(); ++i)
        strategyOrder.insert(s.strategies[i].id, i);

    for (const Row &row : store.rows(Entities::investmentLine()))
        if (strategyOrder.contains(text(row, "strategy_id")))
            s.lines.append({text(row, "id"), text(row, "strategy_id"), text(row, "mode"), text(row, "title"),
                            dateOf(row, "start_date"), dateOf(row, "end_date")});
    std::stable_sort(s.lines.begin(), s.lines.end(), [&](const Line &a, const Line &b) {
        return strategyOrder.value(a.strategyId) < strategyOrder.value(b.strategyId);
    });
    for (int i = 0; i < s.lines.size(); ++i)
        s.m_lineIndex.insert(s.lines[i].id, i);

    for (const Row &row : store.rows(Entities::budgetEntry()))
        if (s.m_lineIndex.contains(text(row, "line_id")))
            s.budget.append({text(row, "line_id"),
                             dateOf(row, "period"),
                             {row.value(QStringLiteral("planned_cents")).toLongLong(),
                              row.value(QStringLiteral("committed_cents")).toLongLong(),
                              row.value(QStringLiteral("paid_cents")).toLongLong()}});

    for (const Row &row : store.rows(Entities::milestone()))
        if (strategyOrder.contains(text(row, "strategy_id")))
            s.milestones.append({text(row, "id"), text(row, "strategy_id"), text(row, "line_id"),
                                 text(row, "title"), text(row, "kind"), text(row, "status"),
                                 dateOf(row, "start_date"), dateOf(row, "due_date"),
                                 dateOf(row, "met_date")});

    QHash<QString, int> indicatorIndex;
    for (const Row &row : store.rows(Entities::indicator())) {
        if (!strategyOrder.contains(text(row, "strategy_id")))
            continue;
        indicatorIndex.insert(text(row, "id"), int(s.indicators.size()));
        s.indicators.append({text(row, "id"),
                             text(row, "strategy_id"),
                             text(row, "name"),
                             text(row, "unit"),
                             row.value(QStringLiteral("baseline_value")).toDouble(),
                             row.value(QStringLiteral("target_value")).toDouble(),
                             dateOf(row, "baseline_date"),
                             dateOf(row, "target_date"),
                             {}});
    }
    for (const Row &row : store.rows(Entities::measurement())) {
        const auto found = indicatorIndex.constFind(text(row, "indicator_id"));
        const QDate date = dateOf(row, "date");
        if (found != indicatorIndex.constEnd() && date.isValid())
            s.indicators[*found].measurements.append({date, row.value(QStringLiteral("value")).toDouble()});
    }
    for (Indicator &indicator : s.indicators)
        std::stable_sort(indicator.measurements.begin(), indicator.measurements.end(),
                         [](const Measurement &a, const Measurement &b) { return a.date < b.date; });
    s.modifications = loadModifications(store, QSet<QString>(strategyOrder.keyBegin(), strategyOrder.keyEnd()));

    QHash<QString, int> checkpointIndex;
    for (const Row &row : store.rows(Entities::checkpoint())) {
        const QString owner = text(row, "strategy_id");
        // A checkpoint of the whole project concerns every strategy.
        if (!owner.isEmpty() && !strategyOrder.contains(owner))
            continue;
        checkpointIndex.insert(text(row, "id"), int(s.checkpoints.size()));
        s.checkpoints.append({text(row, "id"), owner, text(row, "title"), dateOf(row, "date"), {}});
    }
    for (const Row &row : store.rows(Entities::decision())) {
        const auto found = checkpointIndex.constFind(text(row, "checkpoint_id"));
        if (found != checkpointIndex.constEnd())
            s.checkpoints[*found].decisions.append(text(row, "text"));
    }
    std::stable_sort(s.checkpoints.begin(), s.checkpoints.end(),
                     [](const Checkpoint &a, const Checkpoint &b) { return a.date < b.date; });
    return s;
}

Steering Steering::only(const QStringList &strategyIds) const
{
    const QSet<QString> wanted(strategyIds.begin(), strategyIds.end());
    Steering s;
    for (const Strategy &strategy : strategies)
        if (wanted.contains(strategy.id))
            s.strategies.append(strategy);
    for (const Line &l : lines)
        if (wanted.contains(l.strategyId)) {
            s.m_lineIndex.insert(l.id, int(s.lines.size()));
            s.lines.append(l);
        }
    for (const BudgetEntry &entry : budget)
        if (s.m_lineIndex.contains(entry.lineId))
            s.budget.append(entry);
    for (const Milestone &m : milestones)
        if (wanted.contains(m.strategyId))
            s.milestones.append(m);
    for (const Indicator &i : indicators)
        if (wanted.contains(i.strategyId))
            s.indicators.append(i);
    for (const Checkpoint &c : checkpoints)
        if (c.strategyId.isEmpty() || wanted.contains(c.strategyId))
            s.checkpoints.append(c);
    for (const Modification &m : modifications)
        if (wanted.contains(m.strategyId))
            s.modifications.append(m);
    return s;
}

const Steering::Line *Steering::line(const QString &id) const
{
    const auto found = m_lineIndex.constFind(id);
    return found == m_lineIndex.constEnd() ? nullptr : &lines[*found];
}

QString Steering::strategyTitle(const QString &id) const
{
    for (const Strategy &s : strategies)
        if (s.id == id)
            return s.title;
    return {};
}

Amounts Steering::total() const
{
    Amounts sum;
    for (const BudgetEntry &entry : budget)
        sum += entry.amounts;
    return sum;
}

Amounts Steering::totalForYear(int year) const
{
    Amounts sum;
    for (const BudgetEntry &entry : budget)
        if (entry.period.year() == year)
            sum += entry.amounts;
    return sum;
}

QList<Steering::BudgetBar> Steering::budgetByStrategy() const
{
    QList<BudgetBar> bars;
    QHash<QString, int> index;
    for (const Strategy &s : strategies) {
        index.insert(s.id, int(bars.size()));
        bars.append({s.title, {}});
    }
    for (const BudgetEntry &entry : budget) {
        const Line *l = line(entry.lineId);
        bars[index.value(l->strategyId)].plannedByMode[l->mode] += entry.amounts.planned;
    }
    return bars;
}

QList<Steering::BudgetBar> Steering::budgetByYear() const
{
    QMap<int, QHash<QString, qint64>> years;
    for (const BudgetEntry &entry : budget)
        if (entry.period.isValid())
            years[entry.period.year()][line(entry.lineId)->mode] += entry.amounts.planned;
    QList<BudgetBar> bars;
    for (auto it = years.cbegin(); it != years.cend(); ++it)
        bars.append({QString::number(it.key()), it.value()});
    return bars;
}

QMap<QDate, Amounts> Steering::cumulativeByMonth() const
{
    QMap<QDate, Amounts> months;
    for (const BudgetEntry &entry : budget)
        if (entry.period.isValid())
            months[QDate(entry.period.year(), entry.period.month(), 1)] += entry.amounts;
    Amounts running;
    for (Amounts &month : months) {
        running += month;
        month = running;
    }
    return months;
}

QList<Steering::Alert> Steering::alerts(const QDate &today, const LawTable *lawTable) const
{
    const LawTable &law = lawTable ? *lawTable : LawTable::standard();
    QList<Alert> out;
    for (const Milestone &m : milestones)
        if (m.isLate(today))
            out.append(
                {Alert::LateMilestone, m.strategyId, m.id,
                 tr("Late: “%1” was due on %2").arg(m.title, Format::date(m.due.toString(Qt::ISODate)))});

    QMap<QPair<int, QString>, Amounts> byLineYear; // ordered by line index, then year
    for (const BudgetEntry &entry : budget)
        if (entry.period.isValid())
            byLineYear[{m_lineIndex.value(entry.lineId), QString::number(entry.period.year())}] +=
                entry.amounts;
    for (auto it = byLineYear.cbegin(); it != byLineYear.cend(); ++it) {
        const Amounts &a = it.value();
        const qint64 spent = std::max(a.committed, a.paid);
        if (spent <= a.planned)
            continue;
        const Line &l = lines[it.key().first];
        out.append({Alert::OverBudget, l.strategyId, l.id,
                    tr("Over budget: “%1” in %2, %3 committed or paid for %4 planned")
                        .arg(l.title, it.key().second, Format::money(spent), Format::money(a.planned))});
    }

    for (const Indicator &i : indicators)
        if (i.isOffTrack(today))
            out.append({Alert::IndicatorOffTrack, i.strategyId, i.id,
                        tr("Off track: “%1” at %2% of the way to its target, %3% expected")
                            .arg(i.name, QLocale().toString(qRound(i.progress() * 100)),
                                 QLocale().toString(qRound(i.expectedProgress() * 100)))});

    for (const Modification &m : modifications) {
        if (m.publishedOn.isValid() || !mustPublish(law, m))
            continue;
        const QDate deadline = publicationDeadline(law, m.start());
        QString text;
        if (!m.start().isValid())
            text = tr("Essential data: modification no. %1 of “%2” has no date of decision; its publication "
                      "deadline (R2196-1) cannot be worked out")
                       .arg(m.number)
                       .arg(m.contract);
        else if (!deadline.isValid())
            text = tr("Essential data: the law table has no period of publication (R2196-1) for modification "
                      "no. %1 of “%2”: to be filled by the user")
                       .arg(m.number)
                       .arg(m.contract);
        else if (deadline < today)
            text = tr("Late: the essential data of modification no. %1 of “%2” were to be published by %3 "
                      "(R2196-1)")
                       .arg(m.number)
                       .arg(m.contract, Format::date(deadline.toString(Qt::ISODate)));
        else
            text = tr("Essential data: publish modification no. %1 of “%2” by %3 (R2196-1)")
                       .arg(m.number)
                       .arg(m.contract, Format::date(deadline.toString(Qt::ISODate)));
        if (deadline.isValid() && !m.notifiedOn.isValid())
            text += tr(", counted from its decision until the avenant's notification date is entered");
        out.append({Alert::DecpPublication, m.strategyId, m.id, text});
    }
    return out;
}

QList<Steering::Checkpoint> Steering::upcomingCheckpoints(const QDate &today, int count) const
{
    QList<Checkpoint> out;
    for (const Checkpoint &c : checkpoints)
        if (c.date.isValid() && c.date >= today && out.size() < count)
            out.append(c);
    return out;
}

} // namespace Atelier
