// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardcoverage.h"

#include <QBitArray>

#include <cmath>

namespace Atelier::Modeler::Board {

static constexpr qreal kCell = 10; ///< the grid's step, in scene units (the board's own grid)
/// Text of which less than this share shows is not drawn: the few letters left could not be read.
static constexpr double kHiddenShare = 0.9;

void BoardCoverage::compute(const QRectF &board, const QList<Card> &cards)
{
    m_hidden.clear();
    m_valid = true;
    const int columns = int(std::ceil(board.width() / kCell));
    const int rows = int(std::ceil(board.height() / kCell));
    if (columns <= 0 || rows <= 0)
        return;
    QBitArray covered(columns * rows);
    // The cells a rectangle touches (`inner` false) or wholly contains (`inner` true).
    auto span = [&](const QRectF &r, bool inner, int &c0, int &c1, int &r0, int &r1) {
        const QRectF local = r.translated(-board.topLeft());
        if (inner) {
            c0 = int(std::ceil(local.left() / kCell));
            r0 = int(std::ceil(local.top() / kCell));
            c1 = int(std::floor(local.right() / kCell)) - 1;
            r1 = int(std::floor(local.bottom() / kCell)) - 1;
        } else {
            c0 = int(std::floor(local.left() / kCell));
            r0 = int(std::floor(local.top() / kCell));
            c1 = int(std::ceil(local.right() / kCell)) - 1;
            r1 = int(std::ceil(local.bottom() / kCell)) - 1;
        }
        c0 = std::max(c0, 0);
        r0 = std::max(r0, 0);
        c1 = std::min(c1, columns - 1);
        r1 = std::min(r1, rows - 1);
    };
    for (const Card &card : cards) {
        int c0, c1, r0, r1;
        span(card.text, false, c0, c1, r0, r1);
        int cells = 0, under = 0;
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c) {
                ++cells;
                under += covered.testBit(r * columns + c);
            }
        if (cells > 0 && under >= cells * kHiddenShare)
            m_hidden.insert(card.item);
        span(card.rect, true, c0, c1, r0, r1);
        for (int r = r0; r <= r1; ++r)
            covered.fill(true, r * columns + c0, r * columns + std::max(c0, c1 + 1));
    }
}

} // namespace Atelier::Modeler::Board
