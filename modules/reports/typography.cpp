// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "typography.h"

namespace Atelier::Reports::Typography {

static constexpr QChar kNarrowNbsp(0x202F);
static constexpr QChar kNbsp(0x00A0);

static bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == kNbsp || c == kNarrowNbsp;
}

QString french(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool high =
            c == QLatin1Char(':') || c == QLatin1Char(';') || c == QLatin1Char('?') || c == QLatin1Char('!');
        if (high) {
            const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
            // A space typed before the sign becomes a narrow no-break one; none typed, one is added
            // after a word or a number (“2027;”), except for “:” (“10:30”, “note:x”) and inside a
            // word or an address (“page?id=3”, “https://”).
            if (!out.isEmpty() && isSpace(out.back()))
                out.back() = kNarrowNbsp;
            else if (!out.isEmpty() && out.back().isLetterOrNumber() && c != QLatin1Char(':') &&
                     next != QLatin1Char('/') && !next.isLetterOrNumber())
                out.append(kNarrowNbsp);
            out.append(c);
            continue;
        }
        if (c == QChar(0x00BB) && !out.isEmpty() && isSpace(out.back())) { // »
            out.back() = kNbsp;
            out.append(c);
            continue;
        }
        if (isSpace(c) && !out.isEmpty() && out.back() == QChar(0x00AB)) { // «
            out.append(kNbsp);
            continue;
        }
        if (c == QLatin1Char(' ') && !out.isEmpty() && out.back().isDigit() && i + 1 < text.size()) {
            const QChar next = text.at(i + 1);
            if (next == QLatin1Char('%') || next == QChar(0x20AC)) {
                out.append(kNbsp);
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

} // namespace Atelier::Reports::Typography
