// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridwording.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace Atelier::Sourcing {

namespace {

struct Wording
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Sourcing::GridFormats)
};

/// A value of a number question with its unit: “12,5 kg/year” (a no-break space before the unit).
QString quantity(double value, const QString &unit)
{
    QString text = QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
    if (!unit.isEmpty())
        text += QChar(QChar::Nbsp) + unit;
    return text;
}

QString numberRule(const GridQuestion &q)
{
    // As Scoring computes it: none without a span from the threshold to the ideal value.
    if (!(q.higherIsBetter ? q.ideal > q.threshold : q.ideal < q.threshold))
        return q.higherIsBetter ? Wording::tr("Not scorable yet: the ideal value must be above the value "
                                              "scoring nothing.")
                                : Wording::tr("Not scorable yet: the ideal value must be below the value "
                                              "scoring nothing.");
    const QString ideal = quantity(q.ideal, q.unit);
    const QString threshold = quantity(q.threshold, q.unit);
    return q.higherIsBetter ? Wording::tr("Higher is better: %n point(s) at %1 or more, none at %2 or less, "
                                          "in proportion between the two.",
                                          nullptr, q.weight)
                                  .arg(ideal, threshold)
                            : Wording::tr("Lower is better: %n point(s) at %1 or less, none at %2 or more, "
                                          "in proportion between the two.",
                                          nullptr, q.weight)
                                  .arg(ideal, threshold);
}

/// Each option's points as Scoring gives them: the best option earns the question's weight, the
/// others in proportion to their points.
QString choiceRule(const GridQuestion &q)
{
    int best = 0;
    for (const GridChoice &c : q.choices)
        best = std::max(best, c.points);
    if (best <= 0)
        return Wording::tr("Not scorable yet: no option earns any points.");
    QStringList points;
    for (const GridChoice &c : q.choices) {
        const double earned = std::round(100.0 * q.weight * std::max(c.points, 0) / best) / 100.0;
        points << (earned == std::trunc(earned)
                       ? Wording::tr("“%1”: %n point(s)", nullptr, int(earned)).arg(c.label)
                       : Wording::tr("“%1”: %2 points")
                             .arg(c.label, QLocale().toString(earned, 'f', QLocale::FloatingPointShortest)));
    }
    return Wording::tr("Points by answer: %1.").arg(points.join(QStringLiteral("; ")));
}

} // namespace

QString expectedAnswer(const GridQuestion &question)
{
    switch (question.type) {
    case AnswerType::Text:
        break;
    case AnswerType::YesNo:
        return Wording::tr("Yes or no");
    case AnswerType::Number:
        return question.unit.isEmpty() ? Wording::tr("A number")
                                       : Wording::tr("A number, in %1").arg(question.unit);
    case AnswerType::Choice: {
        if (question.choices.isEmpty())
            return Wording::tr("One of the options (none defined yet)");
        QStringList labels;
        for (const GridChoice &c : question.choices)
            labels << c.label;
        return Wording::tr("One of: %1").arg(labels.join(QStringLiteral("; ")));
    }
    }
    return Wording::tr("Free text");
}

QString scoringRule(const GridQuestion &question)
{
    if (question.weight <= 0)
        return Wording::tr("Asked for information, not scored.");
    switch (question.type) {
    case AnswerType::Text:
        break;
    case AnswerType::YesNo:
        return question.yesIsGood
                   ? Wording::tr("“Yes” earns %n point(s), “no” none.", nullptr, question.weight)
                   : Wording::tr("“No” earns %n point(s), “yes” none.", nullptr, question.weight);
    case AnswerType::Number:
        return numberRule(question);
    case AnswerType::Choice: {
        return choiceRule(question);
    }
    }
    return Wording::tr(
               "Scored by the buying team from 0 to %1: %1 earns %n point(s), a lower mark in proportion.",
               nullptr, question.weight)
        .arg(question.scaleMax);
}

} // namespace Atelier::Sourcing
