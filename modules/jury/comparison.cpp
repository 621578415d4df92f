// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison.h"

#include "drawsetup.h"

#include "publicdraw.h"

namespace Atelier::Jury::Comparison {

double uniformChance(const DrawProblem &p)
{
    int pool = 0;
    for (const Profile &profile : p.profiles)
        pool += profile.people;
    return pool > 0 ? std::min(1.0, double(p.panelSize) / pool) : 0.0;
}

/// One greedy draw as counts per profile; empty when stuck.
static Panel greedyOnce(const DrawProblem &p, HashGenerator &g)
{
    const int n = int(p.profiles.size());
    Panel counts(n, 0);
    QList<int> count(p.quotas.size(), 0);
    const auto has = [&p](int t, const Quota &q) { return p.profiles[t].values.value(q.category, -1) == q.value; };
    for (int seat = 0; seat < p.panelSize; ++seat) {
        // The most urgent unmet minimum: the largest share of the people left that it still needs.
        int urgent = -1;
        double need = 0;
        for (int k = 0; k < p.quotas.size(); ++k) {
            if (count[k] >= p.quotas[k].min)
                continue;
            int left = 0;
            for (int t = 0; t < n; ++t)
                left += has(t, p.quotas[k]) ? p.profiles[t].people - counts[t] : 0;
            const double share = left > 0 ? double(p.quotas[k].min - count[k]) / left : 1e9;
            if (urgent < 0 || share > need) {
                urgent = k;
                need = share;
            }
        }
        QList<int> weight(n, 0); // the people of each profile who may take the seat
        int total = 0;
        for (int t = 0; t < n; ++t) {
            if (urgent >= 0 && !has(t, p.quotas[urgent]))
                continue;
            bool fits = true;
            for (int k = 0; k < p.quotas.size() && fits; ++k)
                fits = !has(t, p.quotas[k]) || count[k] < p.quotas[k].max;
            if (fits) {
                weight[t] = p.profiles[t].people - counts[t];
                total += weight[t];
            }
        }
        if (total == 0)
            return {};
        qint64 ticket = qint64(g.below(quint64(total)));
        int t = 0;
        while (ticket >= weight[t])
            ticket -= weight[t++];
        ++counts[t];
        for (int k = 0; k < p.quotas.size(); ++k)
            count[k] += has(t, p.quotas[k]) ? 1 : 0;
    }
    return Leximin::meets(p, counts) ? counts : Panel{}; // the minimums may still be short at the end
}

QList<double> greedyChances(const DrawProblem &p, int draws, const QByteArray &seed, int *failed)
{
    HashGenerator g(seed);
    QList<double> seats(p.profiles.size(), 0.0);
    int done = 0, stuck = 0;
    for (int d = 0; d < draws; ++d) {
        Panel panel;
        for (int attempt = 0; attempt < 20 && panel.isEmpty(); ++attempt)
            panel = greedyOnce(p, g);
        if (panel.isEmpty()) {
            ++stuck;
            continue;
        }
        ++done;
        for (int t = 0; t < panel.size(); ++t)
            seats[t] += panel[t];
    }
    if (failed)
        *failed = stuck;
    QList<double> chance;
    for (int t = 0; t < p.profiles.size(); ++t)
        chance << (done > 0 && p.profiles[t].people > 0 ? seats[t] / done / p.profiles[t].people : 0.0);
    return chance;
}

QStringList explain(const DrawProblem &p, const QList<Relaxation> &relaxations)
{
    QStringList out;
    for (const Relaxation &r : relaxations) {
        const Quota &q = p.quotas.value(r.quota);
        const Category &c = p.categories.value(q.category);
        const QString value = Setup::valueLabel(c.name, c.values.value(q.value));
        const QString category = Setup::categoryLabel(c.name);
        int people = 0;
        for (const Profile &profile : p.profiles)
            people += profile.values.value(q.category, -1) == q.value ? profile.people : 0;
        if (r.min < q.min)
            out << ComparisonText::tr("At least %1 of “%2” (%3) cannot be met with the other quotas: the pool has %4 of them. "
                                      "Lower the minimum to %5.")
                       .arg(q.min)
                       .arg(value, category)
                       .arg(people)
                       .arg(r.min);
        if (r.max > q.max)
            out << ComparisonText::tr("At most %1 of “%2” (%3) leaves too few seats for the other quotas. Raise the maximum to %4.")
                       .arg(q.max)
                       .arg(value, category)
                       .arg(r.max);
    }
    return out;
}

} // namespace Atelier::Jury::Comparison
