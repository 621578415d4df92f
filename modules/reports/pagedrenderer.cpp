// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagedrenderer.h"

#include "imposition.h"
#include "reportstyle.h"

#include "core/format.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>

namespace Atelier::Reports {

struct RendererText
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Reports::PagedRenderer)
};

/// Whether a paragraph (not in a table) has lines on two pages: a page clips what goes beyond it,
/// but the PDF would hold the paragraph's text twice, once on each page.
static bool splitAcrossPages(QTextDocument *doc, const QTextBlock &block, qreal height)
{
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() < 2 || QTextCursor(block).currentTable())
        return false;
    const qreal top = doc->documentLayout()->blockBoundingRect(block).top();
    const qreal first = top + layout->lineAt(0).rect().top();
    const qreal last = top + layout->lineAt(layout->lineCount() - 1).rect().bottom();
    return last - first < height / 2 && int(first / height) != int((last - 0.5) / height);
}

/// Titles never end a page (one that leaves less than a few lines below it starts the next page),
/// and a paragraph goes whole to the next page rather than in two pieces.
static void keepTitlesWithText(QTextDocument *doc)
{
    const qreal height = doc->pageSize().height();
    const qreal room = Style::mm(28);
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.pageBreakPolicy() != QTextFormat::PageBreak_Auto)
            continue;
        const QRectF rect = doc->documentLayout()->blockBoundingRect(block);
        const qreal pageTop = std::floor(rect.top() / height) * height;
        const bool atTop = rect.top() - pageTop < Style::mm(1);
        const bool lonelyTitle =
            format.boolProperty(kKeepWithNext) && pageTop + height - rect.bottom() < room;
        if (!atTop && (lonelyTitle || splitAcrossPages(doc, block, height))) {
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
        }
    }
}

/// The pages a part's text covers: the space below its last paragraph does not start a page of its
/// own (QTextDocument::pageCount counts it, so a text ending at the foot of a page had a blank one after).
static int pagesOf(QTextDocument *doc)
{
    const qreal height = doc->pageSize().height();
    const QTextBlock last = doc->lastBlock();
    qreal bottom = doc->documentLayout()->documentSize().height();
    if (last.isValid() && !QTextCursor(last).currentTable())
        bottom = doc->documentLayout()->blockBoundingRect(last).bottom() - last.blockFormat().bottomMargin();
    return std::max(1, int(std::ceil(bottom / height - 1e-6)));
}

PagedRenderer::PagedRenderer(Document &document) : m_document(document)
{
    for (const Part &part : m_document.parts)
        keepTitlesWithText(part.document.get());
    m_pageCount = m_document.info.cover ? 1 : 0;
    for (const Part &part : m_document.parts) {
        m_firstPage << m_pageCount + 1;
        m_pageCount += pagesOf(part.document.get());
    }
}

int PagedRenderer::pageCount() const
{
    return m_pageCount;
}

int PagedRenderer::devicePageCount() const
{
    return m_document.info.booklet ? int(Imposition::booklet(m_pageCount).size()) : m_pageCount;
}

int PagedRenderer::pageOf(const Anchor &anchor) const
{
    if (anchor.part < 0 || anchor.part >= m_document.parts.size())
        return 0;
    QTextDocument *doc = m_document.parts.at(anchor.part).document.get();
    const QTextBlock block = doc->findBlock(anchor.position);
    const qreal top = doc->documentLayout()->blockBoundingRect(block).top();
    return m_firstPage.at(anchor.part) + int(top / doc->pageSize().height());
}

