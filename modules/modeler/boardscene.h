// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boardcoverage.h"
#include "modelerschema.h"

#include <QGraphicsScene>
#include <QHash>

namespace Atelier {
struct ProjectContext;
}

namespace Atelier::Modeler::Board {

class CardItem;
class GroupFrame;

/// The landscape board: four zones, one per family, and the cards of the project. It shows the
/// store (following the notifier) and turns what the user does — double-click, drag, arrow keys,
/// Delete, in-place edits — into undoable edits. Several views (the panel, the projector) may show it.
class BoardScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit BoardScene(ProjectContext &ctx, QObject *parent = nullptr);

    /// Adds a card in a family, at a free place or at `at`; returns its id and opens its title.
    QString addCard(Family family, const QPointF &at = {}, bool edit = true);
    CardItem *card(const QString &id) const { return m_cards.value(id); }
    int cardCount() const { return int(m_cards.size()); }
    QList<CardItem *> selectedCards() const;
    /// Moves the selected cards by a step (arrow keys); consecutive steps are one undo step.
    void nudgeSelection(const QPointF &delta);
    void removeSelection();
    void groupSelection(const QString &title);
    void ungroupSelection();
    void setPresentation(bool on);
    bool isPresentation() const { return m_presentation; }
    /// Whether a card's text lies under the cards above it (then it is not drawn; BoardCoverage).
    bool isTextHidden(const CardItem *card);
    /// Cards moved, came, went or changed order: the hidden texts are worked out again.
    void invalidateCoverage() { m_coverage.invalidate(); }

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void load();
    void showCard(const QString &id);
    void dropCard(const QString &id);
    CardItem *itemFor(const QString &id);
    void scheduleGroups();
    void updateGroups();
    /// Records cards' new places (`from`: where each was before).
    void recordMoves(const QList<CardItem *> &cards, const QList<QPointF> &from, bool mergeable);
    void onEdited(const QString &id, const QString &column, const QString &text);
    QString authorOf(const Row &row) const;

    ProjectContext &m_ctx;
    QHash<QString, CardItem *> m_cards;
    QHash<QString, GroupFrame *> m_groups;
    QHash<QString, QPointF> m_pressPositions; ///< by card id, where the selection was when pressed
    bool m_presentation = false;
    bool m_groupsPending = false;
    BoardCoverage m_coverage;
};

} // namespace Atelier::Modeler::Board
