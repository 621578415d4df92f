// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardview.h"

#include "boardgeometry.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

namespace Atelier::Modeler::Board {

BoardView::BoardView(QGraphicsScene *scene, QWidget *parent) : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(RubberBandDrag);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState);
    setTransformationAnchor(AnchorUnderMouse);
    setFocusPolicy(Qt::StrongFocus);
}

bool BoardView::viewportEvent(QEvent *event)
{
    const bool handled = QGraphicsView::viewportEvent(event);
    if (event->type() == QEvent::Resize && m_followSize)
        fitInView(sceneRect(), Qt::KeepAspectRatio);
    return handled;
}

void BoardView::zoomBy(qreal factor)
{
    m_followSize = false;
    const qreal next = qBound(0.1, zoom() * factor, 4.0);
    scale(next / zoom(), next / zoom());
}

void BoardView::fitAll()
{
    m_followSize = true;
    fitInView(sceneRect(), Qt::KeepAspectRatio);
}

void BoardView::showZone(Family family)
{
    m_followSize = false;
    fitInView(zoneRect(family), Qt::KeepAspectRatio);
}

void BoardView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void BoardView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomBy(1.25);
            return;
        case Qt::Key_Minus:
            zoomBy(0.8);
            return;
        case Qt::Key_0:
            fitAll();
            return;
        default:
            break;
        }
    }
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && !scene()->focusItem()) {
        setDragMode(ScrollHandDrag);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void BoardView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat())
        setDragMode(RubberBandDrag);
    QGraphicsView::keyReleaseEvent(event);
}

void BoardView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        setDragMode(ScrollHandDrag);
        // Let the hand drag start as if the left button were pressed.
        QMouseEvent press(event->type(), event->position(), event->scenePosition(), event->globalPosition(),
                          Qt::LeftButton, Qt::LeftButton, event->modifiers());
        QGraphicsView::mousePressEvent(&press);
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void BoardView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        QMouseEvent release(event->type(), event->position(), event->scenePosition(), event->globalPosition(),
                            Qt::LeftButton, Qt::NoButton, event->modifiers());
        QGraphicsView::mouseReleaseEvent(&release);
        setDragMode(RubberBandDrag);
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

} // namespace Atelier::Modeler::Board
