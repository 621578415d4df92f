// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QStringDecoder>

#include <algorithm>

namespace Atelier::Jury::Csv {

/// Windows-1252's characters from 0x80 to 0x9F (the rest of the code page is Latin-1); 0 where the
/// code page has none. Written from the code page's published table.
static const char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

QString decode(const QByteArray &bytes, QString *encoding, bool *bom)
{
    const bool hasBom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArray body = hasBom ? bytes.mid(3) : bytes;
    if (bom)
        *bom = hasBom;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(body);
    if (!utf8.hasError() || hasBom) {
        if (encoding)
            *encoding = QStringLiteral("UTF-8");
        return text;
    }
    text.clear();
    text.reserve(body.size());
    for (const char c : body) {
        const auto b = static_cast<unsigned char>(c);
        const char16_t high = b >= 0x80 && b < 0xA0 ? kCp1252High[b - 0x80] : 0;
        text.append(QChar(high ? high : (b >= 0x80 && b < 0xA0 ? char16_t(0xFFFD) : char16_t(b))));
    }
    if (encoding)
        *encoding = QStringLiteral("Windows-1252");
    return text;
}

/// The separator of the first line: the most frequent of ; , and tab outside quotes (; when tied:
/// French spreadsheets write it).
static QChar guessSeparator(const QString &text)
{
    int semicolons = 0, commas = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'\n' || c == u'\r')
            break;
        else if (c == u';')
            ++semicolons;
        else if (c == u',')
            ++commas;
        else if (c == u'\t')
            ++tabs;
    }
    if (tabs > semicolons && tabs > commas)
        return u'\t';
    return commas > semicolons ? QChar(u',') : QChar(u';');
}

CsvTable read(const QByteArray &bytes)
{
    CsvTable table;
    const QString text = decode(bytes, &table.encoding, &table.bom);
    table.separator = guessSeparator(text);
    QStringList record;
    QString field;
    bool quoted = false;
    bool content = false; // the record has something beyond empty fields
    int line = 1, recordLine = 1;
    const auto endRecord = [&] {
        record << field;
        field.clear();
        if (content) {
            table.records << record;
            table.lines << recordLine;
        }
        record.clear();
        content = false;
    };
    const qsizetype n = text.size();
    const QChar *chars = text.constData();
    const QChar separator = table.separator;
    // The characters that end a run of plain text: inside quotes a quote or a line break, outside
    // also the separator. A run is appended to the field at once, not a character at a time.
    const auto runEnd = [&](qsizetype from, bool inQuotes) {
        qsizetype i = from;
        while (i < n) {
            const QChar c = chars[i];
            if (c == u'"' || c == u'\r' || c == u'\n' || (!inQuotes && c == separator))
                break;
            ++i;
        }
        return i;
    };
    for (qsizetype i = 0; i < n; ++i) {
        if (const qsizetype end = runEnd(i, quoted); end > i) {
            const QStringView run(chars + i, end - i);
            field += run;
            if (!quoted && !content)
                content = std::any_of(run.cbegin(), run.cend(), [](QChar c) { return !c.isSpace(); });
            i = end;
            if (i == n)
                break;
        }
        const QChar c = chars[i];
        if (quoted) {
            if (c == u'"' && i + 1 < n && chars[i + 1] == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else if (c == u'\r') { // a line break inside the field: kept as \n, counted once
                if (i + 1 < n && chars[i + 1] == u'\n')
                    ++i;
                field += u'\n';
                ++line;
            } else { // \n
                ++line;
                field += c;
            }
        } else if (c == u'"' && field.trimmed().isEmpty()) {
            quoted = true;
            content = true;
            field.clear();
        } else if (c == u'"') { // a quote inside a plain field is a character of it
            field += c;
            content = true;
        } else if (c == separator) {
            record << field;
            field.clear();
        } else { // \r or \n
            if (c == u'\r' && i + 1 < n && chars[i + 1] == u'\n')
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        }
    }
    if (quoted)
        table.unterminatedQuoteLine = recordLine;
    if (content || !record.isEmpty())
        endRecord();
    return table;
}

} // namespace Atelier::Jury::Csv
