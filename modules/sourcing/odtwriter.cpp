// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "odtwriter.h"

#include <QDateTime>
#include <QXmlStreamWriter>

#include <zip.h>

#include <algorithm>
#include <cstdio>
#include <initializer_list>
#include <memory>
#include <utility>

namespace Atelier::Sourcing {

namespace {

constexpr char kMimeType[] = "application/vnd.oasis.opendocument.text";
constexpr char kVersion[] = "1.2";
constexpr char kFont[] = "Liberation Sans";
constexpr double kTextWidthCm = 17.0; // A4, 2 cm margins

/// `text` without the characters XML 1.0 cannot hold: controls but tab, LF and CR, lone
/// surrogates, U+FFFE and U+FFFF.
QString xmlSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            safe += c;
            safe += text.at(++i);
            continue;
        }
        const char16_t u = c.unicode();
        if (c.isSurrogate() || u == 0xFFFE || u == 0xFFFF ||
            (u < 0x20 && u != '\t' && u != '\n' && u != '\r'))
            continue;
        safe += c;
    }
    return safe;
}

void attribute(QXmlStreamWriter &w, const char *name, const QString &value)
{
    w.writeAttribute(QLatin1String(name), xmlSafe(value));
}

void attribute(QXmlStreamWriter &w, const char *name, const char *value)
{
    w.writeAttribute(QLatin1String(name), QLatin1String(value));
}

void start(QXmlStreamWriter &w, const char *name)
{
    w.writeStartElement(QLatin1String(name));
}

void empty(QXmlStreamWriter &w, const char *name)
{
    w.writeEmptyElement(QLatin1String(name));
}

void element(QXmlStreamWriter &w, const char *name, const QString &text)
{
    w.writeTextElement(QLatin1String(name), xmlSafe(text));
}

/// The root element of one of the package's XML files, with the namespaces ODF files use.
void startDocument(QXmlStreamWriter &w, const char *root)
{
    w.writeStartDocument();
    start(w, root);
    w.writeNamespace(QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0"),
                     QStringLiteral("office"));
    w.writeNamespace(QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0"),
                     QStringLiteral("style"));
    w.writeNamespace(QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0"),
                     QStringLiteral("text"));
    w.writeNamespace(QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0"),
                     QStringLiteral("table"));
    w.writeNamespace(QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"),
                     QStringLiteral("fo"));
    w.writeNamespace(QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"),
                     QStringLiteral("svg"));
    w.writeNamespace(QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0"),
                     QStringLiteral("meta"));
    w.writeNamespace(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("dc"));
    attribute(w, "office:version", kVersion);
}

void fontFaces(QXmlStreamWriter &w)
{
    start(w, "office:font-face-decls");
    empty(w, "style:font-face");
    attribute(w, "style:name", kFont);
    attribute(w, "svg:font-family", QStringLiteral("'%1'").arg(QLatin1String(kFont)));
    attribute(w, "style:font-family-generic", "swiss");
    attribute(w, "style:font-pitch", "variable");
    w.writeEndElement();
}

/// The text of a paragraph as ODF keeps it: XML collapses runs of white space, so the second and
/// following spaces of a run (and a space opening the paragraph or following a tab or a line
/// break) are <text:s/>, tabs <text:tab/>, line feeds (LF, CR LF or CR) <text:line-break/>.
void writeText(QXmlStreamWriter &w, const QString &text)
{
    const QString safe = xmlSafe(text);
    QString run;
    bool afterCharacter = false;
    const auto flush = [&] {
        if (!run.isEmpty())
            w.writeCharacters(run);
        run.clear();
    };
    for (qsizetype i = 0; i < safe.size(); ++i) {
        const QChar c = safe.at(i);
        if (c == QLatin1Char(' ')) {
            qsizetype spaces = 1;
            while (i + 1 < safe.size() && safe.at(i + 1) == QLatin1Char(' ')) {
                ++spaces;
                ++i;
            }
            if (afterCharacter) {
                run += c;
                --spaces;
            }
            if (spaces > 0) {
                flush();
                empty(w, "text:s");
                if (spaces > 1)
                    attribute(w, "text:c", QString::number(spaces));
            }
            afterCharacter = false;
        } else if (c == QLatin1Char('\t')) {
            flush();
            empty(w, "text:tab");
            afterCharacter = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < safe.size() && safe.at(i + 1) == QLatin1Char('\n'))
                ++i;
            flush();
            empty(w, "text:line-break");
            afterCharacter = false;
        } else {
            run += c;
            afterCharacter = true;
        }
    }
    flush();
}

