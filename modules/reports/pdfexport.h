// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagedrenderer.h"

namespace Atelier::Reports {

/// Writes a report as a PDF/A-1b file: fonts embedded, charts as vectors, title, author, subject,
/// keywords and language in the metadata. The file appears whole or not at all (written beside,
/// then renamed); a cancelled or failed export leaves what was there before.
struct PdfExport
{
    enum Outcome { Written, Cancelled, Failed };
    Outcome outcome = Failed;
    QString error; ///< in the user's language, when Failed
    int pages = 0;

    static PdfExport write(Document &document, const QString &path, const Progress &progress = {});
    /// The same bytes, in memory (tests); empty when cancelled.
    static QByteArray bytes(Document &document, const Progress &progress = {});
};

} // namespace Atelier::Reports
