// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QSet>

class QGraphicsItem;

namespace Atelier::Modeler::Board {

/// Which cards have their text hidden under the cards above them (all of it but a few letters that
/// could not be read anyway). On a crowded board (hundreds of cards piled in a zone) drawing text
/// nobody can see is what makes frames slow; the cards still draw themselves, only the hidden text
/// is left out. Worked out on a grid of the board, cautiously (a cell counts as covered only when a
/// card above covers all of it), and again only after cards moved, came or went.
class BoardCoverage
{
public:
    /// A card and the part of the scene its text takes.
    struct Card
    {
        const QGraphicsItem *item;
        QRectF rect, text;
    };
    void invalidate() { m_valid = false; }
    bool isValid() const { return m_valid; }
    /// `cards` from the topmost down.
    void compute(const QRectF &board, const QList<Card> &cards);
    bool isTextHidden(const QGraphicsItem *card) const { return m_hidden.contains(card); }

private:
    QSet<const QGraphicsItem *> m_hidden;
    bool m_valid = false;
};

} // namespace Atelier::Modeler::Board
