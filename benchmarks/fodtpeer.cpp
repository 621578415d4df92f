// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fodtpeer.h"

#include "reports/chartobject.h"
#include "reports/reportstyle.h"
#include "reports/reportwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QSvgGenerator>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

#include <utility>

using namespace Atelier::Reports;

namespace Bench {

namespace {

QString mm(qreal reportUnits)
{
    return QString::number(reportUnits * 25.4 / Style::kDpi, 'f', 2) + QStringLiteral("mm");
}

QString colour(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

/// Text as ODF wants it: spaces beyond the first as <text:s/>, tabs and line breaks as elements.
QString odfText(QStringView text)
{
    QString out;
    int spaces = 0;
    auto flush = [&] {
        if (spaces > 0)
            out += QLatin1Char(' ');
        if (spaces > 1)
            out += QStringLiteral("<text:s text:c=\"%1\"/>").arg(spaces - 1);
        spaces = 0;
    };
    for (const QChar c : text) {
        if (c == QLatin1Char(' ')) {
            ++spaces;
            continue;
        }
        flush();
        if (c == QLatin1Char('\t'))
            out += QStringLiteral("<text:tab/>");
        else if (c == QChar::LineSeparator || c == QLatin1Char('\n'))
            out += QStringLiteral("<text:line-break/>");
        else if (c == QLatin1Char('<'))
            out += QStringLiteral("&lt;");
        else if (c == QLatin1Char('>'))
            out += QStringLiteral("&gt;");
        else if (c == QLatin1Char('&'))
            out += QStringLiteral("&amp;");
        else if (c.unicode() >= 0x20 && c != QChar::ObjectReplacementCharacter)
            out += c;
    }
    flush();
    return out;
}

class Converter
{
public:
    explicit Converter(const Document &document) : m_document(document) {}
    FlatOdt run();

private:
    void cover();
    void part(int index);
    /// A paragraph in `style`, whose text is bold (a title) when `boldStyle`.
    void block(const QTextBlock &block, QTextDocument *doc, const QString &style, bool boldStyle,
               const QString &bookmark = {});
    void table(QTextTable *table, QTextDocument *doc, QPageLayout::Orientation orientation);
    void chart(QTextDocument *doc, int position, const QTextCharFormat &format);
    void image(QTextDocument *doc, const QTextImageFormat &format);
    QString styleOf(const QTextBlock &block) const;
    /// An automatic style: `base` with `properties` (created once per pair).
    QString automatic(const QString &family, const QString &base, const QString &properties);
    QString styles() const;

    const Document &m_document;
    QString m_body, m_automatic;
    QMap<QString, QString> m_automaticNames;
    QMap<std::pair<int, int>, QString> m_bookmarks; ///< (part, block number) → bookmark
    FlatOdt m_result;
};

QString Converter::automatic(const QString &family, const QString &base, const QString &properties)
{
    const QString key = family + QLatin1Char('|') + base + QLatin1Char('|') + properties;
    QString &name = m_automaticNames[key];
    if (name.isEmpty()) {
        name = QStringLiteral("A%1").arg(m_automaticNames.size());
        const QString parent =
            base.isEmpty() ? QString() : QStringLiteral(" style:parent-style-name=\"%1\"").arg(base);
        m_automatic +=
            QStringLiteral("<style:style style:name=\"%1\" style:family=\"%2\"%3%4</style:style>\n")
                .arg(name, family, parent, properties);
    }
    return name;
}

QString Converter::styleOf(const QTextBlock &block) const
{
    if (block.blockFormat().leftMargin() > 0)
        return QStringLiteral("Bullet");
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextCharFormat f = it.fragment().charFormat();
        if (f.objectType() == ChartObject::kType || f.isImageFormat())
            return QStringLiteral("Chart");
        if (f.fontPointSize() >= 16)
            return QStringLiteral("Section");
        if (f.fontPointSize() >= 12)
            return QStringLiteral("Heading");
        if (f.fontPointSize() > 0 && f.fontPointSize() < Style::kBodyPt - 0.1)
            return QStringLiteral("Note");
        return QStringLiteral("Body");
    }
    return QStringLiteral("Body");
}

void Converter::block(const QTextBlock &block, QTextDocument *doc, const QString &style, bool boldStyle,
                      const QString &bookmark)
{
    m_body += QStringLiteral("<text:p text:style-name=\"%1\">").arg(style);
    if (!bookmark.isEmpty())
        m_body += QStringLiteral("<text:bookmark text:name=\"%1\"/>").arg(bookmark);
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const QTextCharFormat f = fragment.charFormat();
        if (f.objectType() == ChartObject::kType) {
            chart(doc, fragment.position(), f);
            continue;
        }
        if (f.isImageFormat()) {
            image(doc, f.toImageFormat());
            continue;
        }
        const bool strong = !boldStyle && f.fontWeight() >= QFont::Bold;
        if (strong)
            m_body += QStringLiteral("<text:span text:style-name=\"Strong\">");
        m_body += odfText(fragment.text());
        if (strong)
            m_body += QStringLiteral("</text:span>");
    }
    m_body += QStringLiteral("</text:p>\n");
}

void Converter::chart(QTextDocument *doc, int position, const QTextCharFormat &format)
{
    QTextObjectInterface *handler = doc->documentLayout()->handlerForObject(ChartObject::kType);
    const QSizeF size = handler->intrinsicSize(doc, position, format);
    QBuffer svg;
    svg.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&svg);
    generator.setResolution(Style::kDpi);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    {
        QPainter painter(&generator);
        handler->drawObject(&painter, QRectF(QPointF(0, 0), size), doc, position, format);
    }
    ++m_result.charts;
    m_body +=
        QStringLiteral("<draw:frame draw:style-name=\"Picture\" draw:name=\"Chart%1\" "
                       "text:anchor-type=\"as-char\" svg:width=\"%2\" svg:height=\"%3\" draw:z-index=\"0\">"
                       "<draw:image><office:binary-data>")
            .arg(m_result.charts)
            .arg(mm(size.width()), mm(size.height()));
    m_body += QString::fromLatin1(svg.data().toBase64());
    m_body += QStringLiteral("</office:binary-data></draw:image></draw:frame>");
}

