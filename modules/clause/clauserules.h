// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

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
    MinorChange,             ///< under 10 % (15 % for works) and the European threshold (R2194-8)
    UnforeseenCircumstances, ///< circumstances a diligent buyer could not foresee, ≤ 50 % (R2194-5)
    NewProcedureNeeded,      ///< a substantial modification: the contract must be tendered again (R2194-7)
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
    QList<Check> checks;

    bool allowed() const { return frame != LegalFrame::NewProcedureNeeded && frame != LegalFrame::Impossible; }
};

/// The legal frame of a modification (seed §6: the buyer guarantees it). Figures of the French
/// public procurement code (articles R2194-1 to R2194-9) and the European thresholds for local
/// authorities in force in 2026–2027. A guide for the dialogue, not legal advice: the buyer decides.
class Rules
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Clause::Rules)
public:
    /// The European threshold for the nature of a contract, excluding tax.
    static qint64 europeanThresholdCents(const QString &nature);
    /// The share of the initial amount under which a modification is minor: 15 % for works, else 10 %.
    static int minorChangePct(const QString &nature);
    /// Whether a motive of activation is a circumstance the buyer could not foresee.
    static bool isUnforeseen(const QString &motive);

    static Assessment assess(const ContractFacts &contract, const CharterLimits &charter,
                             const ScenarioChange &change, bool unforeseen);
    /// The legal basis a decision cites, in the user's language.
    static QString legalBasis(LegalFrame frame);
    /// The frame in a few words (“review clause”, “new procedure needed”).
    static QString frameName(LegalFrame frame);
};

} // namespace Atelier::Clause
