// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "imposition.h"

namespace Atelier::Reports::Imposition {

QList<Side> booklet(int pages)
{
    QList<Side> sides;
    if (pages <= 0)
        return sides;
    const int total = (pages + 3) / 4 * 4;
    const auto page = [pages](int n) { return n <= pages ? n : 0; };
    // Sheet s carries, outside, the last unplaced page on the left and the first on the right;
    // inside, the next one on the left and the one before the last on the right.
    for (int s = 0; s < total / 4; ++s) {
        sides.append({page(total - 2 * s), page(2 * s + 1)});
        sides.append({page(2 * s + 2), page(total - 2 * s - 1)});
    }
    return sides;
}

} // namespace Atelier::Reports::Imposition
