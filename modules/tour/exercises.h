// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The discovery booklet's exercises as plain values, and their rules: the ten words of each side,
// the quiz and its scores, the information-exchange agreement and its signatures.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Atelier::Tour {

/// The number of words each side explains to the other (“Les 10 mots de l'autre”).
inline constexpr int kWordsPerSide = 10;

struct Word
{
    QString id, side, word, definition, correction;
};

/// How the glossaries stand against the ten-word rule.
struct TenWordsCheck
{
    int publicWords = 0; ///< words (with a text) the administration explains
    int holderWords = 0; ///< words the holder explains
    QStringList problems; ///< in the user's language: a side with fewer or more than ten, a word undefined
    bool ok() const { return problems.isEmpty(); }
};

struct QuizQuestion
{
    QString id, text;
    QStringList choices; ///< A to D, "" when unused
    int correct = 0;     ///< 0 for A … 3 for D
    QString explanation, article;
};

struct QuizAnswer
{
    QString questionId, participantId;
    int chosen = -1; ///< -1: no answer
};

/// A participant's result: right answers out of the questions.
struct QuizScore
{
    QString participantId;
    int right = 0;
    int answered = 0;
    int questions = 0;
};

struct Exchange
{
    QString id, subject, channel, frequency, publicContact, holderContact;
};

struct Signature
{
    QString signerId;
    QDate date;
};

/// What the agreement still needs before both sides can sign it, and whether they did.
struct AgreementCheck
{
    QStringList missing; ///< in the user's language
    bool publicSigned = false;
    bool holderSigned = false;
    bool signedByBoth() const { return publicSigned && holderSigned; }
};

namespace TenWords {
TenWordsCheck check(const QList<Word> &words);
} // namespace TenWords

namespace Quiz {
/// "a" → 0 … "d" → 3; -1 for anything else.
int indexOf(const QString &letter);
QString letterOf(int index);
/// What makes a question unfit to print: its right answer empty, fewer than two answers, no
/// article cited.
QStringList problems(const QuizQuestion &question);
/// The score of each participant named, in that order (their answers to questions not in the quiz
/// are ignored).
QList<QuizScore> scores(const QList<QuizQuestion> &questions, const QList<QuizAnswer> &answers,
                        const QStringList &participants);
} // namespace Quiz

namespace Agreement {
/// `publicPeople` and `holderPeople`: the participants on each side of the day, with their names.
AgreementCheck check(const QList<Exchange> &exchanges, const QString &escalation, const Signature &publicSide,
                     const Signature &holderSide, const QHash<QString, QString> &publicPeople,
                     const QHash<QString, QString> &holderPeople);
} // namespace Agreement

struct ExercisesText
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Tour::Exercises)
};

} // namespace Atelier::Tour
