// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridformats.h"

#include "gridwording.h"
#include "odtwriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <array>

namespace Atelier::Sourcing {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Sourcing::GridFormats)
};

// The answer file's columns, in order. A file is read back by its header in the user's language or
// in these source words, whichever language it was written in.
constexpr std::array<const char *, 8> kColumns{
    QT_TRANSLATE_NOOP("Atelier::Sourcing::GridFormats", "Reference"),
    QT_TRANSLATE_NOOP("Atelier::Sourcing::GridFormats", "No."),
    QT_TRANSLATE_NOOP("Atelier::Sourcing::GridFormats", "Question"),
    QT_TRANSLATE_NOOP("Atelier::Sourcing::GridFormats", "Impact sought"),
    QT_TRANSLATE_NOOP("Atelier::Sourcing::GridFormats", "Expected answer"),
    QT_TRANSLATE_NOOP("Atelier::Sourcing::GridFormats", "Required"),
    QT_TRANSLATE_NOOP("Atelier::Sourcing::GridFormats", "Weight"),
    QT_TRANSLATE_NOOP("Atelier::Sourcing::GridFormats", "Answer"),
};
constexpr qsizetype kReferenceColumn = 0;
constexpr qsizetype kAnswerColumn = 7;

QString column(qsizetype index)
{
    return Text::tr(kColumns.at(size_t(index)));
}

QString yesNo(bool yes)
{
    return yes ? Text::tr("Yes") : Text::tr("No");
}

/// A CSV field, quoted when it holds the separator, a quote or a line end (RFC 4180).
QByteArray csvField(const QString &value)
{
    QByteArray field = value.toUtf8();
    if (field.contains(';') || field.contains('"') || field.contains('\r') || field.contains('\n'))
        field = '"' + field.replace("\"", "\"\"") + '"';
    return field;
}

/// A field of text written by people (a question, an impact): one that a spreadsheet would take
/// for a formula (=, +, -, @ first) is written with an apostrophe before it, so that a question
/// copied from a hostile file cannot run anything in the bidder's spreadsheet.
QByteArray textField(const QString &value)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    return csvField(!value.isEmpty() && formulaStarts.contains(value.at(0)) ? QLatin1Char('\'') + value : value);
}

// Reading ---------------------------------------------------------------------------------------

/// A row of a CSV file and its number as a spreadsheet shows it.
struct Record
{
    int line = 0;
    QStringList fields;
};

/// The rows of `text`, fields separated by `separator`, each with its first `maxFields` fields (the
/// others are read past). False when a quoted field is not closed, `unclosedLine` then naming the
/// line it starts on.
bool parseCsv(QStringView text, QChar separator, qsizetype maxFields, QList<Record> &records,
              int &unclosedLine)
{
    const QChar quote(u'"'), cr(u'\r'), lf(u'\n');
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    while (i < n) {
        Record record{line, {}};
        for (;;) {
            QString field;
            if (i < n && text.at(i) == quote) {
                bool closed = false;
                for (++i; i < n; ++i) {
                    if (text.at(i) != quote) {
                        field += text.at(i);
                    } else if (i + 1 < n && text.at(i + 1) == quote) {
                        field += quote;
                        ++i;
                    } else {
                        closed = true;
                        ++i;
                        break;
                    }
                }
                if (!closed) {
                    unclosedLine = line;
                    return false;
                }
            }
            // Unquoted text, or what a lenient writer left after the closing quote: as it is.
            const qsizetype from = i;
            while (i < n && text.at(i) != separator && text.at(i) != cr && text.at(i) != lf)
                ++i;
            field += text.mid(from, i - from);
            if (record.fields.size() < maxFields)
                record.fields << field;
            if (i < n && text.at(i) == separator) {
                ++i;
                continue;
            }
            break;
        }
        if (i < n && text.at(i) == cr)
            ++i;
        if (i < n && text.at(i) == lf)
            ++i;
        records << record;
        ++line;
    }
    return true;
}

/// Whether a header cell names the column `index`, in the user's language or in the source words.
bool names(const QString &cell, qsizetype index)
{
    const QString name = cell.trimmed();
    return name.compare(column(index), Qt::CaseInsensitive) == 0 ||
           name.compare(QLatin1String(kColumns.at(size_t(index))), Qt::CaseInsensitive) == 0;
}