void writeParagraph(QXmlStreamWriter &w, const char *style, const QString &text)
{
    start(w, "text:p");
    attribute(w, "text:style-name", style);
    writeText(w, text);
    w.writeEndElement();
}

/// A paragraph style of styles.xml: `properties` are (name, value) pairs of its text properties;
/// a heading style has an `outlineLevel`.
void paragraphStyle(QXmlStreamWriter &w, const char *name, const char *displayName, const char *parent,
                    const char *styleClass, const char *marginTop, const char *marginBottom,
                    bool keepWithNext,
                    std::initializer_list<std::pair<const char *, const char *>> properties,
                    int outlineLevel = 0)
{
    start(w, "style:style");
    attribute(w, "style:name", name);
    if (displayName)
        attribute(w, "style:display-name", displayName);
    attribute(w, "style:family", "paragraph");
    if (parent)
        attribute(w, "style:parent-style-name", parent);
    if (outlineLevel > 0) {
        attribute(w, "style:next-style-name", "Text_20_body");
        attribute(w, "style:default-outline-level", QString::number(outlineLevel));
    }
    attribute(w, "style:class", styleClass);
    empty(w, "style:paragraph-properties");
    attribute(w, "fo:margin-top", marginTop);
    attribute(w, "fo:margin-bottom", marginBottom);
    if (keepWithNext)
        attribute(w, "fo:keep-with-next", "always");
    if (properties.size() > 0) {
        empty(w, "style:text-properties");
        for (const auto &[key, value] : properties)
            attribute(w, key, value);
    }
    w.writeEndElement();
}

/// The language and country attributes of a BCP 47 tag: "fr-FR" → fr, FR; "de" → de, none.
std::pair<QString, QString> languageAndCountry(const QString &bcp47)
{
    const QStringList parts = bcp47.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {};
    QString country;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString &p = parts.at(i);
        const bool region = (p.size() == 2 && p.at(0).isLetter() && p.at(1).isLetter()) ||
                            (p.size() == 3 && p.at(0).isDigit() && p.at(1).isDigit() && p.at(2).isDigit());
        if (region) {
            country = p.toUpper();
            break;
        }
    }
    return {parts.first().toLower(), country};
}

struct SourceFree
{
    void operator()(zip_source_t *source) const { zip_source_free(source); }
};
struct ArchiveDiscard
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};

} // namespace

void OdtWriter::setMeta(const QString &title, const QString &subject, const QString &language,
                        const QString &creator)
{
    m_title = title;
    m_subject = subject;
    m_language = language;
    m_creator = creator;
}

void OdtWriter::heading(const QString &text, int level)
{
    Block b;
    b.kind = Block::Heading;
    b.text = text;
    b.level = std::clamp(level, 1, 3);
    m_blocks << b;
}

void OdtWriter::paragraph(const QString &text)
{
    Block b;
    b.kind = Block::Paragraph;
    b.text = text;
    m_blocks << b;
}

void OdtWriter::table(const QStringList &headers, const QList<QStringList> &rows,
                      const QList<int> &relativeWidths)
{
    Block b;
    b.kind = Block::Table;
    b.headers = headers;
    b.rows = rows;
    b.widths = relativeWidths;
    m_blocks << b;
}