void Converter::image(QTextDocument *doc, const QTextImageFormat &format)
{
    const QImage picture = doc->resource(QTextDocument::ImageResource, QUrl(format.name())).value<QImage>();
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    picture.save(&png, "PNG");
    m_body += QStringLiteral(
                  "<draw:frame draw:style-name=\"Picture\" text:anchor-type=\"as-char\" svg:width=\"%1\" "
                  "svg:height=\"%2\" draw:z-index=\"0\"><draw:image><office:binary-data>")
                  .arg(mm(format.width()), mm(format.height()));
    m_body += QString::fromLatin1(png.data().toBase64());
    m_body += QStringLiteral("</office:binary-data></draw:image></draw:frame>");
}

void Converter::table(QTextTable *t, QTextDocument *doc, QPageLayout::Orientation orientation)
{
    ++m_result.tables;
    const QTextTableFormat format = t->format();
    const bool landscape = orientation == QPageLayout::Landscape;
    m_body += QStringLiteral("<table:table table:name=\"Table%1\" table:style-name=\"%2\">\n")
                  .arg(m_result.tables)
                  .arg(landscape ? QStringLiteral("TableL") : QStringLiteral("TableP"));
    const QList<QTextLength> widths = format.columnWidthConstraints();
    for (int c = 0; c < t->columns(); ++c) {
        const int relative =
            qRound(widths.value(c, QTextLength(QTextLength::PercentageLength, 10)).rawValue() * 100);
        const QString style = automatic(
            QStringLiteral("table-column"), QString(),
            QStringLiteral("><style:table-column-properties style:rel-column-width=\"%1*\"/>").arg(relative));
        m_body += QStringLiteral("<table:table-column table:style-name=\"%1\"/>").arg(style);
    }
    const int headerRows = format.headerRowCount();
    for (int r = 0; r < t->rows(); ++r) {
        if (r == 0 && headerRows > 0)
            m_body += QStringLiteral("<table:table-header-rows>");
        m_body += QStringLiteral("<table:table-row>");
        for (int c = 0; c < t->columns(); ++c) {
            const QTextTableCell cell = t->cellAt(r, c);
            const QColor background = cell.format().background().color();
            QString style = QStringLiteral("CellPlain");
            if (cell.format().background().style() != Qt::NoBrush && background == Style::accentPale())
                style = QStringLiteral("CellHead");
            else if (cell.format().background().style() != Qt::NoBrush && background == Style::zebra())
                style = QStringLiteral("CellZebra");
            m_body +=
                QStringLiteral("<table:table-cell table:style-name=\"%1\" office:value-type=\"string\">")
                    .arg(style);
            for (auto it = cell.begin(); !it.atEnd(); ++it) {
                const QTextBlock b = it.currentBlock();
                if (b.isValid())
                    block(b, doc,
                          b.blockFormat().alignment().testFlag(Qt::AlignRight) ? QStringLiteral("CellRight")
                                                                               : QStringLiteral("Cell"),
                          false);
            }
            m_body += QStringLiteral("</table:table-cell>");
        }
        m_body += QStringLiteral("</table:table-row>\n");
        if (r == headerRows - 1)
            m_body += QStringLiteral("</table:table-header-rows>\n");
    }
    m_body += QStringLiteral("</table:table>\n");
}