void PagedRenderer::paintCover(QPainter &painter) const
{
    const ReportInfo &info = m_document.info;
    const QRectF page = Style::pageRect(QPageLayout::Portrait);
    // An A5 cover is the A4 cover at A5's scale (the two sheets have the same proportions).
    painter.save();
    const qreal shrink = Style::pageRect(QPageLayout::Portrait, info.paper).width() / page.width();
    painter.scale(shrink, shrink);
    const QRectF band(0, 0, page.width(), Style::mm(95));
    painter.fillRect(band, Style::accent());
    const qreal left = Style::mm(22);
    const qreal width = page.width() - 2 * left;
    painter.setPen(Qt::white);
    painter.setFont(Style::font(11));
    painter.drawText(QRectF(left, Style::mm(18), width, Style::mm(8)), Qt::AlignLeft | Qt::AlignVCenter,
                     info.author);
    painter.setFont(Style::font(30, true));
    painter.drawText(QRectF(left, Style::mm(30), width, Style::mm(22)), Qt::AlignLeft | Qt::AlignBottom,
                     info.title);
    painter.setFont(Style::font(16));
    painter.drawText(QRectF(left, Style::mm(55), width, Style::mm(32)),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, info.projectTitle);

    painter.setPen(Style::muted());
    painter.setFont(Style::font(11));
    painter.drawText(QRectF(left, Style::mm(102), width, Style::mm(8)), Qt::AlignLeft | Qt::AlignVCenter,
                     Format::longDate(info.date));

    // Contents: each section and the page it starts on, with dotted leaders between.
    qreal y = Style::mm(125);
    painter.setPen(Style::accent());
    painter.setFont(Style::font(14, true));
    painter.drawText(QRectF(left, y, width, Style::mm(9)), Qt::AlignLeft | Qt::AlignVCenter,
                     RendererText::tr("Contents"));
    y += Style::mm(13);
    const QFont entry = Style::font(11);
    painter.setFont(entry);
    const QFontMetricsF metrics(entry, painter.device());
    for (const Anchor &anchor : m_document.anchors) {
        if (y > page.height() - Style::mm(30))
            break;
        const QString number = QString::number(pageOf(anchor));
        const qreal numberWidth = metrics.horizontalAdvance(number);
        const QString title =
            metrics.elidedText(anchor.title, Qt::ElideRight, width - numberWidth - Style::mm(12));
        const qreal titleWidth = metrics.horizontalAdvance(title);
        painter.setPen(Qt::black);
        painter.drawText(QPointF(left, y + metrics.ascent()), title);
        painter.drawText(QPointF(left + width - numberWidth, y + metrics.ascent()), number);
        painter.setPen(QPen(Style::muted(), 1, Qt::DotLine));
        const qreal base = y + metrics.ascent();
        painter.drawLine(QPointF(left + titleWidth + Style::mm(2), base),
                         QPointF(left + width - numberWidth - Style::mm(2), base));
        y += Style::mm(8);
    }
    painter.setPen(Style::muted());
    painter.setFont(Style::font(Style::kSmallPt));
    painter.drawText(QRectF(left, page.height() - Style::mm(18), width, Style::mm(6)),
                     Qt::AlignLeft | Qt::AlignVCenter, RendererText::tr("Made with Atelier Achat"));
    painter.restore();
}

void PagedRenderer::paintFrame(QPainter &painter, QPageLayout::Orientation orientation, int page) const
{
    const ReportInfo &info = m_document.info;
    const QRectF body = Style::bodyRect(orientation, info.paper);
    painter.setFont(Style::font(Style::kSmallPt));
    const QFontMetricsF metrics(painter.font(), painter.device());
    const qreal top = Style::headerTop(info.paper);
    // The report's name on the right, whole; the project's title gets the rest of the line.
    const qreal right = std::min(metrics.horizontalAdvance(info.title) + 2, body.width() / 3);
    const qreal left = body.width() - right - Style::mm(6);
    painter.setPen(Style::muted());
    painter.drawText(QRectF(body.left(), top, left, Style::mm(6)), Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(info.projectTitle, Qt::ElideRight, left));
    painter.drawText(QRectF(body.right() - right, top, right, Style::mm(6)),
                     Qt::AlignRight | Qt::AlignVCenter,
                     metrics.elidedText(info.title, Qt::ElideRight, right));
    painter.setPen(QPen(Style::accent(), 0.8));
    painter.drawLine(QPointF(body.left(), top + Style::mm(7)), QPointF(body.right(), top + Style::mm(7)));

    const qreal half = body.width() / 2 - Style::mm(3);
    const qreal bottom = Style::footerTop(orientation, info.paper);
    painter.setPen(Style::muted());
    painter.drawText(QRectF(body.left(), bottom, half, Style::mm(6)), Qt::AlignLeft | Qt::AlignVCenter,
                     Format::longDate(info.date));
    painter.drawText(QRectF(body.right() - half, bottom, half, Style::mm(6)),
                     Qt::AlignRight | Qt::AlignVCenter,
                     RendererText::tr("Page %1 of %2").arg(page).arg(m_pageCount));
}