QByteArray OdtWriter::contentXml() const
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    startDocument(w, "office:document-content");
    fontFaces(w);

    // The tables' widths and their cells' borders.
    start(w, "office:automatic-styles");
    for (const char *cell : {"HeadCell", "BodyCell"}) {
        start(w, "style:style");
        attribute(w, "style:name", cell);
        attribute(w, "style:family", "table-cell");
        empty(w, "style:table-cell-properties");
        attribute(w, "fo:padding", "0.1cm");
        attribute(w, "fo:border", "0.5pt solid #808080");
        if (qstrcmp(cell, "HeadCell") == 0)
            attribute(w, "fo:background-color", "#e6e6e6");
        w.writeEndElement();
    }
    int tableNumber = 0;
    for (const Block &b : m_blocks) {
        if (b.kind != Block::Table)
            continue;
        ++tableNumber;
        qsizetype columns = b.headers.size();
        for (const QStringList &row : b.rows)
            columns = std::max(columns, row.size());
        if (columns == 0)
            continue;
        const QString name = QStringLiteral("Table%1").arg(tableNumber);
        start(w, "style:style");
        attribute(w, "style:name", name);
        attribute(w, "style:family", "table");
        empty(w, "style:table-properties");
        attribute(w, "style:width", QStringLiteral("%1cm").arg(kTextWidthCm));
        attribute(w, "table:align", "margins");
        w.writeEndElement();
        QList<int> widths = b.widths;
        if (widths.size() != columns ||
            std::any_of(widths.cbegin(), widths.cend(), [](int x) { return x <= 0; }))
            widths = QList<int>(columns, 1);
        double sum = 0;
        for (const int x : widths)
            sum += x;
        for (qsizetype c = 0; c < columns; ++c) {
            start(w, "style:style");
            attribute(w, "style:name", QStringLiteral("%1.C%2").arg(name).arg(c + 1));
            attribute(w, "style:family", "table-column");
            empty(w, "style:table-column-properties");
            attribute(w, "style:column-width",
                      QString::number(kTextWidthCm * widths.at(c) / sum, 'f', 3) + QStringLiteral("cm"));
            attribute(w, "style:rel-column-width", QStringLiteral("%1*").arg(widths.at(c)));
            w.writeEndElement();
        }
    }
    w.writeEndElement(); // office:automatic-styles

    start(w, "office:body");
    start(w, "office:text");
    tableNumber = 0;
    for (const Block &b : m_blocks) {
        switch (b.kind) {
        case Block::Heading:
            start(w, "text:h");
            attribute(w, "text:style-name", QStringLiteral("Heading_20_%1").arg(b.level));
            attribute(w, "text:outline-level", QString::number(b.level));
            writeText(w, b.text);
            w.writeEndElement();
            break;
        case Block::Paragraph:
            writeParagraph(w, "Text_20_body", b.text);
            break;
        case Block::Table: {
            ++tableNumber;
            qsizetype columns = b.headers.size();
            for (const QStringList &row : b.rows)
                columns = std::max(columns, row.size());
            if (columns == 0)
                break;
            const QString name = QStringLiteral("Table%1").arg(tableNumber);
            start(w, "table:table");
            attribute(w, "table:name", name);
            attribute(w, "table:style-name", name);
            for (qsizetype c = 0; c < columns; ++c) {
                empty(w, "table:table-column");
                attribute(w, "table:style-name", QStringLiteral("%1.C%2").arg(name).arg(c + 1));
            }
            const auto writeRow = [&](const QStringList &cells, bool head) {
                start(w, "table:table-row");
                for (qsizetype c = 0; c < columns; ++c) {
                    start(w, "table:table-cell");
                    attribute(w, "table:style-name", head ? "HeadCell" : "BodyCell");
                    attribute(w, "office:value-type", "string");
                    writeParagraph(w, head ? "Table_20_Heading" : "Table_20_Contents", cells.value(c));
                    w.writeEndElement();
                }
                w.writeEndElement();
            };
            if (!b.headers.isEmpty()) {
                start(w, "table:table-header-rows");
                writeRow(b.headers, true);
                w.writeEndElement();
            }
            for (const QStringList &row : b.rows)
                writeRow(row, false);
            w.writeEndElement(); // table:table
            break;
        }
        }
    }
    w.writeEndElement(); // office:text
    w.writeEndElement(); // office:body
    w.writeEndDocument();
    return xml;
}

