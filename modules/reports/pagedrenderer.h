// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportwriter.h"

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace Atelier::Reports {

/// Told how far the work went (`done` of `total` steps); returns false to cancel.
using Progress = std::function<bool(int done, int total)>;

/// Lays a written report out on A4 pages and paints them on a paged device (a PDF writer, a
/// printer, the print preview): the cover with the contents and their page numbers, then every
/// part's pages, portrait or landscape, each under the running header (project, report) and above
/// the footer (date, page n / N). The device must be at Style::kDpi.
class PagedRenderer
{
public:
    explicit PagedRenderer(Document &document);

    /// Pages in all, the cover included.
    int pageCount() const;
    /// The page (from 1) a section starts on.
    int pageOf(const Anchor &anchor) const;
    /// How landscape pages come out: turned (a PDF has pages of any orientation), or drawn turned
    /// by a quarter on a portrait page (printers and the print preview keep one orientation).
    enum class Landscape { TurnPage, RotateOnPortrait };
    /// False when cancelled through `progress` or when the device refused to paint.
    bool render(QPagedPaintDevice &device, const Progress &progress = {},
                Landscape landscape = Landscape::TurnPage) const;

private:
    void paintCover(QPainter &painter) const;
    void paintFrame(QPainter &painter, QPageLayout::Orientation orientation, int page) const;
    void paintBody(QPainter &painter, const Part &part, int pageInPart) const;

    Document &m_document;
    QList<int> m_firstPage; ///< the page number of each part's first page
    int m_pageCount = 1;
};

} // namespace Atelier::Reports
