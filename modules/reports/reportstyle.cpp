// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportstyle.h"

#include <QPageSize>

namespace Atelier::Reports::Style {

qreal mm(qreal millimetres)
{
    return millimetres * kDpi / 25.4;
}

QRectF pageRect(QPageLayout::Orientation orientation)
{
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    const QSizeF size = orientation == QPageLayout::Portrait ? a4 : a4.transposed();
    return {0, 0, mm(size.width()), mm(size.height())};
}

QRectF bodyRect(QPageLayout::Orientation orientation)
{
    // 20 mm at the sides; the header lives in the top 22 mm, the footer in the bottom 20 mm.
    return pageRect(orientation).adjusted(mm(20), mm(24), -mm(20), -mm(20));
}

QPageLayout pageLayout(QPageLayout::Orientation orientation)
{
    return QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(0, 0, 0, 0));
}

QFont font(qreal pointSize, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    // Any letter spacing turns ligatures off in Qt's shaping: “fi” stays two letters in the PDF,
    // so a reader searching or copying “fin” finds it (Qt 6.4 has no font-feature setting).
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.02); // the smallest step Qt keeps (1/64 px)
    return f;
}

QColor accent()
{
    return {0x1f, 0x4e, 0x79};
}

QColor accentPale()
{
    return {0xdc, 0xe6, 0xf1};
}

QColor zebra()
{
    return {0xf3, 0xf6, 0xf9};
}

QColor muted()
{
    return {0x55, 0x5f, 0x6b};
}

} // namespace Atelier::Reports::Style
