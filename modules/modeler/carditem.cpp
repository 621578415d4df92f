// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "carditem.h"

#include "boardgeometry.h"
#include "boardscene.h"

#include <QFocusEvent>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsTextItem>
#include <QKeyEvent>
#include <QPainter>
#include <QPointer>
#include <QStyleOptionGraphicsItem>
#include <QTextCursor>
#include <QTextDocument>

namespace Atelier::Modeler::Board {

static constexpr qreal kBand = 10, kPad = 12;
static constexpr qreal kOverviewDetail = 0.55; ///< below this scale, cards are drawn in overview
static constexpr qreal kTitleDetail = 0.2;     ///< below, the title would be under 5 px: colours only

CardItem::CardItem(const QString &id) : m_id(id)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemIsFocusable | ItemSendsScenePositionChanges);
    setAcceptHoverEvents(false);
}

void CardItem::show(const Row &row, const QString &author)
{
    m_title = row.value(QStringLiteral("title")).toString();
    m_body = row.value(QStringLiteral("body")).toString();
    m_family = familyFromKey(row.value(QStringLiteral("family")).toString());
    m_groupId = row.value(QStringLiteral("group_id")).toString();
    m_author = author;
    setPos(row.value(QStringLiteral("x")).toDouble(), row.value(QStringLiteral("y")).toDouble());
    setToolTip(m_body.isEmpty() ? m_title : m_title + QStringLiteral("\n\n") + m_body);
    layOut();
    update();
}

void CardItem::setPresentation(bool on)
{
    m_presentation = on;
    layOut();
    update();
}

QRectF CardItem::textRect() const
{
    return QRectF(QPointF(0, 0), kCardSize).adjusted(kBand, 0, 0, 0);
}

QVariant CardItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    // What hides what on the board changes when a card moves, comes, goes or changes order.
    if (change == ItemScenePositionHasChanged || change == ItemZValueHasChanged ||
        change == ItemVisibleHasChanged || change == ItemSceneChange)
        if (auto *board = qobject_cast<BoardScene *>(scene()))
            board->invalidateCoverage();
    if (change == ItemSceneHasChanged)
        if (auto *board = qobject_cast<BoardScene *>(value.value<QGraphicsScene *>()))
            board->invalidateCoverage();
    return QGraphicsItem::itemChange(change, value);
}

QRectF CardItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), kCardSize).adjusted(-3, -3, 3, 3);
}

void CardItem::paintOverview(QPainter *painter, bool selected, qreal detail)
{
    // Seen from afar (the whole board of a large workshop): a plain card and its title, fast; from
    // further still, only its colours, since no title could be read.
    const QRectF card(QPointF(0, 0), kCardSize);
    const QColor edge = selected ? QColor(0xd9, 0x82, 0x2b) : familyColor(m_family);
    painter->fillRect(card.adjusted(kBand, 4, -4, -4), m_presentation ? Qt::white : QColor(0xff, 0xfd, 0xf8));
    painter->fillRect(QRectF(0, 0, kBand, kCardSize.height()), edge); // every pixel filled once
    painter->fillRect(QRectF(kBand, 0, kCardSize.width() - kBand, 4), edge);
    painter->fillRect(QRectF(kBand, kCardSize.height() - 4, kCardSize.width() - kBand, 4), edge);
    painter->fillRect(QRectF(kCardSize.width() - 4, 4, 4, kCardSize.height() - 8), edge);
    if (detail < kTitleDetail || textHidden())
        return;
    QFont font;
    font.setPixelSize(26);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Qt::black);
    painter->drawStaticText(QPointF(kBand + kPad, kPad), m_overviewText);
}

bool CardItem::textHidden() const
{
    auto *board = qobject_cast<BoardScene *>(scene());
    return board && !isSelected() && board->isTextHidden(this);
}

