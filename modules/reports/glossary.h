// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportsection.h"

#include <QList>

namespace Atelier::Reports::Glossary {

inline const QString kSectionId = QStringLiteral("reports.glossary");

struct Term
{
    QString word, definition; ///< in the report's language
};

/// The procurement words a report may use, with a definition an elected official understands.
QList<Term> terms();
/// The terms that `text` uses (singular or plural, any case).
QList<Term> usedIn(const QString &text);
/// The engine's own section: the words the report used so far (every term when it used none).
ReportSection section();

} // namespace Atelier::Reports::Glossary