void PagedRenderer::paintBody(QPainter &painter, const Part &part, int pageInPart) const
{
    QTextDocument *doc = part.document.get();
    const QRectF body = Style::bodyRect(part.orientation, m_document.info.paper);
    const qreal height = doc->pageSize().height();
    painter.save();
    painter.translate(body.topLeft());
    painter.setClipRect(QRectF(0, 0, body.width(), height));
    painter.translate(0, -pageInPart * height);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, pageInPart * height, body.width(), height);
    context.palette.setColor(QPalette::Text, Qt::black);
    doc->documentLayout()->draw(&painter, context);
    painter.restore();
}

QPageLayout::Orientation PagedRenderer::orientationOf(int page) const
{
    for (int p = int(m_firstPage.size()) - 1; p >= 0; --p)
        if (page >= m_firstPage.at(p))
            return m_document.parts.at(p).orientation;
    return QPageLayout::Portrait;
}

void PagedRenderer::paintPage(QPainter &painter, int page, Landscape landscape) const
{
    if (m_document.info.cover && page <= 1) {
        paintCover(painter);
        return;
    }
    int part = int(m_firstPage.size()) - 1;
    while (part > 0 && page < m_firstPage.at(part))
        --part;
    const Part &p = m_document.parts.at(part);
    painter.save();
    if (p.orientation == QPageLayout::Landscape && landscape == Landscape::RotateOnPortrait) {
        // the top of the landscape page along the portrait page's right edge
        painter.translate(Style::pageRect(QPageLayout::Portrait, m_document.info.paper).width(), 0);
        painter.rotate(90);
    }
    paintFrame(painter, p.orientation, page);
    paintBody(painter, p, page - m_firstPage.at(part));
    painter.restore();
}

bool PagedRenderer::render(QPagedPaintDevice &device, const Progress &progress, Landscape landscape) const
{
    if (m_document.info.booklet)
        return renderBooklet(device, progress);
    const Style::Paper paper = m_document.info.paper;
    if (landscape == Landscape::TurnPage)
        device.setPageLayout(Style::pageLayout(orientationOf(1), paper));
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal scale = qreal(device.logicalDpiX()) / Style::kDpi;
    painter.scale(scale, scale); // 1 when the device is at the report's resolution
    for (int page = 1; page <= m_pageCount; ++page) {
        if (page > 1) {
            if (landscape == Landscape::TurnPage)
                device.setPageLayout(Style::pageLayout(orientationOf(page), paper));
            if (!device.newPage()) {
                painter.end();
                return false;
            }
        }
        paintPage(painter, page, landscape);
        if (progress && !progress(page, m_pageCount)) {
            painter.end();
            return false;
        }
    }
    return painter.end();
}

bool PagedRenderer::renderBooklet(QPagedPaintDevice &device, const Progress &progress) const
{
    const QList<Imposition::Side> sides = Imposition::booklet(m_pageCount);
    device.setPageLayout(Style::pageLayout(QPageLayout::Landscape, Style::Paper::A4));
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal scale = qreal(device.logicalDpiX()) / Style::kDpi;
    painter.scale(scale, scale);
    const qreal half = Style::pageRect(QPageLayout::Landscape, Style::Paper::A4).width() / 2;
    for (int i = 0; i < sides.size(); ++i) {
        if (i > 0 && !device.newPage()) {
            painter.end();
            return false;
        }
        for (const auto &[page, x] : {std::pair{sides[i].left, 0.0}, std::pair{sides[i].right, half}}) {
            if (page == 0)
                continue; // a blank page
            painter.save();
            painter.translate(x, 0);
            painter.setClipRect(QRectF(0, 0, half, Style::pageRect(QPageLayout::Portrait, Style::Paper::A5).height()));
            paintPage(painter, page, Landscape::RotateOnPortrait);
            painter.restore();
        }
        // A light mark where the sheet folds.
        painter.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0.5, Qt::DashLine));
        painter.drawLine(QPointF(half, 0), QPointF(half, Style::mm(4)));
        if (progress && !progress(i + 1, int(sides.size()))) {
            painter.end();
            return false;
        }
    }
    return painter.end();
}

} // namespace Atelier::Reports
