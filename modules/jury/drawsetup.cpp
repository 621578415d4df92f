// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "drawsetup.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Atelier::Jury::Setup {

static const QStringList &ageBands()
{
    static const QStringList bands{QStringLiteral("16-29"), QStringLiteral("30-44"), QStringLiteral("45-59"),
                                   QStringLiteral("60-74"), QStringLiteral("75+")};
    return bands;
}

QStringList categoryKeys()
{
    return {QStringLiteral("sex"), QStringLiteral("age"), QStringLiteral("neighbourhood"), QStringLiteral("source")};
}

QString categoryLabel(const QString &key)
{
    if (key == QLatin1String("sex"))
        return SetupText::tr("Sex");
    if (key == QLatin1String("age"))
        return SetupText::tr("Age");
    if (key == QLatin1String("neighbourhood"))
        return SetupText::tr("Neighbourhood");
    if (key == QLatin1String("source"))
        return SetupText::tr("List");
    return key;
}

QString valueLabel(const QString &key, const QString &value)
{
    if (key == QLatin1String("sex"))
        return value == QLatin1String("F") ? SetupText::tr("woman") : SetupText::tr("man");
    if (key == QLatin1String("source"))
        return value == QLatin1String("roll") ? SetupText::tr("electoral roll") : SetupText::tr("volunteers");
    if (key == QLatin1String("age")) {
        if (value.endsWith(u'+'))
            return SetupText::tr("%1 and over").arg(value.chopped(1));
        const QStringList ends = value.split(u'-');
        return ends.size() == 2 ? SetupText::tr("%1 to %2").arg(ends[0], ends[1]) : value;
    }
    return value.isEmpty() ? SetupText::tr("(not given)") : value;
}

QString ageBand(int birthYear, int referenceYear)
{
    const int age = referenceYear - birthYear;
    if (age < 30)
        return ageBands()[0];
    if (age < 45)
        return ageBands()[1];
    if (age < 60)
        return ageBands()[2];
    if (age < 75)
        return ageBands()[3];
    return ageBands()[4];
}

QList<Category> categoriesOf(const DrawSettings &settings, const QList<PoolPerson> &people)
{
    QList<Category> out;
    for (const QString &key : categoryKeys()) {
        if (!settings.categories.contains(key))
            continue;
        Category c{key, {}};
        if (key == QLatin1String("sex"))
            c.values = {QStringLiteral("F"), QStringLiteral("M")};
        else if (key == QLatin1String("age"))
            c.values = ageBands();
        else if (key == QLatin1String("source"))
            c.values = {QStringLiteral("roll"), QStringLiteral("volunteers")};
        else {
            QSet<QString> seen;
            for (const PoolPerson &p : people)
                seen.insert(p.neighbourhood);
            c.values = QStringList(seen.cbegin(), seen.cend());
            std::sort(c.values.begin(), c.values.end());
        }
        out << c;
    }
    return out;
}

static QString valueOf(const QString &key, const PoolPerson &p, int referenceYear)
{
    if (key == QLatin1String("sex"))
        return QString(p.sex);
    if (key == QLatin1String("age"))
        return ageBand(p.birthYear, referenceYear);
    if (key == QLatin1String("source"))
        return p.source;
    return p.neighbourhood;
}

QList<PoolEntry> entriesOf(const DrawSettings &settings, const QList<Category> &categories,
                           const QList<PoolPerson> &people, int *missing)
{
    // Someone on both lists is one person of the pool, and a volunteer.
    QHash<QString, int> at;
    QList<PoolPerson> unique;
    QStringList pseudonyms; // of `unique`, worked out once
    for (const PoolPerson &p : people) {
        const QString pseudonym = Draw::pseudonym(p.identity());
        if (const auto it = at.constFind(pseudonym); it != at.constEnd()) {
            if (p.source == QLatin1String("volunteers"))
                unique[*it].source = p.source;
            continue;
        }
        at.insert(pseudonym, int(unique.size()));
        unique << p;
        pseudonyms << pseudonym;
    }
    QList<PoolEntry> out;
    int lacking = 0;
    for (qsizetype i = 0; i < unique.size(); ++i) {
        const PoolPerson &p = unique[i];
        PoolEntry e{pseudonyms[i], {}, p.household};
        for (const Category &c : categories) {
            const int v = int(c.values.indexOf(valueOf(c.name, p, settings.referenceYear)));
            if (v < 0)
                break;
            e.values << v;
        }
        if (e.values.size() == categories.size())
            out << e;
        else
            ++lacking;
    }
    if (missing)
        *missing = lacking;
    return out;
}