/// The lines of `text`, counting LF, CR LF and CR ends and an unterminated last line.
qsizetype lineCount(QStringView text)
{
    qsizetype lines = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\n' || (text.at(i) == u'\r' && (i + 1 == text.size() || text.at(i + 1) != u'\n')))
            ++lines;
    }
    if (!text.isEmpty() && text.back() != u'\n' && text.back() != u'\r')
        ++lines;
    return lines;
}

/// Whether a line holds nothing but spaces and separators (a spreadsheet's empty row).
bool isBlankLine(QStringView line)
{
    for (const QChar c : line)
        if (!c.isSpace() && c != u';' && c != u',')
            return false;
    return true;
}

/// The file's text: UTF-8 (its BOM dropped), or UTF-16 when it starts with a UTF-16 BOM. Null when
/// it is neither.
QString decode(const QByteArray &bytes)
{
    QStringDecoder::Encoding encoding = QStringDecoder::Utf8;
    if (bytes.startsWith("\xFF\xFE"))
        encoding = QStringDecoder::Utf16LE;
    else if (bytes.startsWith("\xFE\xFF"))
        encoding = QStringDecoder::Utf16BE;
    QStringDecoder decoder(encoding); // drops the BOM
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return {};
    if (text.isNull())
        text = QStringLiteral(""); // an empty file is text
    return text;
}

QString yesNoAnswer(const QString &typed)
{
    QString word;
    for (const QChar c : typed)
        if (!c.isSpace())
            word += c.toLower();
    static const QStringList yes{QStringLiteral("oui"), QStringLiteral("yes"), QStringLiteral("o"),
                                 QStringLiteral("y")};
    static const QStringList no{QStringLiteral("non"), QStringLiteral("no"), QStringLiteral("n")};
    if (yes.contains(word) || word == yesNo(true).toLower())
        return QStringLiteral("yes");
    if (no.contains(word) || word == yesNo(false).toLower())
        return QStringLiteral("no");
    return {};
}

/// A number as typed in French or English: “12,5”, “12.5”, “-3”, “1 234,5” (groups of three digits
/// after a space, no-break space or narrow no-break space) → "1234.5". Null when it is not one.
QString numberAnswer(const QString &typed)
{
    static const QRegularExpression number(
        QStringLiteral("^([+\\-\\x{2212}]?)([0-9]{1,3}(?:[ "
                       "\\x{00A0}\\x{202F}\\x{2009}][0-9]{3})+|[0-9]+)(?:[.,]([0-9]+))?$"));
    const QRegularExpressionMatch m = number.match(typed);
    if (!m.hasMatch())
        return {};
    QString digits = m.captured(2);
    digits.removeIf([](QChar c) { return !c.isDigit(); });
    QString value =
        (m.captured(1).isEmpty() || m.captured(1) == QLatin1String("+") ? QString() : QStringLiteral("-")) +
        digits;
    if (m.hasCaptured(3))
        value += QLatin1Char('.') + m.captured(3);
    return value;
}

/// The id of the choice whose label (any case) or number from 1 is `typed`. Null when none is.
QString choiceAnswer(const GridQuestion &q, const QString &typed)
{
    const QString label = typed.simplified();
    for (const GridChoice &c : q.choices)
        if (c.label.simplified().compare(label, Qt::CaseInsensitive) == 0)
            return c.id;
    bool isNumber = false;
    const int number = label.toInt(&isNumber);
    if (isNumber && number >= 1 && number <= q.choices.size())
        return q.choices.at(number - 1).id;
    return {};
}

} // namespace

QByteArray gridCsv(const QList<GridQuestion> &questions)
{
    const QByteArray separator(";"), end("\r\n");
    QByteArray csv("\xEF\xBB\xBF");
    QList<QByteArray> header;
    for (qsizetype c = 0; c < qsizetype(kColumns.size()); ++c)
        header << csvField(column(c));
    csv += header.join(separator) + end;
    const QLocale locale;
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const GridQuestion &q = questions.at(i);
        const QList<QByteArray> row{csvField(q.id),
                                    csvField(QString::number(i + 1)),
                                    textField(q.text),
                                    textField(q.impact),
                                    csvField(expectedAnswer(q)),
                                    csvField(yesNo(q.required)),
                                    csvField(locale.toString(q.weight)),
                                    QByteArray()};
        csv += row.join(separator) + end;
    }
    return csv;
}

