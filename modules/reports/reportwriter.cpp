// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwriter.h"

#include "chartobject.h"
#include "reportstyle.h"
#include "typography.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

namespace Atelier::Reports {

static QString joinedText(const QList<Part> &parts)
{
    QStringList texts;
    for (const Part &p : parts)
        texts << p.document->toPlainText();
    return texts.join(QLatin1Char('\n'));
}

QString Document::plainText() const
{
    return joinedText(parts);
}

struct Writer::Private
{
    ReportInfo info;
    bool french = false;
    QList<Part> parts;
    QList<Anchor> anchors;
    QList<ChartObject *> charts; ///< the chart handler of each part
    QTextCursor cursor;
    bool fresh = true;        ///< nothing written in the current part yet
    bool afterTable = false;  ///< the cursor is in the empty paragraph that follows a table
    bool breakBefore = false; ///< the next block starts a page
    bool backToPortrait = false;
    QString titleOnly;    ///< the section title, when nothing has been written after it yet
    bool editing = false; ///< the current part's edit block is open
    int images = 0;
};

Writer::Writer(ReportInfo info) : d(std::make_unique<Private>())
{
    d->french = info.language.startsWith(QLatin1String("fr"));
    d->info = std::move(info);
    startPart(QPageLayout::Portrait);
}

Writer::~Writer() = default;

QString Writer::typeset(const QString &text) const
{
    return d->french ? Typography::french(text) : text;
}

void Writer::startPart(QPageLayout::Orientation orientation)
{
    settle();
    auto document = std::make_shared<QTextDocument>();
    document->setUndoRedoEnabled(false);
    document->setUseDesignMetrics(true);
    document->setDocumentMargin(0);
    document->setDefaultFont(Style::font(Style::kBodyPt));
    document->setPageSize(Style::bodyRect(orientation, d->info.paper).size());
    d->charts.append(ChartObject::install(document.get()));
    d->parts.append({orientation, document});
    d->cursor = QTextCursor(document.get());
    // One edit block for the whole part: the text is laid out once, when it is read, not after
    // every cell written (a table of a thousand rows would be laid out a thousand times).
    d->cursor.beginEditBlock();
    d->editing = true;
    d->fresh = true;
    d->afterTable = false;
    d->breakBefore = false;
    d->backToPortrait = false;
}

QTextCursor &Writer::cursor()
{
    if (d->backToPortrait)
        startPart(QPageLayout::Portrait);
    return d->cursor;
}

QTextCursor &Writer::nextBlock(QTextBlockFormat format)
{
    QTextCursor &c = cursor();
    if (d->breakBefore && !d->fresh)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    d->breakBefore = false;
    d->titleOnly.clear();
    // The first paragraph of a part takes the empty block every document starts with. After a
    // table, Qt keeps an empty paragraph (collapsed by table()) and ignores its top margin: the
    // paragraph goes after it, where its margin counts, and at least a little below the table.
    if (d->afterTable)
        format.setTopMargin(std::max(format.topMargin(), Style::mm(3)));
    if (d->fresh)
        c.setBlockFormat(format);
    else
        c.insertBlock(format);
    d->fresh = false;
    d->afterTable = false;
    return c;
}

void Writer::block(const QString &text, qreal pointSize, bool bold, const QColor &color, qreal spaceBefore,
                   qreal spaceAfter, int indent)
{
    QTextBlockFormat format;
    if (bold && indent == 0)
        format.setProperty(kKeepWithNext, true);
    format.setTopMargin(spaceBefore);
    format.setBottomMargin(spaceAfter);
    format.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
    if (indent > 0) { // a hanging indent: the bullet, a tab, then the text aligned under itself
        format.setLeftMargin(Style::mm(5) * indent);
        format.setTextIndent(-Style::mm(5));
        format.setTabPositions({QTextOption::Tab(Style::mm(5) * indent, QTextOption::LeftTab)});
    }
    QTextCursor &c = nextBlock(format);
    QTextCharFormat chars;
    chars.setFont(Style::font(pointSize, bold));
    chars.setForeground(color);
    c.insertText(typeset(text), chars);
}

void Writer::section(const QString &title, bool newPage)
{
    if (newPage)
        d->breakBefore = true;
    block(title, 17, true, Style::accent(), d->fresh ? 0 : Style::mm(6), Style::mm(3));
    d->anchors.append({typeset(title), int(d->parts.size()) - 1, d->cursor.block().position()});
    d->titleOnly = title;
}

void Writer::heading(const QString &text)
{
    block(text, 12.5, true, Style::accent(), Style::mm(4), Style::mm(1.5));
}

void Writer::paragraph(const QString &text)
{
    block(text, Style::kBodyPt, false, Qt::black, 0, Style::mm(2));
}

void Writer::lead(const QString &label, const QString &text)
{
    QTextBlockFormat format;
    format.setBottomMargin(Style::mm(1.5));
    format.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
    QTextCursor &c = nextBlock(format);
    QTextCharFormat bold;
    bold.setFont(Style::font(Style::kBodyPt, true));
    c.insertText(typeset(label) + QLatin1Char(' '), bold);
    QTextCharFormat plain;
    plain.setFont(Style::font(Style::kBodyPt));
    c.insertText(typeset(text), plain);
}

void Writer::bullet(const QString &text)
{
    block(QStringLiteral("•\t") + text, Style::kBodyPt, false, Qt::black, 0, Style::mm(1), 1);
}

void Writer::note(const QString &text)
{
    block(text, Style::kSmallPt + 0.5, false, Style::muted(), 0, Style::mm(2));
}

void Writer::table(const QList<Column> &columns, const QList<QStringList> &rows, bool totalRow)
{
    insertTable(columns, rows, true, totalRow, 0);
}

void Writer::form(const QList<Column> &columns, const QList<QStringList> &rows, qreal rowHeightMm)
{
    insertTable(columns, rows, true, false, Style::mm(rowHeightMm));
}

void Writer::writingLines(int lines)
{
    insertTable({Column{}}, QList<QStringList>(std::max(1, lines)), false, false, Style::mm(7.5));
}

void Writer::insertTable(const QList<Column> &columns, const QList<QStringList> &rows, bool header, bool totalRow,
                         qreal rowHeight)
{
    if (columns.isEmpty())
        return;
    // The table goes after a paragraph of its own, so the text before keeps its spacing.
    QTextCursor &c = nextBlock(QTextBlockFormat());
    QTextTableFormat format;
    format.setHeaderRowCount(header ? 1 : 0);
    format.setCellPadding(Style::mm(1.2));
    format.setCellSpacing(0);
    format.setBorder(rowHeight > 0 ? 1.0 : 0.6); // a form's lines are there to write on: they show
    format.setBorderBrush(rowHeight > 0 ? QColor(0x8a, 0x96, 0xa3) : QColor(0xb8, 0xc4, 0xd0));
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    // No margin below: Qt would carry it to a page of its own, with nothing but the repeated header.
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    int total = 0;
    for (const Column &col : columns)
        total += std::max(1, col.weight);
    QList<QTextLength> widths;
    for (const Column &col : columns)
        widths << QTextLength(QTextLength::PercentageLength, 100.0 * std::max(1, col.weight) / total);
    format.setColumnWidthConstraints(widths);
    const int first = header ? 1 : 0;
    QTextTable *t = c.insertTable(int(rows.size()) + first, int(columns.size()), format);

    auto fill = [&](int row, int column, const QString &text, bool bold, const QColor &background) {
        QTextTableCell cell = t->cellAt(row, column);
        QTextCharFormat cellFormat = cell.format();
        if (background.isValid())
            cellFormat.setBackground(background);
        cell.setFormat(cellFormat);
        QTextCursor in = cell.firstCursorPosition();
        QTextBlockFormat align;
        align.setAlignment(columns[column].number ? Qt::AlignRight : Qt::AlignLeft);
        if (row >= first && rowHeight > 0 && text.isEmpty()) // room to write by hand
            align.setLineHeight(rowHeight, QTextBlockFormat::MinimumHeight);
        in.setBlockFormat(align);
        QTextCharFormat chars;
        chars.setFont(Style::font(Style::kSmallPt + 0.5, bold));
        in.insertText(typeset(text), chars);
    };
    if (header)
        for (int col = 0; col < columns.size(); ++col)
            fill(0, col, columns[col].title, true, Style::accentPale());
    for (int r = 0; r < rows.size(); ++r) {
        const bool bold = totalRow && r == rows.size() - 1;
        const QColor background = r % 2 == 1 && rowHeight <= 0 ? Style::zebra() : QColor();
        for (int col = 0; col < columns.size(); ++col)
            fill(r + first, col, rows[r].value(col), bold, background);
    }
    c.movePosition(QTextCursor::End);
    // The paragraph Qt keeps after a table takes no room until something is written in it.
    QTextBlockFormat collapsed;
    collapsed.setLineHeight(0, QTextBlockFormat::FixedHeight);
    c.setBlockFormat(collapsed);
    QTextCharFormat tiny;
    tiny.setFont(Style::font(1));
    c.setBlockCharFormat(tiny);
    d->afterTable = true;
}

void Writer::chart(const ChartMaker &make, qreal heightMm)
{
    QTextBlockFormat format;
    format.setBottomMargin(Style::mm(3));
    format.setAlignment(Qt::AlignHCenter);
    QTextCursor &c = nextBlock(format);
    const QSizeF size(Style::bodyRect(d->parts.last().orientation, d->info.paper).width() - 2, Style::mm(heightMm));
    c.insertText(QString(QChar::ObjectReplacementCharacter), d->charts.last()->format(make, size));
}

void Writer::landscapeChart(const QString &title, const ChartMaker &make)
{
    // A section that opens on a landscape chart takes its title along to the landscape page.
    const QString sectionTitle = d->titleOnly;
    if (!sectionTitle.isEmpty()) {
        d->anchors.removeLast();
        QTextCursor &c = d->cursor;
        c.movePosition(QTextCursor::StartOfBlock);
        c.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        c.removeSelectedText();
        if (c.block().previous().isValid())
            c.deletePreviousChar(); // the block itself
        else
            d->fresh = true;
    }
    if (d->fresh && !d->parts.isEmpty()) {
        d->parts.removeLast(); // an empty part: nothing written since the previous landscape page
        d->charts.removeLast();
    }
    startPart(QPageLayout::Landscape);
    if (!sectionTitle.isEmpty())
        section(sectionTitle, false);
    heading(title);
    QTextBlockFormat format;
    format.setAlignment(Qt::AlignHCenter);
    d->cursor.insertBlock(format);
    // The chart takes the rest of the page, below the titles as they are laid out.
    QTextDocument *doc = d->parts.last().document.get();
    settle(); // laid out here, to measure what the titles take
    const qreal used = doc->documentLayout()->blockBoundingRect(d->cursor.block()).top();
    d->cursor.beginEditBlock();
    d->editing = true;
    const QRectF body = Style::bodyRect(QPageLayout::Landscape, d->info.paper);
    const QSizeF size(body.width() - 2, body.height() - used - Style::mm(4));
    d->cursor.insertText(QString(QChar::ObjectReplacementCharacter), d->charts.last()->format(make, size));
    d->backToPortrait = true;
}

void Writer::image(const QImage &picture, const QString &caption, qreal maxHeightMm)
{
    if (picture.isNull())
        return;
    QTextBlockFormat format;
    format.setAlignment(Qt::AlignHCenter);
    format.setBottomMargin(Style::mm(1));
    QTextCursor &c = nextBlock(format);
    const QUrl name(QStringLiteral("atelier-image:%1").arg(++d->images));
    d->parts.last().document->addResource(QTextDocument::ImageResource, name, picture);
    const QSizeF room(Style::bodyRect(d->parts.last().orientation, d->info.paper).width(), Style::mm(maxHeightMm));
    const QSizeF size = QSizeF(picture.size()).scaled(room, Qt::KeepAspectRatio);
    QTextImageFormat image;
    image.setName(name.toString());
    image.setWidth(size.width());
    image.setHeight(size.height());
    c.insertImage(image);
    if (!caption.isEmpty()) {
        note(caption);
        QTextBlockFormat centred = cursor().blockFormat();
        centred.setAlignment(Qt::AlignHCenter);
        cursor().setBlockFormat(centred);
    }
}

void Writer::pageBreak()
{
    d->breakBefore = true;
}

QString Writer::plainText() const
{
    return joinedText(d->parts);
}

void Writer::settle()
{
    if (d->editing && !d->cursor.isNull())
        d->cursor.endEditBlock();
    d->editing = false;
}

Document Writer::finish()
{
    settle();
    if (d->parts.size() > 1 && d->fresh && d->parts.last().document->isEmpty()) {
        d->parts.removeLast();
        d->charts.removeLast();
    }
    Document document{d->info, d->parts, d->anchors};
    d->parts.clear();
    d->charts.clear();
    d->anchors.clear();
    startPart(QPageLayout::Portrait);
    return document;
}

} // namespace Atelier::Reports
