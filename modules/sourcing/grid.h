// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Atelier::Sourcing {

/// How a bidder answers a question of the grid.
enum class AnswerType { Text, YesNo, Number, Choice };

/// One option of a choice question and the points it earns.
struct GridChoice
{
    QString id;
    QString label;
    int points = 0;
};

/// A question of the grid published with the tender (seed §4), in plain values: the panel reads
/// them from the store (GridReader), the formats and the scoring work on them without a database.
struct GridQuestion
{
    QString id;
    QString text;
    QString impact; ///< the name of the impact sought it informs (a criterion of the modeler)
    AnswerType type = AnswerType::Text;
    QString unit;      ///< Number: the unit the bidder answers in
    int weight = 1;    ///< share of the total (0: asked, not scored)
    bool required = true;
    bool yesIsGood = true; ///< YesNo: which answer earns the points
    /// Number: full points at `ideal` (and beyond it, on the good side), none at `threshold` (and
    /// beyond it, on the bad side), in a straight line between.
    double ideal = 0;
    double threshold = 0;
    bool higherIsBetter = true;
    int scaleMax = 5; ///< Text: scored by hand from 0 to scaleMax
    QList<GridChoice> choices;
};

/// A bidder's answer to one question, as recorded. `text` holds what was answered: "yes" or "no"
/// for YesNo, a number written with a dot for Number, the choice's id for Choice, the text itself
/// for Text. `handScore` is the hand score of a Text answer (-1: not scored yet).
struct GridAnswer
{
    QString questionId;
    QString text;
    int handScore = -1;
};

/// The keys a file stores for an answer type ("text", "yes_no", "number", "choice").
QString answerTypeKey(AnswerType type);
AnswerType answerTypeFromKey(const QString &key);

} // namespace Atelier::Sourcing
