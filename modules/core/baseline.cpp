// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/baseline.h"

#include "core/steering.h"

#include "format.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace Atelier {

namespace {

struct Planned
{
    QString title;
    qint64 cents = 0;
    QString strategy;
};

struct Due
{
    QString title;
    QDate due;
    QString strategy;
};

struct Target
{
    QString name;
    double value = 0;
    QDate date;
    QString strategy;
};

/// The comparable facts of a plan, keyed by what identifies them.
struct Plan
{
    QMap<QString, Planned> budget; ///< "lineId/year"
    QMap<QString, Due> milestones;
    QMap<QString, Target> indicators;
};

QString budgetKey(const QString &lineId, int year)
{
    return lineId + QLatin1Char('/') + QString::number(year);
}

Plan planOf(const Steering &s)
{
    Plan plan;
    for (const Steering::BudgetEntry &entry : s.budget) {
        if (!entry.period.isValid())
            continue;
        Planned &p = plan.budget[budgetKey(entry.lineId, entry.period.year())];
        p.title = s.line(entry.lineId)->title + QStringLiteral(" — ") + QString::number(entry.period.year());
        p.cents += entry.amounts.planned;
        p.strategy = s.line(entry.lineId)->strategyId;
    }
    for (const Steering::Milestone &m : s.milestones)
        plan.milestones.insert(m.id, {m.title, m.due, m.strategyId});
    for (const Steering::Indicator &i : s.indicators)
        plan.indicators.insert(i.id, {i.name, i.target, i.targetDate, i.strategyId});
    return plan;
}

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

Plan planOf(const QJsonObject &json)
{
    Plan plan;
    const QJsonObject budget = json.value(QLatin1String("budget")).toObject();
    for (auto it = budget.begin(); it != budget.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        plan.budget.insert(it.key(), {o.value(QLatin1String("title")).toString(),
                                      qint64(o.value(QLatin1String("planned")).toDouble()),
                                      o.value(QLatin1String("strategy")).toString()});
    }
    const QJsonObject milestones = json.value(QLatin1String("milestones")).toObject();
    for (auto it = milestones.begin(); it != milestones.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        plan.milestones.insert(it.key(),
                               {o.value(QLatin1String("title")).toString(),
                                QDate::fromString(o.value(QLatin1String("due")).toString(), Qt::ISODate),
                                o.value(QLatin1String("strategy")).toString()});
    }
    const QJsonObject indicators = json.value(QLatin1String("indicators")).toObject();
    for (auto it = indicators.begin(); it != indicators.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        plan.indicators.insert(
            it.key(), {o.value(QLatin1String("name")).toString(), o.value(QLatin1String("target")).toDouble(),
                       QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate),
                       o.value(QLatin1String("strategy")).toString()});
    }
    return plan;
}

QString signedMoney(qint64 cents)
{
    return (cents > 0 ? QStringLiteral("+") : QString()) + Format::money(cents);
}

QString dateText(const QDate &date)
{
    return Format::date(iso(date));
}

/// Keeps the items of one strategy. An item frozen before baselines named strategies (no
/// "strategy" in the stored plan) belongs to the strategy its current version has.
template <typename Item>
void keepStrategy(QMap<QString, Item> &before, QMap<QString, Item> &after, const QString &id)
{
    for (auto it = before.begin(); it != before.end(); ++it)
        if (it->strategy.isEmpty() && after.contains(it.key()))
            it->strategy = after.value(it.key()).strategy;
    before.removeIf([&id](const auto &item) { return item.value().strategy != id; });
    after.removeIf([&id](const auto &item) { return item.value().strategy != id; });
}

} // namespace

