// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Atelier::Sourcing {

std::optional<double> Scoring::number(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok); // QString::toDouble reads the C locale: a dot
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString Scoring::display(const GridQuestion &q, const QString &stored)
{
    const QString text = stored.trimmed();
    if (text.isEmpty())
        return {};
    switch (q.type) {
    case AnswerType::YesNo:
        return text == QLatin1String("yes") ? tr("Yes") : text == QLatin1String("no") ? tr("No") : text;
    case AnswerType::Number:
        if (const std::optional<double> value = number(text))
            return q.unit.isEmpty() ? QLocale().toString(*value, 'g', 12)
                                    : tr("%1 %2").arg(QLocale().toString(*value, 'g', 12), q.unit);
        return text;
    case AnswerType::Choice:
        for (const GridChoice &c : q.choices)
            if (c.id == text)
                return c.label;
        return text;
    case AnswerType::Text: break;
    }
    return text;
}

/// The share of the points a number earns: full on the good side of `ideal`, none on the bad side
/// of `threshold`, in a straight line between.
static std::optional<double> numberFraction(const GridQuestion &q, double value)
{
    const double span = q.higherIsBetter ? q.ideal - q.threshold : q.threshold - q.ideal;
    if (!(span > 0))
        return std::nullopt;
    const double gained = q.higherIsBetter ? value - q.threshold : q.threshold - value;
    return std::clamp(gained / span, 0.0, 1.0);
}

QuestionScore Scoring::score(const GridQuestion &q, const GridAnswer *answer)
{
    QuestionScore s;
    s.questionId = q.id;
    const QString text = answer ? answer->text.trimmed() : QString();
    auto unscorable = [&s](const QString &why) {
        s.state = QuestionScore::State::Unscorable;
        s.problem = why;
        return s;
    };
    if (text.isEmpty() && !(q.type == AnswerType::Text && answer && answer->handScore >= 0))
        return s; // Missing
    switch (q.type) {
    case AnswerType::YesNo:
        if (text != QLatin1String("yes") && text != QLatin1String("no"))
            return unscorable(tr("“%1” is not yes or no.").arg(text));
        s.fraction = (text == QLatin1String("yes")) == q.yesIsGood ? 1.0 : 0.0;
        break;
    case AnswerType::Number: {
        const std::optional<double> value = number(text);
        if (!value)
            return unscorable(tr("“%1” is not a number.").arg(text));
        const std::optional<double> fraction = numberFraction(q, *value);
        if (!fraction)
            return unscorable(q.higherIsBetter
                                  ? tr("The ideal value must be above the value scoring nothing.")
                                  : tr("The ideal value must be below the value scoring nothing."));
        s.fraction = *fraction;
        break;
    }
    case AnswerType::Choice: {
        int best = 0;
        const GridChoice *chosen = nullptr;
        for (const GridChoice &c : q.choices) {
            best = std::max(best, c.points);
            if (c.id == text)
                chosen = &c;
        }
        if (!chosen)
            return unscorable(tr("The answer is not one of the choices offered."));
        if (best == 0)
            return unscorable(tr("No choice earns any points."));
        s.fraction = double(chosen->points) / best;
        break;
    }
    case AnswerType::Text:
        if (!answer || answer->handScore < 0) {
            s.state = QuestionScore::State::AwaitingHandScore;
            return s;
        }
        if (answer->handScore > q.scaleMax)
            return unscorable(tr("A hand score of %1 is above the scale's %2.").arg(answer->handScore).arg(q.scaleMax));
        s.fraction = double(answer->handScore) / q.scaleMax;
        break;
    }
    s.state = QuestionScore::State::Scored;
    s.points = s.fraction * q.weight;
    return s;
}

int Scoring::maximum(const QList<GridQuestion> &questions)
{
    int total = 0;
    for (const GridQuestion &q : questions)
        total += q.weight;
    return total;
}

QMap<QString, double> Scoring::maximumByImpact(const QList<GridQuestion> &questions)
{
    QMap<QString, double> out;
    for (const GridQuestion &q : questions)
        out[q.impact] += q.weight;
    return out;
}

/// Totals closer than this are equal (sums of fractions of integer weights).
static bool same(double a, double b)
{
    return std::fabs(a - b) < 1e-9;
}

QList<BidderScore> Scoring::compare(const QList<GridQuestion> &questions, const QList<BidderAnswers> &bidders)
{
    QList<BidderScore> out;
    for (const BidderAnswers &b : bidders) {
        QHash<QString, const GridAnswer *> byQuestion;
        for (const GridAnswer &a : b.answers)
            byQuestion.insert(a.questionId, &a);
        BidderScore score;
        score.bidderId = b.bidderId;
        score.name = b.name;
        for (const GridQuestion &q : questions) {
            const QuestionScore s = Scoring::score(q, byQuestion.value(q.id));
            switch (s.state) {
            case QuestionScore::State::Missing:
                ++score.missing;
                score.missingRequired += q.required ? 1 : 0;
                break;
            case QuestionScore::State::AwaitingHandScore: ++score.awaitingHandScore; break;
            case QuestionScore::State::Unscorable: ++score.unscorable; break;
            case QuestionScore::State::Scored: break;
            }
            score.total += s.points;
            score.byImpact[q.impact] += s.points;
            score.questions.append(s);
        }
        out.append(score);
    }
    for (BidderScore &s : out) {
        s.rank = 1;
        for (const BidderScore &other : out) {
            if (&other == &s)
                continue;
            if (same(other.total, s.total))
                s.tied = true;
            else if (other.total > s.total)
                ++s.rank;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const BidderScore &a, const BidderScore &b) { return a.rank < b.rank; });
    return out;
}

} // namespace Atelier::Sourcing
