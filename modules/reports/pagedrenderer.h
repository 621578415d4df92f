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

/// Lays a written report out on its pages (A4, or A5) and paints them on a paged device (a PDF
/// writer, a printer, the print preview): the cover with the contents and their page numbers, then
/// every part's pages, portrait or landscape, each under the running header (project, report) and
/// above the footer (date, page n / N). A booklet's A5 pages go two by two on A4 landscape sheets,
/// imposed (Imposition::booklet). The device must be at Style::kDpi.
class PagedRenderer
{
public:
    explicit PagedRenderer(Document &document);

    /// Pages in all, the cover (when there is one) included.
    int pageCount() const;
    /// Pages the device receives: the pages, or for a booklet the sides of its sheets.
    int devicePageCount() const;
    /// The page (from 1) a section starts on.
    int pageOf(const Anchor &anchor) const;
    /// How landscape pages come out: turned (a PDF has pages of any orientation), or drawn turned
    /// by a quarter on a portrait page (printers and the print preview keep one orientation).
    enum class Landscape { TurnPage, RotateOnPortrait };
    /// False when cancelled through `progress` or when the device refused to paint.
    bool render(QPagedPaintDevice &device, const Progress &progress = {},
                Landscape landscape = Landscape::TurnPage) const;

private:
    /// Paints page `page` (1: the cover) with its top left corner at the painter's origin.
    void paintPage(QPainter &painter, int page, Landscape landscape) const;
    QPageLayout::Orientation orientationOf(int page) const;
    bool renderBooklet(QPagedPaintDevice &device, const Progress &progress) const;
    void paintCover(QPainter &painter) const;
    void paintFrame(QPainter &painter, QPageLayout::Orientation orientation, int page) const;
    void paintBody(QPainter &painter, const Part &part, int pageInPart) const;

    Document &m_document;
    QList<int> m_firstPage; ///< the page number of each part's first page
    int m_pageCount = 1;
};

} // namespace Atelier::Reports
