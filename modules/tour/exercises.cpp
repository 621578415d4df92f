// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercises.h"

#include "tourschema.h"

namespace Atelier::Tour {

TenWordsCheck TenWords::check(const QList<Word> &words)
{
    TenWordsCheck result;
    for (const Word &w : words) {
        if (w.word.trimmed().isEmpty())
            continue;
        (w.side == QLatin1String(Side::kHolder) ? result.holderWords : result.publicWords)++;
        if (w.definition.trimmed().isEmpty())
            result.problems << ExercisesText::tr("“%1” has no definition yet.").arg(w.word.trimmed());
    }
    const auto side = [&result](int count, const QString &whose) {
        if (count < kWordsPerSide)
            result.problems.prepend(ExercisesText::tr("%1: %n word(s) — %2 missing to make ten.", nullptr, count)
                                        .arg(whose)
                                        .arg(kWordsPerSide - count));
        else if (count > kWordsPerSide)
            result.problems.prepend(ExercisesText::tr("%1: %n word(s) — %2 too many: keep the ten that matter most.",
                                                      nullptr, count)
                                        .arg(whose)
                                        .arg(count - kWordsPerSide));
    };
    side(result.holderWords, ExercisesText::tr("The holder's words"));
    side(result.publicWords, ExercisesText::tr("The administration's words"));
    return result;
}

int Quiz::indexOf(const QString &letter)
{
    static const QStringList letters{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    return int(letters.indexOf(letter));
}

QString Quiz::letterOf(int index)
{
    return index >= 0 && index < 4 ? QString(QChar(u'a' + index)) : QString();
}

QStringList Quiz::problems(const QuizQuestion &q)
{
    QStringList out;
    if (q.text.trimmed().isEmpty())
        out << ExercisesText::tr("The question is empty.");
    int given = 0;
    for (const QString &c : q.choices)
        given += c.trimmed().isEmpty() ? 0 : 1;
    if (given < 2)
        out << ExercisesText::tr("A question needs at least two answers to choose from.");
    if (q.choices.value(q.correct).trimmed().isEmpty())
        out << ExercisesText::tr("The right answer (%1) is empty.").arg(letterOf(q.correct).toUpper());
    if (q.article.trimmed().isEmpty())
        out << ExercisesText::tr("No article cited: say where the rule comes from.");
    return out;
}

QList<QuizScore> Quiz::scores(const QList<QuizQuestion> &questions, const QList<QuizAnswer> &answers,
                              const QStringList &participants)
{
    QHash<QString, int> right;
    for (const QuizQuestion &q : questions)
        right.insert(q.id, q.correct);
    QList<QuizScore> out;
    for (const QString &p : participants) {
        QuizScore s{p, 0, 0, int(questions.size())};
        QSet<QString> seen; // one answer per question counts (the first recorded)
        for (const QuizAnswer &a : answers) {
            if (a.participantId != p || !right.contains(a.questionId) || a.chosen < 0 || seen.contains(a.questionId))
                continue;
            seen.insert(a.questionId);
            ++s.answered;
            s.right += a.chosen == right.value(a.questionId) ? 1 : 0;
        }
        out << s;
    }
    return out;
}

static void checkSignature(const Signature &s, const QHash<QString, QString> &side, const QString &whose,
                           bool *isSigned, QStringList &missing)
{
    *isSigned = false;
    if (s.signerId.isEmpty() && !s.date.isValid()) {
        missing << ExercisesText::tr("Not yet signed for %1.").arg(whose);
        return;
    }
    if (s.signerId.isEmpty())
        missing << ExercisesText::tr("The signatory for %1 is not named.").arg(whose);
    else if (!side.contains(s.signerId))
        missing << ExercisesText::tr("The signatory for %1 is not one of its people on the day.").arg(whose);
    if (!s.date.isValid())
        missing << ExercisesText::tr("The date of the signature for %1 is missing.").arg(whose);
    *isSigned = !s.signerId.isEmpty() && side.contains(s.signerId) && s.date.isValid();
}

AgreementCheck Agreement::check(const QList<Exchange> &exchanges, const QString &escalation,
                                const Signature &publicSide, const Signature &holderSide,
                                const QHash<QString, QString> &publicPeople, const QHash<QString, QString> &holderPeople)
{
    AgreementCheck result;
    if (exchanges.isEmpty())
        result.missing << ExercisesText::tr("No exchange agreed yet: what information, by which channel, how often.");
    int n = 0;
    for (const Exchange &e : exchanges) {
        ++n;
        const QString what =
            e.subject.trimmed().isEmpty() ? ExercisesText::tr("Exchange %1").arg(n) : ExercisesText::tr("“%1”").arg(e.subject.trimmed());
        if (e.subject.trimmed().isEmpty())
            result.missing << ExercisesText::tr("%1 does not say what information is exchanged.").arg(what);
        if (e.frequency.trimmed().isEmpty())
            result.missing << ExercisesText::tr("%1 does not say how often.").arg(what);
        if (e.publicContact.isEmpty())
            result.missing << ExercisesText::tr("%1 has no contact for the administration.").arg(what);
        else if (!publicPeople.contains(e.publicContact))
            result.missing << ExercisesText::tr("%1: the administration's contact is not on its side of the day.").arg(what);
        if (e.holderContact.isEmpty())
            result.missing << ExercisesText::tr("%1 has no contact for the holder.").arg(what);
        else if (!holderPeople.contains(e.holderContact))
            result.missing << ExercisesText::tr("%1: the holder's contact is not on its side of the day.").arg(what);
    }
    if (escalation.trimmed().isEmpty())
        result.missing << ExercisesText::tr("No escalation path: who to turn to when a difficulty is not solved.");
    checkSignature(publicSide, publicPeople, ExercisesText::tr("the administration"), &result.publicSigned, result.missing);
    checkSignature(holderSide, holderPeople, ExercisesText::tr("the holder"), &result.holderSigned, result.missing);
    return result;
}

} // namespace Atelier::Tour
