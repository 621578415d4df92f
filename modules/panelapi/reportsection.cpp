// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportsection.h"

#include <QTextCursor>

namespace Atelier::ReportBlocks {

void heading(QTextCursor &cursor, const QString &text)
{
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    cursor.insertBlock();
    cursor.insertText(text, bold);
}

void line(QTextCursor &cursor, const QString &text)
{
    cursor.insertBlock();
    cursor.insertText(text, QTextCharFormat());
}

} // namespace Atelier::ReportBlocks
