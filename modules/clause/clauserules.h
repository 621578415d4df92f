// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Atelier {
class LawTable;
}

namespace Atelier::Clause {

/// What the parties agreed in the charter, at the start, on how far the contract may evolve.
struct CharterLimits
{
    bool agreed = false; ///< a charter exists for the contract
    int maxIncreasePct = 0, maxDecreasePct = 0, maxDelayMonths = 0;
};

/// What the simulation needs of a contract.
struct ContractFacts
{
    qint64 initialCents = 0;    ///< the amount at notification
    qint64 currentCents = 0;    ///< after the modifications already decided
    QString nature;             ///< supplies, services or works
    int decidedDelayMonths = 0; ///< calendar shifts already decided under the clause
    /// The modifications already decided under R2194-8: R2194-9 adds the successive small
    /// modifications up (those under R2194-5 are not; nor are those of another basis, which the
    /// law allows on their own terms).
    qint64 decidedCountedCents = 0;
    /// The day the consultation was launched: the European thresholds of that day apply.
    QDate consultationDate;
    /// The consultation's date was not entered: the notification's is used instead.
    bool consultationDateFromNotification = false;
    bool wentThroughCao = false; ///< awarded after the commission d'appel d'offres (CGCT L1414-4)
};

/// A buyer's answer to one of the questions of the legal frame.
enum class Answer { Unanswered, Yes, No };

/// What the buyer answered about a scenario, for the bases that depend on facts only people know.
struct LegalAnswers
{
    // R2194-2, prestations supplémentaires.
    Answer servicesNecessary = Answer::Unanswered;
    Answer holderChangeImpossible = Answer::Unanswered; ///< for technical or economic reasons
    // R2194-7: a modification is substantial when any of these is yes.
    Answer attractsOtherBidders = Answer::Unanswered; ///< would have let other candidates in or won
    Answer shiftsBalanceToHolder = Answer::Unanswered;
    Answer changesObjectConsiderably = Answer::Unanswered;
    Answer replacesHolder = Answer::Unanswered;
};

/// What a scenario changes in figures.
struct ScenarioChange
{
    qint64 amountChangeCents = 0;
    int delayMonths = 0;
};

/// Under which rule of the public procurement code a modification of a running contract may be made.
enum class LegalFrame {
    ReviewClause,            ///< within the charter, a review clause of the contract (R2194-1)
    MinorChange,             ///< under 10 % (15 % for works) and the European threshold (R2194-8, R2194-9)
    SupplementaryServices,   ///< necessary, a change of holder impossible, ≤ 50 % (R2194-2, R2194-3)
    UnforeseenCircumstances, ///< circumstances a diligent buyer could not foresee, ≤ 50 % (R2194-5, R2194-3)
    NonSubstantial,          ///< none of the four criteria of R2194-7 (the buyer answered each)
    QuestionsPending,        ///< fits no other case; R2194-7's questions are not all answered
    NewProcedureNeeded,      ///< a substantial modification (R2194-7): the contract must be tendered again
    Impossible               ///< the figures cannot hold (an amount below zero, no amount known)
};

/// One point of the simulation's verdict, with why.
struct Check
{
    enum Level { Pass, Warning, Fail };
    Level level;
    QString text;
};

/// The simulation of one scenario: the contract after it, and whether the charter and the law allow it.
struct Assessment
{
    qint64 newAmountCents = 0;
    double changePct = 0; ///< the change of amount, cumulated since notification, in % of the initial amount
    int totalDelayMonths = 0;
    LegalFrame frame = LegalFrame::Impossible;
    bool withinCharter = false;
    bool caoOpinionNeeded = false; ///< CGCT L1414-4
    QList<Check> checks;

    bool allowed() const
    {
        return frame != LegalFrame::NewProcedureNeeded && frame != LegalFrame::Impossible &&
               frame != LegalFrame::QuestionsPending;
    }
};

/// The legal frame of a modification (seed §6: the buyer guarantees it), from the French public
/// procurement code (articles R2194-1 to R2194-9) and the CGCT (L1414-4), with the thresholds and
/// rates read from the dated law table (core/lawtable.h), never from constants here. A guide for the
/// dialogue, not legal advice: the buyer decides.
class Rules
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Clause::Rules)
public:
    /// The European threshold for the nature of a contract whose consultation was launched on `day`,
    /// excluding tax; -1 when the table has none for that day.
    static qint64 europeanThresholdCents(const LawTable &law, const QString &nature, const QDate &day);
    /// The share of the initial amount under which a modification is of small amount (R2194-8);
    /// -1 when the table has none.
    static int minorChangePct(const LawTable &law, const QString &nature);
    /// Whether a motive of activation is a circumstance the buyer could not foresee.
    static bool isUnforeseen(const QString &motive);

    static Assessment assess(const LawTable &law, const ContractFacts &contract, const CharterLimits &charter,
                             const ScenarioChange &change, bool unforeseen, const LegalAnswers &answers = {});
    /// The legal basis a decision cites, in the user's language.
    static QString legalBasis(LegalFrame frame);
    /// The frame in a few words (“review clause”, “new procedure needed”).
    static QString frameName(LegalFrame frame);
    /// The frame's stable key ("review_clause"), as stored with a decision; and back.
    static QString frameKey(LegalFrame frame);
    static LegalFrame frameFromKey(const QString &key, bool *ok = nullptr);
    /// The four criteria of R2194-7, as questions the buyer answers (in order of LegalAnswers).
    static QStringList substantialityQuestions();
};

} // namespace Atelier::Clause
