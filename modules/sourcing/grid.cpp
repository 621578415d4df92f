// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "grid.h"

namespace Atelier::Sourcing {

QString answerTypeKey(AnswerType type)
{
    switch (type) {
    case AnswerType::Text:
        break;
    case AnswerType::YesNo:
        return QStringLiteral("yes_no");
    case AnswerType::Number:
        return QStringLiteral("number");
    case AnswerType::Choice:
        return QStringLiteral("choice");
    }
    return QStringLiteral("text");
}

AnswerType answerTypeFromKey(const QString &key)
{
    if (key == QLatin1String("yes_no"))
        return AnswerType::YesNo;
    if (key == QLatin1String("number"))
        return AnswerType::Number;
    if (key == QLatin1String("choice"))
        return AnswerType::Choice;
    return AnswerType::Text; // "text", and any key a newer or damaged file may hold
}

} // namespace Atelier::Sourcing
