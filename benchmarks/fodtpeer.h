// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The peer of the report engine: the same written report as a Flat ODF text document (.fodt), for
// LibreOffice to lay out and turn into a PDF.
#pragma once

#include <QByteArray>

namespace Atelier::Reports {
struct Document;
}

namespace Bench {

struct FlatOdt
{
    QByteArray xml;
    int charts = 0; ///< drawn as SVG images (QSvgGenerator), embedded in the file
    int tables = 0;
};

/// The report's every block, table and chart, in order, as the engine wrote them: a cover with the
/// contents (page numbers as page-reference fields), A4 portrait and landscape master pages with
/// the running header and footer (page n of N), tables repeating their header row, the same fonts,
/// sizes, colours and spacing. Each chart is painted by the report's own chart handler into an
/// SVG image at the size of its place.
FlatOdt flatOdt(const Atelier::Reports::Document &document);

} // namespace Bench
