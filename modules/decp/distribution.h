// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace Atelier::Decp {

/// The distribution of amounts (in cents) of a set of contracts.
struct Distribution
{
    qint64 count = 0;
    double minimum = 0, firstQuartile = 0, median = 0, thirdQuartile = 0, maximum = 0;

    /// Quartiles by linear interpolation between order statistics (Hyndman and Fan's type 7: what
    /// LibreOffice's QUARTILE, Excel's QUARTILE.INC and R's default compute): the p-quantile of n sorted
    /// values x[0…n-1] is x[h] + (h - ⌊h⌋)(x[⌊h⌋+1] - x[⌊h⌋]) with h = (n - 1)p. All zero when empty.
    static Distribution of(QList<qint64> values);
};

} // namespace Atelier::Decp
