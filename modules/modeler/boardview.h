// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modelerschema.h"

#include <QGraphicsView>

namespace Atelier::Modeler::Board {

/// A view of the board: Ctrl+wheel or Ctrl +/− to zoom, Ctrl+0 to see everything, drag on the
/// background to select, middle button or Space + drag to pan.
class BoardView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit BoardView(QGraphicsScene *scene, QWidget *parent = nullptr);
    void zoomBy(qreal factor);
    void fitAll();
    /// One family's zone fills the view (the facilitator focuses the room on it).
    void showZone(Family family);
    qreal zoom() const { return transform().m11(); }

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    bool m_followSize = true; ///< the whole board stays in view until the user zooms
};

} // namespace Atelier::Modeler::Board