void Converter::part(int index)
{
    const Part &p = m_document.parts.at(index);
    QTextDocument *doc = p.document.get();
    const QString master =
        p.orientation == QPageLayout::Landscape ? QStringLiteral("Landscape") : QStringLiteral("Standard");
    bool first = true, pageBreak = false;
    bool afterTable = false;
    QTextFrame *root = doc->rootFrame();
    for (auto it = root->begin(); !it.atEnd(); ++it) {
        if (auto *t = qobject_cast<QTextTable *>(it.currentFrame())) {
            table(t, doc, p.orientation);
            afterTable = true;
            continue;
        }
        const QTextBlock b = it.currentBlock();
        if (!b.isValid())
            continue;
        pageBreak =
            pageBreak || b.blockFormat().pageBreakPolicy().testFlag(QTextFormat::PageBreak_AlwaysBefore);
        // The empty blocks around a table take no room in the report's layout: none here either.
        auto next = it;
        ++next;
        const bool beforeTable = !next.atEnd() && qobject_cast<QTextTable *>(next.currentFrame());
        const bool aroundTable = std::exchange(afterTable, false) || beforeTable;
        if (b.text().isEmpty() && aroundTable)
            continue;
        const QString base = styleOf(b);
        const bool title = base == QLatin1String("Section") || base == QLatin1String("Heading");
        QString style = base;
        if (first)
            style = automatic(QStringLiteral("paragraph"), style,
                              QStringLiteral(" style:master-page-name=\"%1\">").arg(master));
        else if (pageBreak)
            style = automatic(QStringLiteral("paragraph"), style,
                              QStringLiteral("><style:paragraph-properties fo:break-before=\"page\"/>"));
        first = pageBreak = false;
        block(b, doc, style, title, m_bookmarks.value({index, b.blockNumber()}));
    }
}

void Converter::cover()
{
    const ReportInfo &info = m_document.info;
    m_body +=
        QStringLiteral("<text:p text:style-name=\"CoverAuthor\">%1</text:p>\n").arg(odfText(info.author));
    m_body += QStringLiteral("<text:p text:style-name=\"CoverTitle\">%1</text:p>\n").arg(odfText(info.title));
    m_body += QStringLiteral("<text:p text:style-name=\"CoverProject\">%1</text:p>\n")
                  .arg(odfText(info.projectTitle));
    m_body += QStringLiteral("<text:p text:style-name=\"CoverDate\">%1</text:p>\n")
                  .arg(odfText(QLocale().toString(info.date, QStringLiteral("d MMMM yyyy"))));
    m_body += QStringLiteral("<text:p text:style-name=\"ContentsTitle\">%1</text:p>\n")
                  .arg(odfText(QCoreApplication::translate("Atelier::Reports::PagedRenderer", "Contents")));
    for (const Anchor &anchor : m_document.anchors) {
        const QTextDocument *doc = m_document.parts.value(anchor.part).document.get();
        if (!doc)
            continue;
        const QString name = QStringLiteral("section%1").arg(m_bookmarks.size() + 1);
        m_bookmarks.insert({anchor.part, doc->findBlock(anchor.position).blockNumber()}, name);
        m_body += QStringLiteral("<text:p text:style-name=\"ContentsEntry\">%1<text:tab/>"
                                 "<text:bookmark-ref text:reference-format=\"page\" text:ref-name=\"%2\">0"
                                 "</text:bookmark-ref></text:p>\n")
                      .arg(odfText(anchor.title), name);
    }
    m_body += QStringLiteral("<text:p text:style-name=\"CoverFooter\">%1</text:p>\n")
                  .arg(odfText(QCoreApplication::translate("Atelier::Reports::PagedRenderer",
                                                           "Made with Atelier Achat")));
}

