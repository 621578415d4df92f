// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "distribution.h"

#include <algorithm>
#include <cmath>

namespace Atelier::Decp {

static double quantile(const QList<qint64> &sorted, double p)
{
    const double h = double(sorted.size() - 1) * p;
    const auto below = qsizetype(std::floor(h));
    const double x = double(sorted.at(below));
    if (below + 1 >= sorted.size())
        return x;
    return x + (h - double(below)) * (double(sorted.at(below + 1)) - x);
}

Distribution Distribution::of(QList<qint64> values)
{
    Distribution d;
    if (values.isEmpty())
        return d;
    std::sort(values.begin(), values.end());
    d.count = values.size();
    d.minimum = double(values.first());
    d.maximum = double(values.last());
    d.firstQuartile = quantile(values, 0.25);
    d.median = quantile(values, 0.5);
    d.thirdQuartile = quantile(values, 0.75);
    return d;
}

} // namespace Atelier::Decp
