// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a PDF back as a reader's tools see it: poppler's pdfinfo, pdffonts, pdfimages, pdftotext.
#pragma once

#include "catchqt.h"

#include <QProcess>
#include <QStringList>

namespace PdfTools {

/// The standard output of a poppler tool run on `pdf`.
inline QString run(const QString &tool, QStringList arguments, const QString &pdf)
{
    QProcess p;
    arguments << pdf;
    if (tool == QLatin1String("pdftotext"))
        arguments << QStringLiteral("-");
    p.start(tool, arguments);
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// A field of pdfinfo's report ("Title", "Pages", "PDF version", ...).
inline QString info(const QString &pdf, const QString &field, QStringList arguments = {})
{
    for (const QString &line : run(QStringLiteral("pdfinfo"), arguments, pdf).split(QLatin1Char('\n')))
        if (line.startsWith(field + QLatin1Char(':')))
            return line.mid(field.size() + 1).trimmed();
    return {};
}

/// The text of the PDF (or of one page): laid out as printed, or in the order it was drawn (a
/// table cell's lines then follow each other).
inline QString text(const QString &pdf, int page = 0, bool layout = true)
{
    QStringList arguments{layout ? QStringLiteral("-layout") : QStringLiteral("-raw")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    return run(QStringLiteral("pdftotext"), arguments, pdf);
}

/// The lines of a tool's table after its two header lines.
inline QStringList tableRows(const QString &output)
{
    QStringList rows = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return rows.mid(2);
}

} // namespace PdfTools