QString Converter::styles() const
{
    const QString accent = colour(Style::accent()), muted = colour(Style::muted());
    const QString language = m_document.info.language.section(QLatin1Char('-'), 0, 0);
    const QString country = m_document.info.language.section(QLatin1Char('-'), 1, 1);
    struct Paragraph
    {
        QString name, paragraph, text;
        QString tab = {};    ///< where a right tab stop is
        bool dotted = false; ///< the tab's leader: dots (the contents)
        QString master = {}; ///< the master page it starts
    };
    const QString body = QStringLiteral("fo:line-height=\"118%\" ");
    const QString small = QStringLiteral("fo:font-size=\"8.5pt\" fo:color=\"%1\"").arg(muted);
    const QString band = QStringLiteral("fo:background-color=\"%1\" fo:padding-left=\"2mm\" ").arg(accent);
    const QString white = QStringLiteral("fo:color=\"#ffffff\" fo:font-size=");
    const QString rule =
        QStringLiteral("fo:padding-bottom=\"1mm\" fo:border-bottom=\"0.21mm solid %1\"").arg(accent);
    const Paragraph paragraphs[] = {
        {QStringLiteral("Body"), body + QStringLiteral("fo:margin-bottom=\"2mm\""), {}},
        {QStringLiteral("Section"),
         body + QStringLiteral("fo:margin-top=\"6mm\" fo:margin-bottom=\"3mm\" fo:keep-with-next=\"always\""),
         QStringLiteral("fo:font-size=\"17pt\" fo:font-weight=\"bold\" fo:color=\"%1\"").arg(accent)},
        {QStringLiteral("Heading"),
         body +
             QStringLiteral("fo:margin-top=\"4mm\" fo:margin-bottom=\"1.5mm\" fo:keep-with-next=\"always\""),
         QStringLiteral("fo:font-size=\"12.5pt\" fo:font-weight=\"bold\" fo:color=\"%1\"").arg(accent)},
        {QStringLiteral("Bullet"),
         body + QStringLiteral("fo:margin-bottom=\"1mm\" fo:margin-left=\"5mm\" fo:text-indent=\"-5mm\""),
         {}},
        {QStringLiteral("Note"), body + QStringLiteral("fo:margin-bottom=\"2mm\""),
         QStringLiteral("fo:font-size=\"9pt\" fo:color=\"%1\"").arg(muted)},
        {QStringLiteral("Chart"), QStringLiteral("fo:text-align=\"center\" fo:margin-bottom=\"3mm\""), {}},
        {QStringLiteral("Cell"), body, QStringLiteral("fo:font-size=\"9pt\"")},
        {QStringLiteral("CellRight"), body + QStringLiteral("fo:text-align=\"end\""),
         QStringLiteral("fo:font-size=\"9pt\"")},
        {QStringLiteral("Header"), rule, small, QStringLiteral("170mm")},
        {QStringLiteral("HeaderL"), rule, small, QStringLiteral("257mm")},
        {QStringLiteral("Footer"), {}, small, QStringLiteral("170mm")},
        {QStringLiteral("FooterL"), {}, small, QStringLiteral("257mm")},
        {QStringLiteral("CoverAuthor"),
         band + QStringLiteral("fo:padding-top=\"18mm\""),
         white + QStringLiteral("\"11pt\""),
         {},
         false,
         QStringLiteral("Cover")},
        {QStringLiteral("CoverTitle"), band + QStringLiteral("fo:padding-top=\"8mm\""),
         white + QStringLiteral("\"30pt\" fo:font-weight=\"bold\"")},
        {QStringLiteral("CoverProject"),
         band + QStringLiteral("fo:padding-top=\"3mm\" fo:padding-bottom=\"12mm\""),
         white + QStringLiteral("\"16pt\"")},
        {QStringLiteral("CoverDate"), QStringLiteral("fo:margin-top=\"6mm\" fo:margin-bottom=\"18mm\""),
         QStringLiteral("fo:font-size=\"11pt\" fo:color=\"%1\"").arg(muted)},
        {QStringLiteral("ContentsTitle"), QStringLiteral("fo:margin-bottom=\"4mm\""),
         QStringLiteral("fo:font-size=\"14pt\" fo:font-weight=\"bold\" fo:color=\"%1\"").arg(accent)},
        {QStringLiteral("ContentsEntry"), QStringLiteral("fo:margin-bottom=\"3mm\""),
         QStringLiteral("fo:font-size=\"11pt\""), QStringLiteral("170mm"), true},
        {QStringLiteral("CoverFooter"), QStringLiteral("fo:margin-top=\"40mm\""), small},
    };
    QString s = QStringLiteral("<style:default-style style:family=\"paragraph\"><style:text-properties "
                               "style:font-name=\"DejaVu Sans\" fo:font-size=\"10.5pt\" fo:language=\"%1\" "
                               "fo:country=\"%2\"/></style:default-style>\n"
                               "<style:style style:name=\"Standard\" style:family=\"paragraph\"/>\n")
                    .arg(language, country);
    for (const Paragraph &p : paragraphs) {
        s += QStringLiteral("<style:style style:name=\"%1\" style:family=\"paragraph\" "
                            "style:parent-style-name=\"Standard\"")
                 .arg(p.name);
        if (!p.master.isEmpty())
            s += QStringLiteral(" style:master-page-name=\"%1\"").arg(p.master);
        s += QStringLiteral("><style:paragraph-properties ") + p.paragraph;
        if (p.tab.isEmpty())
            s += QStringLiteral("/>");
        else
            s += QStringLiteral(
                     "><style:tab-stops><style:tab-stop style:position=\"%1\" style:type=\"right\"%2/>"
                     "</style:tab-stops></style:paragraph-properties>")
                     .arg(p.tab,
                          p.dotted ? QStringLiteral(" style:leader-style=\"dotted\" style:leader-text=\".\"")
                                   : QString());
        s += QStringLiteral("<style:text-properties %1/></style:style>\n").arg(p.text);
    }
    s += QStringLiteral(
        "<style:style style:name=\"Strong\" style:family=\"text\"><style:text-properties "
        "fo:font-weight=\"bold\"/></style:style>\n"
        "<style:style style:name=\"Picture\" style:family=\"graphic\"><style:graphic-properties "
        "style:vertical-pos=\"top\" style:vertical-rel=\"baseline\" fo:border=\"none\"/>"
        "</style:style>\n");
    return s;
}