CsvImport readAnswersCsv(const QByteArray &bytes, const QList<GridQuestion> &questions)
{
    CsvImport result;
    const QLocale locale;
    if (bytes.size() > kAnswerFileMaxBytes) {
        result.errors << Text::tr("The file is larger than %1: it is not an answer file.")
                             .arg(locale.formattedDataSize(kAnswerFileMaxBytes, 0));
        return result;
    }
    const QString text = decode(bytes);
    if (text.isNull()) {
        result.errors << Text::tr("The file is not UTF-8 text: save it again as “CSV UTF-8”.");
        return result;
    }
    if (lineCount(text) > kAnswerFileMaxLines) {
        result.errors << Text::tr("The file has more than %1 lines: it is not an answer file.")
                             .arg(locale.toString(kAnswerFileMaxLines));
        return result;
    }

    // The header is the first line that is not blank, the separator the one that makes a Reference
    // and an Answer column of it (among its first kHeaderColumns).
    constexpr qsizetype kHeaderColumns = 1000;
    QStringView headerLine = QStringView(text);
    int headerNumber = 1; // blank lines hold no quote: one line, one row
    while (!headerLine.isEmpty()) {
        qsizetype end = 0;
        while (end < headerLine.size() && headerLine.at(end) != u'\n' && headerLine.at(end) != u'\r')
            ++end;
        if (!isBlankLine(headerLine.first(end))) {
            headerLine = headerLine.first(end);
            break;
        }
        if (end + 1 < headerLine.size() && headerLine.at(end) == u'\r' && headerLine.at(end + 1) == u'\n')
            ++end;
        headerLine = headerLine.sliced(std::min(end + 1, headerLine.size()));
        ++headerNumber;
    }
    QChar separator;
    qsizetype referenceColumn = -1, answerColumn = -1;
    for (const QChar candidate : {QChar(u';'), QChar(u'\t'), QChar(u',')}) {
        QList<Record> header;
        int unclosed = 0;
        if (!parseCsv(headerLine, candidate, kHeaderColumns, header, unclosed) || header.size() != 1)
            continue;
        const QStringList &cells = header.first().fields;
        referenceColumn = answerColumn = -1;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (referenceColumn < 0 && names(cells.at(c), kReferenceColumn))
                referenceColumn = c;
            else if (answerColumn < 0 && names(cells.at(c), kAnswerColumn))
                answerColumn = c;
        }
        if (referenceColumn >= 0 && answerColumn >= 0) {
            separator = candidate;
            break;
        }
    }
    if (separator.isNull()) {
        result.errors << Text::tr("The file has no header line naming a “%1” column and an “%2” column: "
                                  "it is not an answer file of the grid.")
                             .arg(column(kReferenceColumn), column(kAnswerColumn));
        return result;
    }

    QList<Record> records;
    int unclosed = 0;
    if (!parseCsv(text, separator, std::max(referenceColumn, answerColumn) + 1, records, unclosed)) {
        result.errors << Text::tr("Line %1: a quoted text is not closed (a “\"” is missing).").arg(unclosed);
        return result;
    }

    QHash<QString, const GridQuestion *> byId;
    for (const GridQuestion &q : questions)
        byId.insert(q.id, &q);
    QHash<QString, int> seenOn;     // question id → line
    QHash<QString, QString> answer; // question id → normalised answer
    for (const Record &r : std::as_const(records)) {
        if (r.line <= headerNumber) // blank lines, then the header, already read
            continue;
        const QString line = QString::number(r.line);
        const QString reference = r.fields.value(referenceColumn).trimmed();
        const QString typed = r.fields.value(answerColumn).trimmed();
        if (reference.isEmpty()) {
            if (!typed.isEmpty())
                result.errors << Text::tr("Line %1: there is an answer but no reference: the line cannot be "
                                          "matched to a question.")
                                     .arg(line);
            continue;
        }
        const GridQuestion *q = byId.value(reference);
        if (!q) {
            result.errors << Text::tr("Line %1: “%2” is not the reference of a question of this grid.")
                                 .arg(line, reference);
            continue;
        }
        if (seenOn.contains(reference)) {
            result.errors << Text::tr("Line %1: question “%2” is already on line %3.")
                                 .arg(line, reference, QString::number(seenOn.value(reference)));
            continue;
        }
        seenOn.insert(reference, r.line);
        if (typed.isEmpty())
            continue; // unanswered
        QString value;
        switch (q->type) {
        case AnswerType::Text:
            value = typed;
            break;
        case AnswerType::YesNo:
            value = yesNoAnswer(typed);
            if (value.isNull())
                result.errors << Text::tr("Line %1: “%2” is not yes or no.").arg(line, typed);
            break;
        case AnswerType::Number:
            value = numberAnswer(typed);
            if (value.isNull())
                result.errors << Text::tr(
                                     "Line %1: “%2” is not a number (write it like %3, without the unit).")
                                     .arg(line, typed, locale.toString(12.5));
            break;
        case AnswerType::Choice: {
            value = choiceAnswer(*q, typed);
            if (value.isNull()) {
                QStringList options;
                for (const GridChoice &c : q->choices)
                    options << c.label;
                result.errors << Text::tr(
                                     "Line %1: “%2” is not one of the options: %3 (or their number, from 1 "
                                     "to %4).")
                                     .arg(line, typed, options.join(QStringLiteral("; ")),
                                          QString::number(options.size()));
            }
            break;
        }
        }
        if (!value.isNull())
            answer.insert(reference, value);
    }
    if (!result.errors.isEmpty())
        return result;
    for (const GridQuestion &q : questions)
        if (answer.contains(q.id))
            result.answers << GridAnswer{q.id, answer.value(q.id), -1};
    return result;
}

