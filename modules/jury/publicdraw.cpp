// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicdraw.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace Atelier::Jury {

static QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

static QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(sha256(bytes).toHex());
}

quint64 HashGenerator::next()
{
    QByteArray block = m_seed;
    for (int shift = 56; shift >= 0; shift -= 8)
        block.append(char((m_counter >> shift) & 0xff));
    ++m_counter;
    const QByteArray digest = sha256(block);
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | quint8(digest.at(i));
    return value;
}

quint64 HashGenerator::below(quint64 n)
{
    if (n <= 1)
        return 0;
    // The largest multiple of n that fits: 2^64 − (2^64 mod n); values at or above it are drawn again.
    const quint64 remainder = (~quint64(0) % n + 1) % n; // 2^64 mod n
    const quint64 limit = remainder == 0 ? 0 : ~quint64(0) - remainder + 1;
    for (;;) {
        const quint64 x = next();
        if (limit == 0 || x < limit)
            return x % n;
    }
}

namespace Draw {

QString pseudonym(const QString &identity)
{
    return hex(QByteArrayLiteral("atelier-jury/1|") + identity.toUtf8()).left(16);
}

QList<QList<int>> profilesOf(const QList<PoolEntry> &pool)
{
    QList<QList<int>> out;
    for (const PoolEntry &e : pool)
        out << e.values;
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

DrawProblem problemOf(const DrawInputs &inputs)
{
    DrawProblem p;
    p.categories = inputs.categories;
    p.quotas = inputs.quotas;
    p.panelSize = inputs.panelSize;
    const QList<QList<int>> profiles = profilesOf(inputs.pool);
    for (const QList<int> &values : profiles)
        p.profiles << Profile{values, 0};
    for (const PoolEntry &e : inputs.pool)
        ++p.profiles[int(std::lower_bound(profiles.begin(), profiles.end(), e.values) - profiles.begin())].people;
    return p;
}

QList<double> chances(const DrawProblem &problem, const PublishedLottery &lottery)
{
    qint64 total = 0;
    for (const qint64 w : lottery.weights)
        total += w;
    QList<double> chance(problem.profiles.size(), 0.0);
    for (int j = 0; j < lottery.panels.size() && total > 0; ++j)
        for (int p = 0; p < problem.profiles.size() && p < lottery.panels[j].size(); ++p)
            if (problem.profiles[p].people > 0)
                chance[p] += double(lottery.weights[j]) / double(total) * lottery.panels[j][p] / problem.profiles[p].people;
    return chance;
}

double householdBound(const DrawInputs &inputs)
{
    const DrawProblem problem = problemOf(inputs);
    const QList<QList<int>> profiles = profilesOf(inputs.pool);
    const int n = int(profiles.size());
    // Each household's members, counted by profile.
    QHash<QString, QHash<int, int>> households;
    for (const PoolEntry &e : inputs.pool)
        if (!e.household.isEmpty())
            ++households[e.household][int(std::lower_bound(profiles.begin(), profiles.end(), e.values) - profiles.begin())];
    qint64 total = 0;
    for (const qint64 w : inputs.lottery.weights)
        total += w;
    if (total <= 0)
        return 0;
    // E[c_t c_s] over the lottery, and E[c_t (c_t − 1)] on the diagonal, only where a household needs it.
    const auto expected = [&](int t, int s) {
        double sum = 0;
        for (int j = 0; j < inputs.lottery.panels.size(); ++j) {
            const Panel &panel = inputs.lottery.panels[j];
            const double ct = panel.value(t), cs = panel.value(s);
            sum += double(inputs.lottery.weights[j]) * (t == s ? ct * (ct - 1) : ct * cs);
        }
        return sum / double(total);
    };
    QHash<qint64, double> memo;
    const auto pairChance = [&](int t, int s) { // two given people, of profiles t and s, both drawn
        const qint64 key = qint64(std::min(t, s)) * n + std::max(t, s);
        if (const auto it = memo.constFind(key); it != memo.constEnd())
            return it.value();
        const double nt = problem.profiles[t].people, ns = problem.profiles[s].people;
        const double both = t == s ? (nt > 1 ? expected(t, t) / (nt * (nt - 1)) : 0.0) : expected(t, s) / (nt * ns);
        memo.insert(key, both);
        return both;
    };
    double bound = 0;
    for (const QHash<int, int> &members : std::as_const(households)) {
        const QList<int> ts = members.keys();
        for (int a = 0; a < ts.size(); ++a) {
            const double ma = members.value(ts[a]);
            bound += ma * (ma - 1) / 2 * pairChance(ts[a], ts[a]);
            for (int b = a + 1; b < ts.size(); ++b)
                bound += ma * members.value(ts[b]) * pairChance(ts[a], ts[b]);
        }
    }
    return std::min(bound, 1.0);
}

PublishedLottery publish(const Lottery &lottery)
{
    // Canonical order: panels sorted by their counts.
    QList<int> order(lottery.panels.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return lottery.panels[a] < lottery.panels[b]; });
    PublishedLottery out;
    QList<double> remainders;
    qint64 given = 0;
    for (const int j : order) {
        const double exact = lottery.probabilities[j] * double(kWeights);
        const qint64 floor = qint64(exact);
        out.panels << lottery.panels[j];
        out.weights << floor;
        remainders << exact - double(floor);
        given += floor;
    }
    QList<int> byRemainder(out.panels.size());
    std::iota(byRemainder.begin(), byRemainder.end(), 0);
    std::stable_sort(byRemainder.begin(), byRemainder.end(), [&](int a, int b) { return remainders[a] > remainders[b]; });
    for (int k = 0; given < kWeights && !byRemainder.isEmpty(); k = (k + 1) % int(byRemainder.size())) {
        ++out.weights[byRemainder[k]];
        ++given;
    }
    return out;
}

QByteArray canonicalPool(const DrawInputs &inputs)
{
    QList<PoolEntry> pool = inputs.pool;
    std::sort(pool.begin(), pool.end(), [](const PoolEntry &a, const PoolEntry &b) { return a.pseudonym < b.pseudonym; });
    QByteArray out;
    for (const PoolEntry &e : pool) {
        out += e.pseudonym.toUtf8();
        for (int c = 0; c < inputs.categories.size(); ++c)
            out += ';' + inputs.categories[c].values.value(e.values.value(c)).toUtf8();
        out += ';' + e.household.toUtf8() + '\n';
    }
    return out;
}

QByteArray canonicalQuotas(const DrawInputs &inputs)
{
    QByteArray out;
    for (const Category &c : inputs.categories)
        out += "category;" + c.name.toUtf8() + ';' + c.values.join(QLatin1Char(',')).toUtf8() + '\n';
    for (const Quota &q : inputs.quotas)
        out += "quota;" + inputs.categories.value(q.category).name.toUtf8() + ';' +
               inputs.categories.value(q.category).values.value(q.value).toUtf8() + ';' + QByteArray::number(q.min) + ';' +
               QByteArray::number(q.max) + '\n';
    return out;
}

QByteArray canonicalSettings(const DrawInputs &inputs)
{
    return "panel_size;" + QByteArray::number(inputs.panelSize) + '\n' + "one_per_household;" +
           (inputs.onePerHousehold ? "yes" : "no") + '\n';
}

QByteArray canonicalLottery(const PublishedLottery &lottery)
{
    QByteArray out;
    for (int j = 0; j < lottery.panels.size(); ++j) {
        out += QByteArray::number(lottery.weights.value(j));
        for (const int c : lottery.panels[j])
            out += ';' + QByteArray::number(c);
        out += '\n';
    }
    return out;
}

Fingerprints fingerprints(const DrawInputs &inputs)
{
    return {hex(canonicalPool(inputs)), hex(canonicalQuotas(inputs)), hex(canonicalSettings(inputs)),
            hex(canonicalLottery(inputs.lottery)), hex(QByteArray(kAlgorithm))};
}

QByteArray seed(const Fingerprints &f, const QList<Witness> &witnesses)
{
    QByteArray text = "atelier-jury-seed/1\n";
    for (const QString &fp : {f.pool, f.quotas, f.settings, f.lottery, f.algorithm})
        text += fp.toLatin1() + '\n';
    for (const Witness &w : witnesses)
        text += w.number.trimmed().toUtf8() + '\n';
    return sha256(text);
}

DrawResult draw(const DrawInputs &inputs, const QList<Witness> &witnesses)
{
    return drawFrom(inputs, seed(fingerprints(inputs), witnesses));
}

DrawResult drawFrom(const DrawInputs &inputs, const QByteArray &drawSeed)
{
    DrawResult result;
    const PublishedLottery &lottery = inputs.lottery;
    const qint64 total = std::accumulate(lottery.weights.begin(), lottery.weights.end(), qint64(0));
    if (lottery.panels.isEmpty() || total <= 0)
        return result;
    HashGenerator generator(drawSeed);
    // The panel: a ticket in [0, total), the panel whose cumulated weights pass it.
    const qint64 ticket = qint64(generator.below(quint64(total)));
    qint64 cumulated = 0;
    for (int j = 0; j < lottery.panels.size(); ++j) {
        cumulated += lottery.weights[j];
        if (ticket < cumulated) {
            result.panel = j;
            break;
        }
    }
    // Then, profile by profile in canonical order, the people: the profile's people sorted by
    // pseudonym, a partial Fisher–Yates shuffle of as many as the panel takes.
    const QList<QList<int>> profiles = profilesOf(inputs.pool);
    QList<QStringList> members(profiles.size()); // each profile's people, in one pass over the pool
    for (const PoolEntry &e : inputs.pool)
        members[int(std::lower_bound(profiles.begin(), profiles.end(), e.values) - profiles.begin())] << e.pseudonym;
    const Panel &panel = lottery.panels[result.panel];
    QHash<QString, QString> householdOf;
    for (const PoolEntry &e : inputs.pool)
        householdOf.insert(e.pseudonym, e.household);
    QSet<QString> households; // of the people drawn so far
    for (int t = 0; t < profiles.size(); ++t) {
        QStringList &people = members[t];
        std::sort(people.begin(), people.end());
        int k = 0;
        for (int seated = 0; seated < panel.value(t) && k < people.size();) {
            const int j = k + int(generator.below(quint64(people.size() - k)));
            people.swapItemsAt(k, j);
            const QString household = householdOf.value(people[k]);
            if (!inputs.onePerHousehold || household.isEmpty() || !households.contains(household)) {
                result.pseudonyms << people[k];
                households.insert(household);
                ++seated;
            }
            ++k; // passed over or drawn: either way out of the hat
        }
    }
    return result;
}

QString substitute(const DrawInputs &inputs, const QList<Witness> &witnesses, const QStringList &drawn,
                   const QString &withdrawn, int number)
{
    QList<int> profile;
    QHash<QString, QString> householdOf;
    for (const PoolEntry &e : inputs.pool) {
        householdOf.insert(e.pseudonym, e.household);
        if (e.pseudonym == withdrawn)
            profile = e.values;
    }
    QSet<QString> households;
    for (const QString &d : drawn)
        if (!householdOf.value(d).isEmpty())
            households.insert(householdOf.value(d));
    QStringList people;
    for (const PoolEntry &e : inputs.pool)
        if (e.values == profile && !drawn.contains(e.pseudonym) &&
            (!inputs.onePerHousehold || e.household.isEmpty() || !households.contains(e.household)))
            people << e.pseudonym;
    if (profile.isEmpty() || people.isEmpty())
        return {};
    std::sort(people.begin(), people.end());
    HashGenerator generator(QCryptographicHash::hash(seed(fingerprints(inputs), witnesses) + "substitute/" +
                                                         QByteArray::number(number),
                                                     QCryptographicHash::Sha256));
    return people.at(int(generator.below(quint64(people.size()))));
}

} // namespace Draw
} // namespace Atelier::Jury