void CardItem::layOut()
{
    // Text is laid out once per change, not once per frame: a large board repaints fast (and
    // zooming in shows it at once).
    const qreal width = kCardSize.width() - kBand - 2 * kPad;
    m_titleFont = QFont();
    m_titleFont.setPixelSize(m_presentation ? 24 : 19);
    m_titleFont.setBold(true);
    m_bodyFont = QFont();
    m_bodyFont.setPixelSize(m_presentation ? 18 : 15);
    m_smallFont = m_bodyFont;
    m_smallFont.setPixelSize(m_presentation ? 15 : 12);
    m_smallFont.setItalic(true);
    const QFontMetricsF titleMetrics(m_titleFont), bodyMetrics(m_bodyFont);
    m_titleText = QStaticText(titleMetrics.elidedText(m_title, Qt::ElideRight, width * 2.6));
    // A word longer than the card (“intercommunale” in large type) breaks instead of overflowing.
    QTextOption wrapAnywhere;
    wrapAnywhere.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_titleText.setTextWidth(width);
    m_titleText.setTextOption(wrapAnywhere);
    m_titleText.setTextFormat(Qt::PlainText);
    m_titleText.prepare(QTransform(), m_titleFont);
    const qreal bodyHeight = kCardSize.height() - 2 * kPad - m_titleText.size().height() - 24;
    const int lines = qMax(0, int(bodyHeight / bodyMetrics.lineSpacing()));
    m_bodyText =
        QStaticText(lines ? bodyMetrics.elidedText(m_body.simplified(), Qt::ElideRight, width * lines * 0.92)
                          : QString());
    m_bodyText.setTextWidth(width);
    m_bodyText.setTextOption(wrapAnywhere);
    m_bodyText.setTextFormat(Qt::PlainText);
    m_bodyText.prepare(QTransform(), m_bodyFont);
    m_authorText = QStaticText(QFontMetricsF(m_smallFont).elidedText(m_author, Qt::ElideLeft, width));
    m_authorText.setTextFormat(Qt::PlainText);
    m_authorText.prepare(QTransform(), m_smallFont);
    QFont overview;
    overview.setPixelSize(26);
    overview.setBold(true);
    const QFontMetricsF overviewMetrics(overview);
    // As many lines as the card holds at that size (four), the last one ended by an ellipsis.
    m_overviewText = QStaticText(overviewMetrics.elidedText(m_title, Qt::ElideRight, width * 3.6));
    m_overviewText.setTextWidth(width);
    m_overviewText.setTextOption(wrapAnywhere);
    m_overviewText.setTextFormat(Qt::PlainText);
    m_overviewText.prepare(QTransform(), overview);
}

void CardItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF card(QPointF(0, 0), kCardSize);
    const QColor strong = familyColor(m_family);
    const bool selected = option->state & QStyle::State_Selected;
    // Square corners and no antialiasing: thousands of cards per frame stay cheap to draw.
    painter->setRenderHint(QPainter::Antialiasing, false);
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    if (!m_editor && detail < kOverviewDetail) {
        paintOverview(painter, selected, detail);
        return;
    }
    // Every pixel filled once: cards overlap by hundreds on a large board.
    const qreal border = selected ? 5 : 1.5;
    const QColor edge = selected ? QColor(0xd9, 0x82, 0x2b) : strong.darker(120);
    painter->fillRect(card.adjusted(kBand, border, -border, -border),
                      m_presentation ? Qt::white : QColor(0xff, 0xfd, 0xf8));
    painter->fillRect(QRectF(0, 0, kBand, kCardSize.height()), strong);
    painter->fillRect(QRectF(kBand, 0, kCardSize.width() - kBand, border), edge);
    painter->fillRect(QRectF(kBand, kCardSize.height() - border, kCardSize.width() - kBand, border), edge);
    painter->fillRect(QRectF(kCardSize.width() - border, border, border, kCardSize.height() - 2 * border),
                      edge);
    if (m_editor || textHidden())
        return; // the editor shows the text being typed; text under other cards is not seen

    const QPointF origin(kBand + kPad, kPad);
    painter->setPen(m_presentation ? Qt::black : QColor(0x1d, 0x1d, 0x1b));
    painter->setFont(m_titleFont);
    painter->drawStaticText(origin, m_titleText);
    painter->setFont(m_bodyFont);
    painter->drawStaticText(origin + QPointF(0, m_titleText.size().height() + 4), m_bodyText);
    if (!m_author.isEmpty()) {
        painter->setFont(m_smallFont);
        painter->setPen(strong.darker(110));
        painter->drawStaticText(QPointF(kCardSize.width() - kPad - m_authorText.size().width(),
                                        kCardSize.height() - kPad - m_authorText.size().height()),
                                m_authorText);
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
    startEditing(QStringLiteral("title"), m_title,
                 QRectF(kBand + kPad, kPad, kCardSize.width() - kBand - 2 * kPad, 50));
}

void CardItem::editBody()
{
    startEditing(
        QStringLiteral("body"), m_body,
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
        QMetaObject::invokeMethod(
            this,
            [this, editor = QPointer<QGraphicsTextItem>(m_editor)] {
                if (editor && editor == m_editor) // not an editor opened since
                    finishEditing(true, false);
            },
            Qt::QueuedConnection);
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