QByteArray OdtWriter::stylesXml() const
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    startDocument(w, "office:document-styles");
    fontFaces(w);

    start(w, "office:styles");
    const auto [language, country] = languageAndCountry(m_language);
    start(w, "style:default-style");
    attribute(w, "style:family", "paragraph");
    empty(w, "style:paragraph-properties");
    attribute(w, "fo:hyphenation-ladder-count", "no-limit");
    attribute(w, "style:writing-mode", "page");
    empty(w, "style:text-properties");
    attribute(w, "style:font-name", kFont);
    attribute(w, "fo:font-size", "10pt");
    if (!language.isEmpty()) {
        attribute(w, "fo:language", language);
        if (!country.isEmpty())
            attribute(w, "fo:country", country);
    }
    w.writeEndElement(); // style:default-style

    start(w, "style:style");
    attribute(w, "style:name", "Standard");
    attribute(w, "style:family", "paragraph");
    attribute(w, "style:class", "text");
    w.writeEndElement();
    paragraphStyle(w, "Text_20_body", "Text body", "Standard", "text", "0cm", "0.21cm", false, {});
    paragraphStyle(w, "Heading", nullptr, "Standard", "text", "0.42cm", "0.21cm", true,
                   {{"fo:font-weight", "bold"}, {"style:font-weight-complex", "bold"}});
    paragraphStyle(w, "Heading_20_1", "Heading 1", "Heading", "text", "0.6cm", "0.3cm", true,
                   {{"fo:font-size", "16pt"}}, 1);
    paragraphStyle(w, "Heading_20_2", "Heading 2", "Heading", "text", "0.5cm", "0.21cm", true,
                   {{"fo:font-size", "13pt"}}, 2);
    paragraphStyle(w, "Heading_20_3", "Heading 3", "Heading", "text", "0.4cm", "0.21cm", true,
                   {{"fo:font-size", "11pt"}}, 3);
    paragraphStyle(w, "Table_20_Contents", "Table Contents", "Standard", "extra", "0cm", "0cm", false, {});
    paragraphStyle(w, "Table_20_Heading", "Table Heading", "Table_20_Contents", "extra", "0cm", "0cm", false,
                   {{"fo:font-weight", "bold"}, {"style:font-weight-complex", "bold"}});
    w.writeEndElement(); // office:styles

    start(w, "office:automatic-styles");
    start(w, "style:page-layout");
    attribute(w, "style:name", "A4");
    empty(w, "style:page-layout-properties");
    attribute(w, "fo:page-width", "21cm");
    attribute(w, "fo:page-height", "29.7cm");
    attribute(w, "style:print-orientation", "portrait");
    for (const char *margin : {"fo:margin-top", "fo:margin-bottom", "fo:margin-left", "fo:margin-right"})
        attribute(w, margin, "2cm");
    w.writeEndElement(); // style:page-layout
    w.writeEndElement(); // office:automatic-styles

    start(w, "office:master-styles");
    empty(w, "style:master-page");
    attribute(w, "style:name", "Standard");
    attribute(w, "style:page-layout-name", "A4");
    w.writeEndElement(); // office:master-styles
    w.writeEndDocument();
    return xml;
}

