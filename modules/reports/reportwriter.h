// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportstyle.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QStringList>
#include <QTextFormat>

#include <functional>
#include <memory>

class QChart;
class QTextBlockFormat;
class QTextCursor;
class QTextDocument;

namespace Atelier::Reports {

/// A block property: a title that must not end a page (the layout moves it to the next one).
inline constexpr int kKeepWithNext = QTextFormat::UserProperty + 10;

/// Builds a chart for the page: a new QChart the engine owns, lays out at the size it is given
/// and paints as vectors.
using ChartMaker = std::function<QChart *()>;

/// A column of a report table.
struct Column
{
    QString title;
    bool number = false; ///< right-aligned (amounts, counts, percentages)
    int weight = 1;      ///< share of the table's width
};

/// A run of pages of one orientation: the text flows from page to page inside it.
struct Part
{
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    std::shared_ptr<QTextDocument> document;
};

/// Where a section starts, for the table of contents.
struct Anchor
{
    QString title;
    int part = 0;
    int position = 0; ///< in the part's document
};

/// What the engine writes on the cover and into the PDF's metadata.
struct ReportInfo
{
    QString title;        ///< the kind of report: “Roadmap”
    QString projectTitle; ///< the project's title
    QString author;       ///< the administration
    QString subject;
    QStringList keywords;
    QString language; ///< BCP 47: "fr-FR", "en-GB"
    QDate date;
    Style::Paper paper = Style::Paper::A4;
    /// A5 pages printed two by two on A4 landscape sheets, in the order that makes a folded booklet.
    bool booklet = false;
    /// A cover with the contents first (a short document, one or two pages, starts on its text).
    bool cover = true;
};

/// A report once written: its parts, in order, and where each section starts.
struct Document
{
    ReportInfo info;
    QList<Part> parts;
    QList<Anchor> anchors;
    QString plainText() const;
};

/// What a section writes with. Every text passes through the report language's typography (French
/// spaces before : ; ? ! and inside « »); the looks come from Style, so every report matches.
class Writer
{
public:
    explicit Writer(ReportInfo info);
    ~Writer();
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    /// A section's title (starting a new page when asked); it goes into the table of contents.
    void section(const QString &title, bool newPage);
    /// A title inside a section.
    void heading(const QString &text);
    void paragraph(const QString &text);
    /// A paragraph whose first words are bold: “Total budget: 1 808 000,00 €”.
    void lead(const QString &label, const QString &text);
    void bullet(const QString &text);
    /// A smaller, grey remark (“No indicator yet.”).
    void note(const QString &text);
    /// A table that splits across pages, repeating its header row; with `totalRow` the last row
    /// is bold.
    void table(const QList<Column> &columns, const QList<QStringList> &rows, bool totalRow = false);
    /// A table to be filled in by hand: its empty cells are at least `rowHeightMm` tall.
    void form(const QList<Column> &columns, const QList<QStringList> &rows, qreal rowHeightMm);
    /// Ruled lines as wide as the text, to write an answer by hand.
    void writingLines(int lines);
    /// A chart as wide as the text, `heightMm` tall.
    void chart(const ChartMaker &make, qreal heightMm);
    /// A landscape page filled by one chart under its title; the text goes on in portrait after.
    void landscapeChart(const QString &title, const ChartMaker &make);
    /// A picture (an attachment), at most as wide as the text and `maxHeightMm` tall.
    void image(const QImage &image, const QString &caption, qreal maxHeightMm);
    void pageBreak();

    /// The text written so far (the glossary looks up which words were used).
    QString plainText() const;
    Document finish();

private:
    QString typeset(const QString &text) const;
    void startPart(QPageLayout::Orientation orientation);
    /// Closes the current part's edit block: its text gets laid out.
    void settle();
    QTextCursor &cursor();
    QTextCursor &nextBlock(QTextBlockFormat format);
    void insertTable(const QList<Column> &columns, const QList<QStringList> &rows, bool header, bool totalRow,
                     qreal rowHeight);
    void block(const QString &text, qreal pointSize, bool bold, const QColor &color, qreal spaceBefore,
               qreal spaceAfter, int indent = 0);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Atelier::Reports