QString Baseline::capture(const Steering &current)
{
    const Plan plan = planOf(current);
    QJsonObject budget, milestones, indicators;
    for (auto it = plan.budget.cbegin(); it != plan.budget.cend(); ++it)
        budget.insert(it.key(), QJsonObject{{QStringLiteral("title"), it->title},
                                            {QStringLiteral("planned"), double(it->cents)},
                                            {QStringLiteral("strategy"), it->strategy}});
    for (auto it = plan.milestones.cbegin(); it != plan.milestones.cend(); ++it)
        milestones.insert(it.key(), QJsonObject{{QStringLiteral("title"), it->title},
                                                {QStringLiteral("due"), iso(it->due)},
                                                {QStringLiteral("strategy"), it->strategy}});
    for (auto it = plan.indicators.cbegin(); it != plan.indicators.cend(); ++it)
        indicators.insert(it.key(), QJsonObject{{QStringLiteral("name"), it->name},
                                                {QStringLiteral("target"), it->value},
                                                {QStringLiteral("date"), iso(it->date)},
                                                {QStringLiteral("strategy"), it->strategy}});
    const QJsonObject json{{QStringLiteral("version"), 1},
                           {QStringLiteral("budget"), budget},
                           {QStringLiteral("milestones"), milestones},
                           {QStringLiteral("indicators"), indicators}};
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QList<Baseline::Difference> Baseline::compare(const QString &stored, const Steering &current, bool *ok,
                                              const QString &strategyId)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8(), &error);
    if (ok)
        *ok = error.error == QJsonParseError::NoError && doc.isObject();
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    Plan before = planOf(doc.object());
    Plan after = planOf(current);
    if (!strategyId.isEmpty()) {
        keepStrategy(before.budget, after.budget, strategyId);
        keepStrategy(before.milestones, after.milestones, strategyId);
        keepStrategy(before.indicators, after.indicators, strategyId);
    }
    QList<Difference> out;

    auto budgetKeys = before.budget.keys() + after.budget.keys();
    budgetKeys.removeDuplicates();
    std::sort(budgetKeys.begin(), budgetKeys.end());
    for (const QString &key : budgetKeys) {
        const bool was = before.budget.contains(key), is = after.budget.contains(key);
        const qint64 from = before.budget.value(key).cents, to = after.budget.value(key).cents;
        if (was && is && from == to)
            continue;
        const QString title = is ? after.budget.value(key).title : before.budget.value(key).title;
        out.append({Difference::Budget, title, was ? Format::money(from) : QString(),
                    is ? Format::money(to) : QString(), signedMoney(to - from)});
    }

    for (auto it = before.milestones.cbegin(); it != before.milestones.cend(); ++it) {
        const auto now = after.milestones.constFind(it.key());
        if (now == after.milestones.cend()) {
            out.append({Difference::Milestone, it->title, dateText(it->due), {}, tr("removed")});
            continue;
        }
        if (now->due == it->due)
            continue;
        QString change = tr("date changed");
        if (it->due.isValid() && now->due.isValid()) {
            const qint64 days = it->due.daysTo(now->due);
            change = days > 0 ? tr("%1 days later").arg(days) : tr("%1 days earlier").arg(-days);
        }
        out.append({Difference::Milestone, now->title, dateText(it->due), dateText(now->due), change});
    }
    for (auto it = after.milestones.cbegin(); it != after.milestones.cend(); ++it)
        if (!before.milestones.contains(it.key()))
            out.append({Difference::Milestone, it->title, {}, dateText(it->due), tr("added")});

    for (auto it = before.indicators.cbegin(); it != before.indicators.cend(); ++it) {
        const auto now = after.indicators.constFind(it.key());
        if (now == after.indicators.cend()) {
            out.append({Difference::Indicator, it->name, Format::number(it->value), {}, tr("removed")});
            continue;
        }
        if (now->value == it->value && now->date == it->date)
            continue;
        const QString change = now->value > it->value   ? tr("target raised")
                               : now->value < it->value ? tr("target lowered")
                                                        : tr("target date moved");
        out.append({Difference::Indicator, now->name,
                    tr("%1 by %2").arg(Format::number(it->value), dateText(it->date)),
                    tr("%1 by %2").arg(Format::number(now->value), dateText(now->date)), change});
    }
    for (auto it = after.indicators.cbegin(); it != after.indicators.cend(); ++it)
        if (!before.indicators.contains(it.key()))
            out.append({Difference::Indicator, it->name, {}, Format::number(it->value), tr("added")});
    return out;
}

} // namespace Atelier
