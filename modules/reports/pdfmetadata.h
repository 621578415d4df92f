// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Atelier::Reports {

/// What a PDF says about itself, in its document information dictionary and in its XMP packet
/// (PDF/A-1b wants both, saying the same).
struct PdfMetadata
{
    QString title, author, subject, keywords, language, creator, producer;
    QDateTime created;
};

namespace PdfMetadataWriter {

/// The XMP packet for QPdfWriter::setDocumentXmpMetadata, identifying the file as PDF/A-1b.
QByteArray xmp(const PdfMetadata &metadata);

/// Qt 6.4 writes only the title and creator into the information dictionary, and no document
/// language: appends an incremental update (the original bytes stay as they are) with the full
/// dictionary and the catalog's /Lang. False, `pdf` unchanged, when the file is not laid out as
/// expected.
bool appendInfo(QByteArray &pdf, const PdfMetadata &metadata);

} // namespace PdfMetadataWriter
} // namespace Atelier::Reports
