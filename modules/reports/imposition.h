// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace Atelier::Reports::Imposition {

/// One side of a printed sheet: the page on its left half and the page on its right half
/// (numbered from 1; 0 is a blank page added to fill the booklet).
struct Side
{
    int left = 0;
    int right = 0;
};

/// The pages of a booklet as they go onto the sides of sheets printed two-up, front then back,
/// sheet after sheet, so that the sheets, stacked in order and folded in the middle, read 1, 2, 3…
/// The booklet is made a multiple of four pages long by blank pages at its end.
QList<Side> booklet(int pages);

} // namespace Atelier::Reports::Imposition
