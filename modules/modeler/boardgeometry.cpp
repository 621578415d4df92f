// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardgeometry.h"

#include <QLineF>
#include <QList>

#include <algorithm>
#include <cmath>

namespace Atelier::Modeler::Board {

QRectF zoneRect(Family family)
{
    const int i = int(family);
    return {(i % 2) * (kZoneWidth + kGap), (i / 2) * (kZoneHeight + kGap), kZoneWidth, kZoneHeight};
}

QRectF cardArea(Family family)
{
    return zoneRect(family).adjusted(20, kHeader, -20 - kCardSize.width(), -20 - kCardSize.height());
}

QRectF sceneRect()
{
    return QRectF(0, 0, 2 * kZoneWidth + kGap, 2 * kZoneHeight + kGap).adjusted(-40, -40, 40, 40);
}

Family familyAt(const QPointF &point)
{
    Family best = Family::Needs;
    qreal bestDistance = -1;
    for (int i = 0; i < kFamilyCount; ++i) {
        const QRectF zone = zoneRect(Family(i));
        if (zone.contains(point))
            return Family(i);
        const qreal d = QLineF(point, zone.center()).length();
        if (bestDistance < 0 || d < bestDistance) {
            bestDistance = d;
            best = Family(i);
        }
    }
    return best;
}

QPointF snap(const QPointF &topLeft, Family family)
{
    const QRectF area = cardArea(family);
    const qreal x = std::round(qBound(area.left(), topLeft.x(), area.right()) / kGrid) * kGrid;
    const qreal y = std::round(qBound(area.top(), topLeft.y(), area.bottom()) / kGrid) * kGrid;
    return {x, y};
}

QPointF freeSlot(Family family, const QList<QPointF> &taken)
{
    const QRectF area = cardArea(family);
    const qreal stepX = kCardSize.width() + 20, stepY = kCardSize.height() + 20;
    for (qreal y = area.top(); y <= area.bottom(); y += stepY)
        for (qreal x = area.left(); x <= area.right(); x += stepX) {
            const QRectF cell(QPointF(x, y), kCardSize);
            const bool free = std::none_of(taken.begin(), taken.end(), [&](const QPointF &p) {
                return cell.intersects(QRectF(p, kCardSize));
            });
            if (free)
                return snap({x, y}, family);
        }
    // A full zone: stack with an offset so that the new card stays visible.
    return snap(area.topLeft() + QPointF(15, 15) * (taken.size() % 20), family);
}

QColor familyColor(Family family)
{
    switch (family) {
    case Family::Needs:
        return QColor(0x1f, 0x4e, 0x5f); // petrol blue
    case Family::Territory:
        return QColor(0x3d, 0x7a, 0x3a); // green
    case Family::Innovation:
        return QColor(0xb5, 0x5d, 0x0b); // orange-brown
    case Family::Constraints:
        return QColor(0x7a, 0x2e, 0x6b); // plum
    }
    return Qt::black;
}

} // namespace Atelier::Modeler::Board
