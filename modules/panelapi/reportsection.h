// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QTextCursor;

namespace Atelier {

/// A part of a report that a panel contributes: a title and a function writing rich text
/// (headings, paragraphs, tables) at a cursor. The report engine lays sections out on pages.
struct ReportSection
{
    QString id;    ///< stable, e.g. "projet.participants"
    QString title; ///< in the user's language
    std::function<void(QTextCursor &)> write;
};

/// The plain building blocks a section writes with, so every panel's text looks the same.
namespace ReportBlocks {
/// A bold line that starts a part of a section.
void heading(QTextCursor &cursor, const QString &text);
/// A paragraph of plain text.
void line(QTextCursor &cursor, const QString &text);
} // namespace ReportBlocks

} // namespace Atelier