QByteArray gridOdt(const GridDocument &doc, const QList<GridQuestion> &questions)
{
    const QLocale locale;
    const QString title = doc.projectTitle.isEmpty() ? Text::tr("Question grid")
                                                     : Text::tr("Question grid — %1").arg(doc.projectTitle);
    OdtWriter odt;
    odt.setMeta(title, Text::tr("Question grid"),
                doc.language.isEmpty() ? locale.name().replace(QLatin1Char('_'), QLatin1Char('-'))
                                       : doc.language,
                doc.administration);
    odt.heading(title, 1);
    QStringList byline;
    if (!doc.administration.isEmpty())
        byline << doc.administration;
    if (doc.date.isValid())
        byline << locale.toString(doc.date, QStringLiteral("d MMMM yyyy"));
    if (!byline.isEmpty())
        odt.paragraph(byline.join(QStringLiteral(" — ")));
    odt.paragraph(Text::tr("This grid lets each candidate state the impact of their offer on the aims sought "
                           "by the purchase. Every question says what answer is expected; the candidates "
                           "answer in the answer file provided with the consultation documents. A question's "
                           "weight is its share of the total score; how each answer is scored is set out "
                           "below, so that every candidate knows it before answering."));
    odt.heading(Text::tr("Questions"), 2);
    if (questions.isEmpty()) {
        odt.paragraph(Text::tr("The grid has no questions yet."));
        return odt.bytes();
    }
    QList<QStringList> rows;
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const GridQuestion &q = questions.at(i);
        rows << QStringList{QString::number(i + 1),    q.text,           q.impact, expectedAnswer(q),
                            locale.toString(q.weight), yesNo(q.required)};
    }
    odt.table({column(1), column(2), column(3), column(4), column(6), column(5)}, rows, {2, 12, 6, 6, 3, 3});

    odt.heading(Text::tr("How answers are scored"), 2);
    rows.clear();
    for (qsizetype i = 0; i < questions.size(); ++i)
        rows << QStringList{QString::number(i + 1), questions.at(i).text, scoringRule(questions.at(i))};
    odt.table({column(1), column(2), Text::tr("Scoring")}, rows, {2, 10, 12});
    return odt.bytes();
}

} // namespace Atelier::Sourcing
