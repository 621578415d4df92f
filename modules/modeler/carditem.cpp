// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "carditem.h"

#include "boardgeometry.h"

#include <QFocusEvent>
#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsTextItem>
#include <QKeyEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextCursor>
#include <QTextDocument>

namespace Atelier::Modeler::Board {

static constexpr qreal kBand = 10, kPad = 12;

CardItem::CardItem(const QString &id)
    : m_id(id)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemIsFocusable);
    setCacheMode(DeviceCoordinateCache);
    setAcceptHoverEvents(false);
}

void CardItem::show(const Row &row, const QString &author)
{
    m_title = row.value(QStringLiteral("title")).toString();
    m_body = row.value(QStringLiteral("body")).toString();
    m_family = familyFromKey(row.value(QStringLiteral("family")).toString());
    m_author = author;
    setPos(row.value(QStringLiteral("x")).toDouble(), row.value(QStringLiteral("y")).toDouble());
    setToolTip(m_body.isEmpty() ? m_title : m_title + QStringLiteral("\n\n") + m_body);
    update();
}

void CardItem::setPresentation(bool on)
{
    m_presentation = on;
    update();
}

QRectF CardItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), kCardSize).adjusted(-3, -3, 3, 3);
}

void CardItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF card(QPointF(0, 0), kCardSize);
    const QColor strong = familyColor(m_family);
    const bool selected = option->state & QStyle::State_Selected;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(selected ? QColor(0xd9, 0x82, 0x2b) : strong.darker(120), selected ? 5 : 1.5));
    painter->setBrush(m_presentation ? Qt::white : QColor(0xff, 0xfd, 0xf8));
    painter->drawRoundedRect(card, 8, 8);
    painter->setPen(Qt::NoPen);
    painter->setBrush(strong);
    painter->drawRoundedRect(QRectF(0, 0, kBand, kCardSize.height()), 4, 4);

    if (m_editor)
        return; // the editor shows the text being typed
    QFont titleFont = painter->font();
    titleFont.setPixelSize(m_presentation ? 24 : 19);
    titleFont.setBold(true);
    QFont bodyFont = painter->font();
    bodyFont.setPixelSize(m_presentation ? 18 : 15);
    const QRectF text = card.adjusted(kBand + kPad, kPad, -kPad, -kPad);

    painter->setPen(m_presentation ? Qt::black : QColor(0x1d, 0x1d, 0x1b));
    painter->setFont(titleFont);
    QRectF titleRect;
    painter->drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_title, &titleRect);
    painter->setFont(bodyFont);
    const QRectF bodyArea = text.adjusted(0, qMin(titleRect.height(), text.height()) + 4, 0, -20);
    const QString body = QFontMetrics(bodyFont).elidedText(m_body.simplified(), Qt::ElideRight,
                                                           int(bodyArea.width() * qMax(1.0, bodyArea.height() / 19)));
    painter->drawText(bodyArea, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, body);
    if (!m_author.isEmpty()) {
        QFont small = bodyFont;
        small.setPixelSize(m_presentation ? 15 : 12);
        small.setItalic(true);
        painter->setFont(small);
        painter->setPen(strong.darker(110));
        painter->drawText(text, Qt::AlignRight | Qt::AlignBottom, m_author);
    }
}

void CardItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->pos().y() < 50)
        editTitle();
    else
        editBody();
    event->accept();
}

void CardItem::editTitle()
{
    startEditing(QStringLiteral("title"), m_title, QRectF(kBand + kPad, kPad, kCardSize.width() - kBand - 2 * kPad, 50));
}

void CardItem::editBody()
{
    startEditing(QStringLiteral("body"), m_body,
                 QRectF(kBand + kPad, kPad, kCardSize.width() - kBand - 2 * kPad, kCardSize.height() - 2 * kPad));
}

void CardItem::startEditing(const QString &column, const QString &text, const QRectF &area)
{
    if (m_editor)
        finishEditing(true, false);
    m_editedColumn = column;
    m_editor = new QGraphicsTextItem(this);
    m_editor->setPlainText(text);
    m_editor->setTextWidth(area.width());
    m_editor->setPos(area.topLeft());
    QFont font = m_editor->font();
    font.setPixelSize(column == QLatin1String("title") ? 19 : 15);
    font.setBold(column == QLatin1String("title"));
    m_editor->setFont(font);
    m_editor->setTextInteractionFlags(Qt::TextEditorInteraction);
    m_editor->installSceneEventFilter(this);
    setCacheMode(NoCache);
    update();
    m_editor->setFocus(Qt::MouseFocusReason);
    QTextCursor cursor = m_editor->textCursor();
    cursor.select(QTextCursor::Document);
    m_editor->setTextCursor(cursor);
}

void CardItem::finishEditing(bool keep, bool refocus)
{
    if (!m_editor)
        return;
    QGraphicsTextItem *editor = std::exchange(m_editor, nullptr);
    const QString text = editor->toPlainText().trimmed();
    editor->removeSceneEventFilter(this);
    editor->deleteLater();
    editor->hide();
    setCacheMode(DeviceCoordinateCache);
    update();
    if (refocus)
        setFocus(); // the keyboard goes on from the card
    if (keep)
        Q_EMIT edited(m_id, m_editedColumn, text);
}

bool CardItem::sceneEventFilter(QGraphicsItem *watched, QEvent *event)
{
    if (watched != m_editor)
        return false;
    if (event->type() == QEvent::FocusOut) {
        // Not while the scene is still handing focus over: finish on the next turn of the loop.
        QMetaObject::invokeMethod(this, [this] { finishEditing(true, false); }, Qt::QueuedConnection);
        return false;
    }
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (key->key() == Qt::Key_Escape) {
            finishEditing(false, true);
            return true;
        }
        // Enter ends a title; in the text, Ctrl+Enter ends and Enter starts a new line.
        if (enter && (m_editedColumn == QLatin1String("title") || key->modifiers() & Qt::ControlModifier)) {
            finishEditing(true, true);
            return true;
        }
    }
    return false;
}

} // namespace Atelier::Modeler::Board
