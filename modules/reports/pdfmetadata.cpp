// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfmetadata.h"

#include <QRegularExpression>

#include <optional>

namespace Atelier::Reports::PdfMetadataWriter {

static QString escapedXml(const QString &text)
{
    return text.toHtmlEscaped();
}

static QString xmpDate(const QDateTime &when)
{
    return when.toOffsetFromUtc(when.offsetFromUtc()).toString(Qt::ISODate);
}

QByteArray xmp(const PdfMetadata &m)
{
    const QString text =
        QStringLiteral(
            "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
            "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
            "<dc:format>application/pdf</dc:format>\n"
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
            "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
            "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%3</rdf:li></rdf:Alt></dc:description>\n"
            "<dc:language><rdf:Bag><rdf:li>%4</rdf:li></rdf:Bag></dc:language>\n"
            "</rdf:Description>\n"
            "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
            "<pdf:Keywords>%5</pdf:Keywords>\n"
            "<pdf:Producer>%6</pdf:Producer>\n"
            "</rdf:Description>\n"
            "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
            "<xmp:CreatorTool>%7</xmp:CreatorTool>\n"
            "<xmp:CreateDate>%8</xmp:CreateDate>\n"
            "<xmp:ModifyDate>%8</xmp:ModifyDate>\n"
            "</rdf:Description>\n"
            "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
            "<pdfaid:part>1</pdfaid:part>\n"
            "<pdfaid:conformance>B</pdfaid:conformance>\n"
            "</rdf:Description>\n"
            "</rdf:RDF>\n"
            "</x:xmpmeta>\n"
            "<?xpacket end=\"w\"?>")
            .arg(escapedXml(m.title), escapedXml(m.author), escapedXml(m.subject), escapedXml(m.language),
                 escapedXml(m.keywords), escapedXml(m.producer), escapedXml(m.creator), xmpDate(m.created));
    return text.toUtf8();
}

/// A PDF text string: UTF-16BE with its byte order mark, written in hexadecimal.
static QByteArray pdfText(const QString &text)
{
    QByteArray bytes("<FEFF");
    for (const QChar c : text)
        bytes += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return bytes + '>';
}

static QByteArray pdfDate(const QDateTime &when)
{
    const int offset = when.offsetFromUtc() / 60;
    const QByteArray sign = offset < 0 ? "-" : "+";
    return "(D:" + when.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + sign +
           QByteArray::number(std::abs(offset) / 60).rightJustified(2, '0') + '\'' +
           QByteArray::number(std::abs(offset) % 60).rightJustified(2, '0') + "')";
}

/// The offset of object `number` in the cross-reference table at `xref` (classic table only).
static std::optional<qsizetype> objectOffset(const QByteArray &pdf, qsizetype xref, int number)
{
    static const QRegularExpression subsection(QStringLiteral("^(\\d+) (\\d+)\\s*$"));
    qsizetype pos = xref + 4; // "xref"
    while (pos < pdf.size()) {
        while (pos < pdf.size() && (pdf.at(pos) == '\r' || pdf.at(pos) == '\n'))
            ++pos;
        const qsizetype end = pdf.indexOf('\n', pos);
        if (end < 0)
            return std::nullopt;
        const auto match = subsection.match(QString::fromLatin1(pdf.mid(pos, end - pos)).trimmed());
        if (!match.hasMatch())
            return std::nullopt; // "trailer", or something unexpected
        const int first = match.captured(1).toInt();
        const int count = match.captured(2).toInt();
        pos = end + 1;
        if (number >= first && number < first + count) {
            bool ok = false;
            const qsizetype offset = pdf.mid(pos + qsizetype(number - first) * 20, 10).toLongLong(&ok);
            return ok ? std::optional<qsizetype>(offset) : std::nullopt;
        }
        pos += qsizetype(count) * 20;
    }
    return std::nullopt;
}

static int trailerNumber(const QByteArray &trailer, const char *key)
{
    const QRegularExpression re(QStringLiteral("/%1\\s+(\\d+)").arg(QLatin1String(key)));
    const auto match = re.match(QString::fromLatin1(trailer));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

bool appendInfo(QByteArray &pdf, const PdfMetadata &m)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const qsizetype trailerAt = pdf.lastIndexOf("trailer", startxref);
    if (startxref < 0 || trailerAt < 0)
        return false;
    bool ok = false;
    const qsizetype xref =
        pdf.mid(startxref + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || xref <= 0 || xref >= pdf.size() || !pdf.mid(xref, 4).startsWith("xref"))
        return false;
    const QByteArray trailer = pdf.mid(trailerAt, startxref - trailerAt);
    const int size = trailerNumber(trailer, "Size");
    const int root = trailerNumber(trailer, "Root");
    int info = trailerNumber(trailer, "Info");
    if (size <= 0 || root <= 0)
        return false;
    const qsizetype idAt = trailer.indexOf("/ID");
    const qsizetype idEnd = idAt < 0 ? -1 : trailer.indexOf(']', idAt);
    const QByteArray id = idAt < 0 || idEnd < 0 ? QByteArray() : trailer.mid(idAt, idEnd + 1 - idAt);

    // The catalog again, with the document's language.
    const std::optional<qsizetype> rootAt = objectOffset(pdf, xref, root);
    if (!rootAt)
        return false;
    const qsizetype open = pdf.indexOf("<<", *rootAt);
    const qsizetype close = pdf.indexOf("endobj", *rootAt);
    if (open < 0 || close < 0 || open > close)
        return false;
    QByteArray catalog = pdf.mid(open, close - open).trimmed();
    if (!catalog.contains("/Lang"))
        catalog.insert(2, "\n/Lang " + pdfText(m.language));

    int newSize = size;
    if (info <= 0)
        info = newSize++;
    const QByteArray infoDict = "<<\n/Title " + pdfText(m.title) + "\n/Author " + pdfText(m.author) +
                                "\n/Subject " + pdfText(m.subject) + "\n/Keywords " + pdfText(m.keywords) +
                                "\n/Creator " + pdfText(m.creator) + "\n/Producer " + pdfText(m.producer) +
                                "\n/CreationDate " + pdfDate(m.created) + "\n/ModDate " + pdfDate(m.created) +
                                "\n>>";

    QByteArray update;
    if (!pdf.endsWith('\n'))
        update += '\n';
    auto entry = [](qsizetype offset) {
        return QByteArray::number(offset).rightJustified(10, '0') + " 00000 n\r\n";
    };
    const qsizetype rootOffset = pdf.size() + update.size();
    update += QByteArray::number(root) + " 0 obj\n" + catalog + "\nendobj\n";
    const qsizetype infoOffset = pdf.size() + update.size();
    update += QByteArray::number(info) + " 0 obj\n" + infoDict + "\nendobj\n";
    const qsizetype newXref = pdf.size() + update.size();
    update += "xref\n" + QByteArray::number(root) + " 1\n" + entry(rootOffset) + QByteArray::number(info) +
              " 1\n" + entry(infoOffset);
    update += "trailer\n<<\n/Size " + QByteArray::number(newSize) + "\n/Root " + QByteArray::number(root) +
              " 0 R\n/Info " + QByteArray::number(info) + " 0 R\n" +
              (id.isEmpty() ? QByteArray() : id + '\n') + "/Prev " + QByteArray::number(xref) +
              "\n>>\nstartxref\n" + QByteArray::number(newXref) + "\n%%EOF\n";
    pdf += update;
    return true;
}

} // namespace Atelier::Reports::PdfMetadataWriter
