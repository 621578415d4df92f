// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportstyle.h"

#include <QPageSize>

namespace Atelier::Reports::Style {

qreal mm(qreal millimetres)
{
    return millimetres * kDpi / 25.4;
}

static QPageSize pageSize(Paper paper)
{
    return QPageSize(paper == Paper::A5 ? QPageSize::A5 : QPageSize::A4);
}

QRectF pageRect(QPageLayout::Orientation orientation, Paper paper)
{
    const QSizeF portrait = pageSize(paper).size(QPageSize::Millimeter);
    const QSizeF size = orientation == QPageLayout::Portrait ? portrait : portrait.transposed();
    return {0, 0, mm(size.width()), mm(size.height())};
}

QRectF bodyRect(QPageLayout::Orientation orientation, Paper paper)
{
    // A4: 20 mm at the sides; the header lives in the top 22 mm, the footer in the bottom 20 mm.
    // A5: 14 mm at the sides (the fold is one of them), the header in 16 mm, the footer in 15 mm.
    if (paper == Paper::A5)
        return pageRect(orientation, paper).adjusted(mm(14), mm(18), -mm(14), -mm(16));
    return pageRect(orientation).adjusted(mm(20), mm(24), -mm(20), -mm(20));
}

qreal headerTop(Paper paper)
{
    return mm(paper == Paper::A5 ? 8 : 12);
}

qreal footerTop(QPageLayout::Orientation orientation, Paper paper)
{
    return pageRect(orientation, paper).height() - mm(paper == Paper::A5 ? 11 : 14);
}

QPageLayout pageLayout(QPageLayout::Orientation orientation, Paper paper)
{
    return QPageLayout(pageSize(paper), orientation, QMarginsF(0, 0, 0, 0));
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