std::optional<DrawInputs> inputsOf(const DrawSettings &settings, const QList<Category> &categories,
                                   const QList<PoolEntry> &entries, const QList<QuotaSetting> &quotas,
                                   QString *error)
{
    DrawInputs in;
    in.categories = categories;
    in.pool = entries;
    in.panelSize = settings.panelSize;
    in.onePerHousehold = settings.onePerHousehold;
    for (const QuotaSetting &q : quotas) {
        const auto c = std::find_if(categories.cbegin(), categories.cend(), [&](const Category &k) { return k.name == q.category; });
        if (c == categories.cend())
            continue; // a quota of a category the draw does not use
        const int v = int(c->values.indexOf(q.value));
        if (v < 0) {
            if (error)
                *error = SetupText::tr("The quota for “%1” names a value nobody in the pool has.").arg(valueLabel(q.category, q.value));
            return std::nullopt;
        }
        in.quotas << Quota{int(c - categories.cbegin()), v, q.min, q.max};
    }
    return in;
}

QList<QuotaSetting> proportional(const QList<Category> &categories, const QList<PoolEntry> &entries, int panelSize)
{
    QList<QuotaSetting> out;
    if (entries.isEmpty())
        return out;
    for (int c = 0; c < categories.size(); ++c) {
        QList<int> counts(categories[c].values.size(), 0);
        for (const PoolEntry &e : entries)
            ++counts[e.values[c]];
        for (int v = 0; v < counts.size(); ++v) {
            if (counts[v] == 0)
                continue;
            const double share = double(counts[v]) * panelSize / double(entries.size());
            out << QuotaSetting{categories[c].name, categories[c].values[v], int(std::floor(share)),
                                std::min(panelSize, int(std::ceil(share)))};
        }
    }
    return out;
}

QString categoriesText(const QList<Category> &categories)
{
    // One category a line: its key, then its values, separated by tabs (neither appears in a value).
    QStringList lines;
    for (const Category &c : categories)
        lines << (QStringList{c.name} + c.values).join(u'\t');
    return lines.join(u'\n');
}

QList<Category> categoriesFrom(const QString &text)
{
    QList<Category> out;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        QStringList parts = line.split(u'\t');
        const QString name = parts.takeFirst();
        out << Category{name, parts};
    }
    return out;
}

std::optional<PublishedLottery> lotteryFrom(const QByteArray &canonical)
{
    PublishedLottery out;
    for (const QByteArray &line : canonical.split('\n')) {
        if (line.isEmpty())
            continue;
        const QList<QByteArray> cells = line.split(';');
        bool ok = false;
        const qint64 weight = cells.value(0).toLongLong(&ok);
        if (!ok || weight < 0)
            return std::nullopt;
        Panel panel;
        for (int i = 1; i < cells.size(); ++i) {
            const int count = cells[i].toInt(&ok);
            if (!ok || count < 0)
                return std::nullopt;
            panel << count;
        }
        out.panels << panel;
        out.weights << weight;
    }
    if (out.panels.isEmpty())
        return std::nullopt;
    return out;
}

QString chanceText(double chance)
{
    const double percent = chance * 100.0;
    const int digits = percent >= 10 ? 1 : percent >= 1 ? 2 : 3;
    return SetupText::tr("%1%").arg(QLocale().toString(percent, 'f', digits));
}

QString householdText(double bound)
{
    const QString within = bound < 0.000005 ? SetupText::tr("less than %1").arg(chanceText(0.00001)) : chanceText(bound);
    return SetupText::tr("At most one person per household: each profile still gets the lottery's seats; someone passed "
                         "over for their household is replaced by another person of the same profile, which happens in "
                         "%1 of draws at most.")
        .arg(within);
}

QString profileText(const QList<Category> &categories, const QList<int> &values)
{
    QStringList parts;
    for (int c = 0; c < categories.size() && c < values.size(); ++c)
        parts << valueLabel(categories[c].name, categories[c].values.value(values[c]));
    return parts.join(QStringLiteral(", "));
}

QString profileKeys(const QList<Category> &categories, const QList<int> &values)
{
    QStringList keys;
    for (int c = 0; c < categories.size() && c < values.size(); ++c)
        keys << categories[c].values.value(values[c]);
    return keys.join(u'|');
}

QString profileLabel(const QList<Category> &categories, const QString &keys)
{
    const QStringList values = keys.split(u'|');
    QStringList parts;
    for (int c = 0; c < categories.size() && c < values.size(); ++c)
        parts << valueLabel(categories[c].name, values[c]);
    return parts.join(QStringLiteral(", "));
}

} // namespace Atelier::Jury::Setup
