// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Atelier::Jury {

/// A CSV file as French administrations produce them (Excel, LibreOffice, an electoral-roll export),
/// read whatever its dialect: UTF-8 with or without BOM, or Windows-1252; `;`, `,` or tab between
/// fields; CRLF, LF or CR; quoted fields holding separators, doubled quotes and line breaks.
struct CsvTable
{
    QList<QStringList> records;
    QList<int> lines;   ///< the line of the file each record starts on (from 1), for messages
    QChar separator;
    QString encoding;   ///< "UTF-8" or "Windows-1252"
    bool bom = false;
    /// A quoted field still open at the end of the file (its record is kept, with this flagged).
    int unterminatedQuoteLine = 0;
};

namespace Csv {
/// Decodes and splits `bytes`. Empty lines are skipped; fields keep their inner spaces.
CsvTable read(const QByteArray &bytes);
/// The text of `bytes`: UTF-8 when they are valid UTF-8 (a BOM is dropped), Windows-1252 otherwise.
QString decode(const QByteArray &bytes, QString *encoding = nullptr, bool *bom = nullptr);
} // namespace Csv

} // namespace Atelier::Jury
