// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardscene.h"

#include "boardgeometry.h"
#include "carditem.h"

#include "core/edit.h"
#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"

#include <QGraphicsRectItem>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QPainter>

namespace Atelier::Modeler::Board {

/// A frame drawn behind the cards of a group, with the group's name.
class GroupFrame : public QGraphicsRectItem
{
public:
    GroupFrame()
    {
        setZValue(-1);
        setPen(QPen(QColor(0x6b, 0x6b, 0x66), 2, Qt::DashLine));
        setBrush(QColor(0, 0, 0, 12));
        m_label = new QGraphicsSimpleTextItem(this);
        QFont font = m_label->font();
        font.setPixelSize(18);
        font.setBold(true);
        m_label->setFont(font);
    }
    void fit(const QRectF &cards, const QString &title)
    {
        setRect(cards.adjusted(-14, -36, 14, 14));
        m_label->setText(title);
        m_label->setPos(rect().topLeft() + QPointF(10, 6));
    }

private:
    QGraphicsSimpleTextItem *m_label;
};

static QString cardTable()
{
    return Tables::card().table();
}

BoardScene::BoardScene(ProjectContext &ctx, QObject *parent) : QGraphicsScene(parent), m_ctx(ctx)
{
    setSceneRect(Board::sceneRect()); // the four zones, whatever the cards
    setItemIndexMethod(BspTreeIndex);
    load();
    connect(&ctx.notifier, &Notifier::rowInserted, this, [this](const QString &table, const QString &id) {
        if (table == cardTable())
            showCard(id);
        else if (table == Tables::cardGroup().table())
            scheduleGroups();
    });
    connect(&ctx.notifier, &Notifier::rowRemoved, this, [this](const QString &table, const QString &id) {
        if (table == cardTable())
            dropCard(id);
        else if (table == Tables::cardGroup().table())
            scheduleGroups();
    });
    connect(&ctx.notifier, &Notifier::tableReloaded, this, [this](const QString &table) {
        if (table == cardTable() || table == Tables::cardGroup().table())
            load();
    });
    connect(&ctx.notifier, &Notifier::valueChanged, this, [this](const QString &table, const QString &id) {
        if (table == cardTable())
            showCard(id);
        else if (table == Tables::cardGroup().table() || table == Entities::participant().table())
            load();
    });
}

QString BoardScene::authorOf(const Row &row) const
{
    const QString author = row.value(QStringLiteral("author_id")).toString();
    return author.isEmpty()
               ? QString()
               : m_ctx.store.value(Entities::participant(), author, QStringLiteral("name")).toString();
}

void BoardScene::load()
{
    const QList<Row> rows = m_ctx.store.rows(Tables::card());
    QSet<QString> present;
    for (const Row &row : rows) {
        const QString id = row.value(QStringLiteral("id")).toString();
        present.insert(id);
        itemFor(id)->show(row, authorOf(row));
    }
    for (const QString &id : m_cards.keys())
        if (!present.contains(id))
            delete m_cards.take(id);
    scheduleGroups();
}

CardItem *BoardScene::itemFor(const QString &id)
{
    CardItem *&item = m_cards[id];
    if (!item) {
        item = new CardItem(id);
        item->setFlag(QGraphicsItem::ItemIsMovable, !m_ctx.isReadOnly());
        item->setPresentation(m_presentation);
        connect(item, &CardItem::edited, this, &BoardScene::onEdited);
        addItem(item);
    }
    return item;
}

bool BoardScene::isTextHidden(const CardItem *card)
{
    if (!m_coverage.isValid()) {
        QList<BoardCoverage::Card> cards;
        cards.reserve(m_cards.size());
        for (QGraphicsItem *item : items(Qt::DescendingOrder)) {
            const auto *c = dynamic_cast<const CardItem *>(item);
            if (c && c->isVisible())
                cards.append({c, QRectF(c->scenePos(), kCardSize), c->textRect().translated(c->scenePos())});
        }
        m_coverage.compute(sceneRect(), cards);
    }
    return m_coverage.isTextHidden(card);
}

void BoardScene::scheduleGroups()
{
    // Many cards change at once (a move of a selection, a reload): draw the frames once, after.
    if (std::exchange(m_groupsPending, true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_groupsPending = false;
            updateGroups();
        },
        Qt::QueuedConnection);
}

void BoardScene::showCard(const QString &id)
{
    const Row row = m_ctx.store.row(Tables::card(), id);
    if (row.isEmpty())
        return;
    itemFor(id)->show(row, authorOf(row));
    scheduleGroups();
}

void BoardScene::dropCard(const QString &id)
{
    delete m_cards.take(id);
    scheduleGroups();
}

void BoardScene::updateGroups()
{
    QHash<QString, QRectF> bounds;
    for (const CardItem *card : std::as_const(m_cards)) {
        if (card->groupId().isEmpty())
            continue;
        const QRectF area(card->pos(), kCardSize);
        bounds[card->groupId()] =
            bounds.contains(card->groupId()) ? bounds[card->groupId()].united(area) : area;
    }
    for (const QString &id : m_groups.keys())
        if (!bounds.contains(id))
            delete m_groups.take(id);
    for (auto it = bounds.cbegin(); it != bounds.cend(); ++it) {
        GroupFrame *&frame = m_groups[it.key()];
        if (!frame) {
            frame = new GroupFrame;
            addItem(frame);
        }
        frame->fit(it.value(),
                   m_ctx.store.value(Tables::cardGroup(), it.key(), QStringLiteral("title")).toString());
    }
}

QString BoardScene::addCard(Family family, const QPointF &at, bool edit)
{
    QList<QPointF> taken;
    for (CardItem *c : std::as_const(m_cards))
        if (c->family() == family)
            taken << c->pos();
    const QPointF place = at.isNull() ? freeSlot(family, taken)
                                      : snap(at - QPointF(kCardSize.width(), kCardSize.height()) / 2, family);
    const QString id = Edit::addRow(m_ctx, Tables::card(),
                                    {{QStringLiteral("family"), familyKey(family)},
                                     {QStringLiteral("title"), tr("New card")},
                                     {QStringLiteral("x"), place.x()},
                                     {QStringLiteral("y"), place.y()}});
    if (CardItem *item = m_cards.value(id)) {
        clearSelection();
        item->setSelected(true);
        item->setFocus();
        if (edit)
            item->editTitle();
    }
    return id;
}

QList<CardItem *> BoardScene::selectedCards() const
{
    QList<CardItem *> cards;
    for (QGraphicsItem *item : selectedItems())
        if (auto *card = dynamic_cast<CardItem *>(item))
            cards << card;
    std::sort(cards.begin(), cards.end(), [](CardItem *a, CardItem *b) { return a->id() < b->id(); });
    return cards;
}

void BoardScene::recordMoves(const QList<CardItem *> &cards, const QList<QPointF> &from, bool mergeable)
{
    QList<FieldChange> changes;
    for (qsizetype i = 0; i < cards.size(); ++i) {
        CardItem *card = cards[i];
        const QPointF centre(kCardSize.width() / 2, kCardSize.height() / 2);
        const Family zone = familyAt(card->pos() + centre);
        // A card changes family only when it is taken to another zone, not when it moves within one.
        const bool newZone = zone != familyAt(from[i] + centre);
        const Family family = newZone ? zone : card->family();
        const QPointF p = snap(card->pos(), newZone ? zone : familyAt(from[i] + centre));
        changes.append({card->id(), QStringLiteral("x"), p.x()});
        changes.append({card->id(), QStringLiteral("y"), p.y()});
        if (newZone)
            changes.append({card->id(), QStringLiteral("family"), familyKey(family)});
    }
    const QString text = cards.size() == 1 ? tr("Move card") : tr("Move cards");
    Edit::setValues(m_ctx, Tables::card(), changes, text,
                    mergeable ? Edit::Merge::WithPrevious : Edit::Merge::No);
    for (CardItem *card : cards)
        showCard(card->id()); // where the store says: snapped, or back when refused
}

void BoardScene::nudgeSelection(const QPointF &delta)
{
    const QList<CardItem *> cards = selectedCards();
    if (cards.isEmpty())
        return;
    if (m_ctx.isReadOnly())
        return;
    QList<QPointF> from;
    for (CardItem *card : cards) {
        from << card->pos();
        card->setPos(card->pos() + delta);
    }
    recordMoves(cards, from, true);
}

void BoardScene::removeSelection()
{
    QStringList ids;
    for (CardItem *card : selectedCards())
        ids << card->id();
    Edit::removeRows(m_ctx, Tables::card(), ids);
}

void BoardScene::groupSelection(const QString &title)
{
    const QList<CardItem *> cards = selectedCards();
    if (cards.size() < 2 || m_ctx.isReadOnly())
        return;
    Edit::Group step(m_ctx, tr("Group cards"));
    const QString group = Edit::addRow(m_ctx, Tables::cardGroup(), {{QStringLiteral("title"), title}});
    if (group.isEmpty())
        return;
    QList<FieldChange> changes;
    for (CardItem *card : cards)
        changes.append({card->id(), QStringLiteral("group_id"), group});
    Edit::setValues(m_ctx, Tables::card(), changes, tr("Group cards"));
}

void BoardScene::ungroupSelection()
{
    QList<FieldChange> changes;
    for (CardItem *card : selectedCards())
        changes.append({card->id(), QStringLiteral("group_id"), QString()});
    Edit::setValues(m_ctx, Tables::card(), changes, tr("Ungroup cards"));
}

void BoardScene::setPresentation(bool on)
{
    m_presentation = on;
    for (CardItem *card : std::as_const(m_cards))
        card->setPresentation(on);
    update();
}

void BoardScene::onEdited(const QString &id, const QString &column, const QString &text)
{
    if (!Edit::setValue(m_ctx, Tables::card(), id, column, text))
        showCard(id);
}

void BoardScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, m_presentation ? QColor(0x10, 0x10, 0x10) : QColor(0xf6, 0xf5, 0xf2));
    const FieldInfo &family = *Tables::card().field(QStringLiteral("family"));
    QFont font = painter->font();
    font.setPixelSize(m_presentation ? 40 : 32);
    font.setBold(true);
    for (int i = 0; i < kFamilyCount; ++i) {
        const QRectF zone = zoneRect(Family(i));
        if (!zone.intersects(rect))
            continue;
        const QColor color = familyColor(Family(i));
        painter->setPen(QPen(color, 3));
        const auto tint = [](int c) { return 255 - (255 - c) * 12 / 100; };
        painter->setBrush(m_presentation
                              ? QColor(0x22, 0x22, 0x22)
                              : QColor(tint(color.red()), tint(color.green()), tint(color.blue())));
        painter->drawRoundedRect(zone, 16, 16);
        painter->setFont(font);
        painter->setPen(m_presentation ? Qt::white : color.darker(130));
        painter->drawText(zone.adjusted(28, 18, -28, 0), Qt::AlignLeft | Qt::AlignTop,
                          family.choiceLabel(familyKey(Family(i))));
    }
}

void BoardScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseDoubleClickEvent(event);
    if ((event->isAccepted() && itemAt(event->scenePos(), QTransform())) || m_ctx.isReadOnly())
        return;
    addCard(familyAt(event->scenePos()), event->scenePos());
    event->accept();
}

void BoardScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mousePressEvent(event);
    m_pressPositions.clear();
    for (CardItem *card : selectedCards())
        m_pressPositions.insert(card->id(), card->pos());
}

void BoardScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    QList<CardItem *> moved;
    QList<QPointF> from;
    for (auto it = m_pressPositions.cbegin(); it != m_pressPositions.cend(); ++it) {
        CardItem *card = m_cards.value(it.key()); // by id: a card removed meanwhile is simply gone
        if (card && card->pos() != it.value()) {
            moved << card;
            from << it.value();
        }
    }
    m_pressPositions.clear();
    if (!moved.isEmpty())
        recordMoves(moved, from, false);
}

void BoardScene::keyPressEvent(QKeyEvent *event)
{
    // While a card's text is being edited, keys are the editor's.
    auto *editing = focusItem() ? dynamic_cast<CardItem *>(focusItem()->parentItem()) : nullptr;
    if (editing && editing->isEditing()) {
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    const qreal step = event->modifiers() & Qt::ShiftModifier ? 5 * kGrid : kGrid;
    switch (event->key()) {
    case Qt::Key_Left:
        nudgeSelection({-step, 0});
        break;
    case Qt::Key_Right:
        nudgeSelection({step, 0});
        break;
    case Qt::Key_Up:
        nudgeSelection({0, -step});
        break;
    case Qt::Key_Down:
        nudgeSelection({0, step});
        break;
    case Qt::Key_Delete:
        removeSelection();
        break;
    case Qt::Key_F2:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!selectedCards().isEmpty())
            selectedCards().first()->editTitle();
        break;
    default:
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace Atelier::Modeler::Board
