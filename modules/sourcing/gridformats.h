// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "grid.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Atelier::Sourcing {

/// The files of the question grid published with the tender: the answer file bidders fill in a
/// spreadsheet (CSV) and read back, and the grid as a document (ODT) for the tender's documents.
/// Texts are in the user's language, numbers in the current locale (QLocale()).

/// The most an answer file may hold: beyond, it is refused unread.
inline constexpr qsizetype kAnswerFileMaxBytes = 5 * 1024 * 1024;
inline constexpr int kAnswerFileMaxLines = 10000;

/// The grid as the answer file a bidder fills in French Excel or LibreOffice: UTF-8 with a BOM,
/// `;` between fields, CRLF line ends, fields holding ; " CR or LF quoted (RFC 4180). Columns:
/// Reference (the question's id, how the file is read back), No., Question, Impact sought, Expected
/// answer, Required, Weight, and an empty Answer for the bidder.
QByteArray gridCsv(const QList<GridQuestion> &questions);

/// What an answer file gives: the answers, in the grid's order (an unanswered question has none),
/// or the problems found, each naming its line. When `errors` is not empty, `answers` is empty:
/// nothing is to be imported until the file is corrected.
struct CsvImport
{
    QList<GridAnswer> answers;
    QStringList errors;
};

/// Reads back an answer file written by gridCsv() and filled by a bidder, possibly saved again by
/// a spreadsheet: with or without BOM (or in UTF-16 with its BOM, Excel's “Unicode text”), fields
/// separated by `;`, tab or `,` (as the header line shows), CRLF, LF or CR line ends, quoted fields
/// spanning lines, extra empty columns. Rows are matched to `questions` by the Reference column;
/// the header must name a Reference and an Answer column (in the user's language or in English).
/// Answers are normalised: yes/no (“oui”, “Non”, “y”...) to "yes"/"no"; a number written “12,5”,
/// “12.5” or “1 234,5” to "1234.5" (a unit is refused); a choice, by its label or its number from
/// 1, to the choice's id; a text trimmed. A line is numbered as a spreadsheet numbers its rows (the
/// header is line 1; a quoted field spanning lines is one row). A file that is not UTF-8 text,
/// larger than kAnswerFileMaxBytes or longer than kAnswerFileMaxLines is refused unread.
CsvImport readAnswersCsv(const QByteArray &bytes, const QList<GridQuestion> &questions);

/// What the grid document says about the consultation.
struct GridDocument
{
    QString projectTitle;
    QString administration; ///< the buyer, author of the document
    QString language;       ///< BCP 47 ("fr-FR"); empty: the current locale's
    QDate date;             ///< of the consultation documents; invalid: not shown
};

/// The grid as an OpenDocument text (.odt) for the consultation documents: its title, what the
/// grid is for, a table of the questions (No., Question, Impact sought, Expected answer, Weight,
/// Required), then how each answer is scored (scoringRule()). Empty if the file could not be built.
QByteArray gridOdt(const GridDocument &doc, const QList<GridQuestion> &questions);

} // namespace Atelier::Sourcing
