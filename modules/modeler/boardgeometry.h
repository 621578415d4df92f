// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modelerschema.h"

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace Atelier::Modeler::Board {

/// The landscape is a 2 × 2 grid of zones, one per family, in scene coordinates.
inline constexpr QSizeF kCardSize{240, 150};
inline constexpr qreal kZoneWidth = 1100, kZoneHeight = 780, kGap = 40, kHeader = 90, kGrid = 10;

QRectF zoneRect(Family family);
/// The rectangle cards may occupy inside a zone (below its header).
QRectF cardArea(Family family);
QRectF sceneRect();
/// The family whose zone holds a point (the nearest zone when between zones).
Family familyAt(const QPointF &point);
/// A card's top-left corner kept inside its zone and on the grid.
QPointF snap(const QPointF &topLeft, Family family);
/// Where a new card goes in a zone when none is asked for: the first free grid cell.
QPointF freeSlot(Family family, const QList<QPointF> &taken);
/// Each family's colour (strong, for bands and headers) — distinct for colour-blind readers too.
QColor familyColor(Family family);

} // namespace Atelier::Modeler::Board
