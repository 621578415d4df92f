// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "modeler/boardcoverage.h"

#include <QGraphicsRectItem>

using Atelier::Modeler::Board::BoardCoverage;

TEST_CASE("A card's text is hidden only when cards above cover all of it", "[board][coverage]")
{
    const QRectF board(0, 0, 1000, 600);
    QGraphicsRectItem top, middle, bottom, beside, halfHidden, nearlyHidden;
    auto card = [](const QGraphicsItem *item, const QPointF &at) {
        const QRectF rect(at, QSizeF(240, 150));
        return BoardCoverage::Card{item, rect, rect.adjusted(10, 0, 0, 0)};
    };
    BoardCoverage coverage;
    CHECK_FALSE(coverage.isValid());
    // From the topmost down: `middle` lies exactly under `top`; `bottom` under the two of them
    // shifted by 5 (its text still covered); `nearlyHidden` shows a strip of 10 of its 230 (a letter
    // could not be read there); `halfHidden` sticks out by half; `beside` is alone.
    coverage.compute(board, {card(&top, {100, 100}), card(&middle, {100, 100}), card(&bottom, {95, 100}),
                             card(&nearlyHidden, {110, 100}), card(&halfHidden, {200, 120}),
                             card(&beside, {600, 300})});
    CHECK(coverage.isValid());
    CHECK_FALSE(coverage.isTextHidden(&top));
    CHECK(coverage.isTextHidden(&middle));
    CHECK(coverage.isTextHidden(&bottom)); // its band shows, not its text
    CHECK(coverage.isTextHidden(&nearlyHidden));
    CHECK_FALSE(coverage.isTextHidden(&halfHidden));
    CHECK_FALSE(coverage.isTextHidden(&beside));
    coverage.invalidate();
    CHECK_FALSE(coverage.isValid());
}