QByteArray OdtWriter::metaXml() const
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    startDocument(w, "office:document-meta");
    start(w, "office:meta");
    element(w, "meta:generator", QStringLiteral("Atelier Achat"));
    if (!m_title.isEmpty())
        element(w, "dc:title", m_title);
    if (!m_subject.isEmpty())
        element(w, "dc:subject", m_subject);
    if (!m_language.isEmpty())
        element(w, "dc:language", m_language);
    if (!m_creator.isEmpty()) {
        element(w, "meta:initial-creator", m_creator);
        element(w, "dc:creator", m_creator);
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    element(w, "meta:creation-date", now);
    element(w, "dc:date", now);
    w.writeEndElement(); // office:meta
    w.writeEndDocument();
    return xml;
}

QByteArray OdtWriter::bytes() const
{
    QByteArray manifest;
    {
        QXmlStreamWriter w(&manifest);
        w.writeStartDocument();
        start(w, "manifest:manifest");
        w.writeNamespace(QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"),
                         QStringLiteral("manifest"));
        attribute(w, "manifest:version", kVersion);
        const auto entry = [&w](const char *path, const char *type) {
            empty(w, "manifest:file-entry");
            attribute(w, "manifest:full-path", path);
            if (qstrcmp(path, "/") == 0)
                attribute(w, "manifest:version", kVersion);
            attribute(w, "manifest:media-type", type);
        };
        entry("/", kMimeType);
        for (const char *file : {"content.xml", "styles.xml", "meta.xml"})
            entry(file, "text/xml");
        w.writeEndDocument();
    }
    // Alive until zip_close(), which reads them: zip_source_buffer() does not copy.
    const QByteArray mimetype(kMimeType);
    const QByteArray content = contentXml();
    const QByteArray styles = stylesXml();
    const QByteArray meta = metaXml();

    zip_error_t error;
    zip_error_init(&error);
    std::unique_ptr<zip_source_t, SourceFree> out(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!out) {
        zip_error_fini(&error);
        return {};
    }
    // On success the archive owns the source; keep a reference of our own to read it after closing.
    std::unique_ptr<zip_t, ArchiveDiscard> archive(
        zip_open_from_source(out.get(), ZIP_CREATE | ZIP_TRUNCATE, &error));
    zip_error_fini(&error);
    if (!archive)
        return {}; // `out` is still ours and freed
    zip_source_keep(out.get());

    const auto add = [&archive](const char *name, const QByteArray &data, zip_int32_t method) {
        zip_source_t *source =
            zip_source_buffer(archive.get(), data.constData(), zip_uint64_t(data.size()), 0);
        if (!source)
            return false;
        const zip_int64_t index = zip_file_add(archive.get(), name, source, 0);
        if (index < 0) {
            zip_source_free(source);
            return false;
        }
        return zip_set_file_compression(archive.get(), zip_uint64_t(index), method, 0) == 0;
    };
    // The mimetype first and stored, so that a reader recognises the file by its first bytes.
    if (!add("mimetype", mimetype, ZIP_CM_STORE) || !add("content.xml", content, ZIP_CM_DEFLATE) ||
        !add("styles.xml", styles, ZIP_CM_DEFLATE) || !add("meta.xml", meta, ZIP_CM_DEFLATE) ||
        !add("META-INF/manifest.xml", manifest, ZIP_CM_DEFLATE))
        return {};
    if (zip_close(archive.get()) < 0)
        return {};
    archive.release(); // closed: freed by zip_close()

    if (zip_source_open(out.get()) < 0)
        return {};
    QByteArray zipped;
    bool ok = zip_source_seek(out.get(), 0, SEEK_END) == 0;
    const zip_int64_t size = ok ? zip_source_tell(out.get()) : -1;
    ok = size > 0 && zip_source_seek(out.get(), 0, SEEK_SET) == 0;
    if (ok) {
        zipped.resize(qsizetype(size));
        ok = zip_source_read(out.get(), zipped.data(), zip_uint64_t(size)) == size;
    }
    zip_source_close(out.get());
    return ok ? zipped : QByteArray();
}

} // namespace Atelier::Sourcing
