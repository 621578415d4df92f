// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QPageLayout>
#include <QRectF>

namespace Atelier::Reports {

/// The one look of every report: A4, its margins, its fonts and colours. Lengths are in report
/// units: pixels at kDpi, the resolution every report is laid out and written at (so charts,
/// whose text is measured on screen, keep the proportions they were laid out with).
namespace Style {

inline constexpr int kDpi = 96;

/// The sheet a report is laid out on: A4 (every report), or A5 (a booklet, printed two-up on A4).
enum class Paper { A4, A5 };

/// Millimetres to report units.
qreal mm(qreal millimetres);
/// The whole page, and the part of it that sections flow into (between header and footer).
QRectF pageRect(QPageLayout::Orientation orientation, Paper paper = Paper::A4);
QRectF bodyRect(QPageLayout::Orientation orientation, Paper paper = Paper::A4);
/// Where the running header's text starts, and where the footer's does, from the top of the page.
qreal headerTop(Paper paper);
qreal footerTop(QPageLayout::Orientation orientation, Paper paper);
/// The page layout given to the paged device (no device margins: the renderer places everything).
QPageLayout pageLayout(QPageLayout::Orientation orientation, Paper paper = Paper::A4);

/// A font of the report's family: DejaVu Sans, installed with the application's packages, so
/// every machine lays a report out the same way and embeds the same glyphs.
QFont font(qreal pointSize, bool bold = false);
inline constexpr qreal kBodyPt = 10.5;
inline constexpr qreal kSmallPt = 8.5;

QColor accent();     ///< titles, rules, table headers
QColor accentPale(); ///< table header background
QColor zebra();      ///< every other table row
QColor muted();      ///< header, footer, captions

} // namespace Style
} // namespace Atelier::Reports