/// Writer applies table, column and cell styles only when they are automatic ones.
static QString tableStyles()
{
    QString s;
    for (const int width : {170, 257})
        s += QStringLiteral(
                 "<style:style style:name=\"Table%1\" style:family=\"table\"><style:table-properties "
                 "style:width=\"%2mm\" table:align=\"margins\" fo:margin-bottom=\"3mm\"/></style:style>\n")
                 .arg(width == 170 ? QLatin1Char('P') : QLatin1Char('L'))
                 .arg(width);
    const std::pair<QString, QString> cells[] = {{QStringLiteral("CellPlain"), QStringLiteral("transparent")},
                                                 {QStringLiteral("CellHead"), colour(Style::accentPale())},
                                                 {QStringLiteral("CellZebra"), colour(Style::zebra())}};
    for (const auto &[name, background] : cells)
        s += QStringLiteral(
                 "<style:style style:name=\"%1\" style:family=\"table-cell\"><style:table-cell-properties "
                 "fo:background-color=\"%2\" fo:padding=\"1.2mm\" fo:border=\"0.16mm solid #b8c4d0\"/>"
                 "</style:style>\n")
                 .arg(name, background);
    return s;
}

FlatOdt Converter::run()
{
    cover();
    for (int i = 0; i < m_document.parts.size(); ++i)
        part(i);
    const ReportInfo &info = m_document.info;
    auto pageLayout = [](const QString &name, int width, int height, bool frame) {
        const QString header =
            frame ? QStringLiteral("<style:header-style><style:header-footer-properties "
                                   "fo:min-height=\"6mm\" fo:margin-bottom=\"5mm\"/></style:header-style>"
                                   "<style:footer-style><style:header-footer-properties "
                                   "fo:min-height=\"6mm\" fo:margin-top=\"6mm\"/></style:footer-style>")
                  : QString();
        return QStringLiteral("<style:page-layout style:name=\"%1\"><style:page-layout-properties "
                              "fo:page-width=\"%2mm\" "
                              "fo:page-height=\"%3mm\" style:print-orientation=\"%4\" fo:margin-top=\"%5mm\" "
                              "fo:margin-bottom=\"%6mm\" fo:margin-left=\"20mm\" fo:margin-right=\"20mm\"/>%7"
                              "</style:page-layout>\n")
            .arg(name)
            .arg(width)
            .arg(height)
            .arg(width > height ? QStringLiteral("landscape") : QStringLiteral("portrait"))
            .arg(frame ? 12 : 0)
            .arg(frame ? 8 : 20)
            .arg(header);
    };
    QString page = odfText(QCoreApplication::translate("Atelier::Reports::PagedRenderer", "Page %1 of %2"));
    page.replace(QStringLiteral("%1"),
                 QStringLiteral("<text:page-number text:select-page=\"current\">1</text:page-number>"));
    page.replace(QStringLiteral("%2"), QStringLiteral("<text:page-count>1</text:page-count>"));
    const QString date = odfText(QLocale().toString(info.date, QStringLiteral("d MMMM yyyy")));
    auto master = [&](const QString &name, const QString &layout, const QString &suffix) {
        return QStringLiteral("<style:master-page style:name=\"%1\" style:page-layout-name=\"%2\">"
                              "<style:header><text:p "
                              "text:style-name=\"Header%3\">%4<text:tab/>%5</text:p></style:header>"
                              "<style:footer><text:p "
                              "text:style-name=\"Footer%3\">%6<text:tab/>%7</text:p></style:footer>"
                              "</style:master-page>\n")
            .arg(name, layout, suffix, odfText(info.projectTitle), odfText(info.title), date, page);
    };
    QString meta = QStringLiteral("<dc:title>%1</dc:title><dc:subject>%2</dc:subject><meta:initial-creator>%3"
                                  "</meta:initial-creator><dc:language>%4</dc:language>")
                       .arg(odfText(info.title + QStringLiteral(" — ") + info.projectTitle),
                            odfText(info.subject), odfText(info.author), info.language);
    for (const QString &keyword : info.keywords)
        meta += QStringLiteral("<meta:keyword>%1</meta:keyword>").arg(odfText(keyword));

    QString xml;
    xml += QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
        "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
        "xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
        "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" "
        "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" office:version=\"1.3\" "
        "office:mimetype=\"application/vnd.oasis.opendocument.text\">\n");
    xml += QStringLiteral("<office:meta>%1</office:meta>\n").arg(meta);
    xml += QStringLiteral("<office:font-face-decls><style:font-face style:name=\"DejaVu Sans\" "
                          "svg:font-family=\"'DejaVu Sans'\"/></office:font-face-decls>\n");
    xml += QStringLiteral("<office:styles>\n") + styles() + QStringLiteral("</office:styles>\n");
    xml += QStringLiteral("<office:automatic-styles>\n") +
           pageLayout(QStringLiteral("PortraitPage"), 210, 297, true) +
           pageLayout(QStringLiteral("LandscapePage"), 297, 210, true) +
           pageLayout(QStringLiteral("CoverPage"), 210, 297, false) + tableStyles() + m_automatic +
           QStringLiteral("</office:automatic-styles>\n");
    xml +=
        QStringLiteral("<office:master-styles>\n") +
        master(QStringLiteral("Standard"), QStringLiteral("PortraitPage"), {}) +
        master(QStringLiteral("Landscape"), QStringLiteral("LandscapePage"), QStringLiteral("L")) +
        QStringLiteral("<style:master-page style:name=\"Cover\" style:page-layout-name=\"CoverPage\"/>\n") +
        QStringLiteral("</office:master-styles>\n");
    xml += QStringLiteral("<office:body><office:text>\n") + m_body +
           QStringLiteral("</office:text></office:body></office:document>\n");
    m_result.xml = xml.toUtf8();
    return m_result;
}

} // namespace

FlatOdt flatOdt(const Document &document)
{
    return Converter(document).run();
}

} // namespace Bench
