// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modelerschema.h"

#include <QFont>
#include <QGraphicsObject>
#include <QStaticText>

class QGraphicsTextItem;

namespace Atelier::Modeler::Board {

/// One card of the landscape: its family's colour, title, text and author. Shows what the store
/// holds (BoardScene feeds it); a drag or an in-place edit is reported to the scene, which records it.
class CardItem : public QGraphicsObject
{
    Q_OBJECT
public:
    explicit CardItem(const QString &id);
    QString id() const { return m_id; }

    void show(const Row &row, const QString &author);
    Family family() const { return m_family; }
    QString title() const { return m_title; }
    QString body() const { return m_body; }
    QString groupId() const { return m_groupId; }
    /// Large, high-contrast drawing for the projector.
    void setPresentation(bool on);

    /// Opens an editor on the title (or the text) inside the card.
    void editTitle();
    void editBody();
    bool isEditing() const { return m_editor != nullptr; }

    QRectF boundingRect() const override;
    /// Where the card's text lies, in its own coordinates.
    QRectF textRect() const;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

Q_SIGNALS:
    /// The user finished editing a field in place ("title" or "body").
    void edited(const QString &id, const QString &column, const QString &text);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    bool sceneEventFilter(QGraphicsItem *watched, QEvent *event) override;

private:
    void layOut();
    bool textHidden() const;
    void paintOverview(QPainter *painter, bool selected, qreal detail);
    void startEditing(const QString &column, const QString &text, const QRectF &area);
    void finishEditing(bool keep, bool refocus);

    QString m_id, m_title, m_body, m_author, m_groupId;
    Family m_family = Family::Needs;
    bool m_presentation = false;
    QGraphicsTextItem *m_editor = nullptr;
    QString m_editedColumn;
    QFont m_titleFont, m_bodyFont, m_smallFont;
    QStaticText m_titleText, m_bodyText, m_authorText, m_overviewText;
};

} // namespace Atelier::Modeler::Board
