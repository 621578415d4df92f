// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clauserules.h"

#include "core/format.h"
#include "core/lawtable.h"

#include <QLocale>

#include <cstdlib>

namespace Atelier::Clause {

namespace {

QString percent(double value)
{
    return QLocale().toString(value, 'f', 1) + QStringLiteral(" %");
}

double percentOf(qint64 part, qint64 whole)
{
    return 100.0 * double(part) / double(whole);
}

/// A rate of the law table, -1 when it has none.
int rate(const LawTable &law, const QString &key)
{
    const auto v = law.find(key);
    return v ? int(v->value) : -1;
}

struct Frame
{
    const LawTable &law;
    const ContractFacts &contract;
    const ScenarioChange &change;
    Assessment &a;

    void add(Check::Level level, const QString &text) { a.checks << Check{level, text}; }
    bool minorChange();
    bool capped(const char *what, int cap);
    bool supplementaryServices(const LegalAnswers &answers);
    bool unforeseenCircumstances(bool unforeseen);
    void substantiality(const LegalAnswers &answers);
    void caoOpinion();
};

bool Frame::minorChange()
{
    const int pct = Rules::minorChangePct(law, contract.nature);
    const QDate day = contract.consultationDate;
    if (!day.isValid()) {
        add(Check::Warning, Rules::tr("The consultation's date is not known: enter it with the contract so that "
                                      "the European threshold of that day applies (R2194-8)."));
        return false;
    }
    if (contract.consultationDateFromNotification)
        add(Check::Warning, Rules::tr("The consultation's launch date is not entered: the notification date (%1) "
                                      "is used for the European threshold.")
                                .arg(Format::date(day.toString(Qt::ISODate))));
    const qint64 threshold = Rules::europeanThresholdCents(law, contract.nature, day);
    if (threshold < 0 || pct < 0) {
        add(Check::Warning, Rules::tr("The law table has no European threshold (or no small-amount rate) for a "
                                      "consultation launched on %1: to be filled by the user in %2. The "
                                      "small-amount case (R2194-8) cannot be checked.")
                                .arg(Format::date(day.toString(Qt::ISODate)), LawTable::userFilePath()));
        return false;
    }
    // R2194-9: the successive small modifications are added up (those under R2194-5 are not).
    const qint64 counted = contract.decidedCountedCents + change.amountChangeCents;
    const qint64 size = std::llabs(counted);
    const QString amount = Format::money(counted);
    const QString share = percent(percentOf(counted, contract.initialCents));
    if (size * 100 >= qint64(pct) * contract.initialCents) {
        add(Check::Warning, Rules::tr("Not of small amount: the modifications counted together (R2194-9) come to "
                                      "%1, %2 of the initial amount, not under %3 % (R2194-8).")
                                .arg(amount, share)
                                .arg(pct));
        return false;
    }
    if (size >= threshold) {
        add(Check::Warning, Rules::tr("Not of small amount: the modifications counted together (R2194-9) come to "
                                      "%1, not under the European threshold of %2 for a consultation launched on "
                                      "%3 (R2194-8).")
                                .arg(amount, Format::money(threshold), Format::date(day.toString(Qt::ISODate))));
        return false;
    }
    a.frame = LegalFrame::MinorChange;
    add(Check::Pass, Rules::tr("Of small amount: the modifications counted together (R2194-9: this one and "
                               "those decided under R2194-8) come to %1, %2 of the initial amount, under %3 % and under the "
                               "European threshold of %4 for a consultation launched on %5 (R2194-8): allowed "
                               "without further justification.")
                         .arg(amount, share)
                         .arg(pct)
                         .arg(Format::money(threshold), Format::date(day.toString(Qt::ISODate))));
    return true;
}

/// Whether this modification stays within R2194-3's cap (each modification at most `cap` % of the
/// initial amount); says so when it does not.
bool Frame::capped(const char *what, int cap)
{
    if (cap < 0) {
        add(Check::Warning, Rules::tr("The law table has no cap for R2194-3: to be filled by the user in %1.")
                                .arg(LawTable::userFilePath()));
        return false;
    }
    if (std::llabs(change.amountChangeCents) * 100 <= qint64(cap) * contract.initialCents)
        return true;
    add(Check::Fail, Rules::tr("%1: this modification is %2 of the initial amount, beyond the cap of %3 % of each "
                               "modification (R2194-3).")
                         .arg(Rules::tr(what), percent(percentOf(std::llabs(change.amountChangeCents),
                                                                 contract.initialCents)))
                         .arg(cap));
    return false;
}

bool Frame::supplementaryServices(const LegalAnswers &answers)
{
    if (answers.servicesNecessary != Answer::Yes || answers.holderChangeImpossible != Answer::Yes ||
        change.amountChangeCents <= 0)
        return false;
    const int cap = rate(law, QStringLiteral("modification_cap"));
    if (!capped(QT_TRANSLATE_NOOP("Atelier::Clause::Rules", "Supplementary services"), cap))
        return false;
    a.frame = LegalFrame::SupplementaryServices;
    add(Check::Warning, Rules::tr("Supplementary services (R2194-2): necessary, and a change of holder impossible "
                                  "for technical or economic reasons, as the buyer answered; %1 of the initial "
                                  "amount, within the cap of %2 % (R2194-3). Keep the reasons in the file.")
                            .arg(percent(percentOf(change.amountChangeCents, contract.initialCents)))
                            .arg(cap));
    return true;
}

bool Frame::unforeseenCircumstances(bool unforeseen)
{
    if (!unforeseen)
        return false;
    const int cap = rate(law, QStringLiteral("modification_cap"));
    if (!capped(QT_TRANSLATE_NOOP("Atelier::Clause::Rules", "Unforeseeable circumstances"), cap))
        return false;
    a.frame = LegalFrame::UnforeseenCircumstances;
    add(Check::Warning, Rules::tr("Possible only if the buyer shows that a diligent buyer could not foresee these "
                                  "circumstances (R2194-5); each such modification is at most %1 % of the initial "
                                  "amount (R2194-3).")
                            .arg(cap));
    return true;
}

void Frame::substantiality(const LegalAnswers &answers)
{
    const QStringList questions = Rules::substantialityQuestions();
    const Answer given[] = {answers.attractsOtherBidders, answers.shiftsBalanceToHolder,
                            answers.changesObjectConsiderably, answers.replacesHolder};
    QStringList yes;
    int unanswered = 0;
    for (int i = 0; i < 4; ++i) {
        if (given[i] == Answer::Yes)
            yes << questions.at(i);
        unanswered += given[i] == Answer::Unanswered ? 1 : 0;
    }
    if (!yes.isEmpty()) {
        a.frame = LegalFrame::NewProcedureNeeded;
        add(Check::Fail, Rules::tr("A substantial modification (R2194-7), as the buyer answered yes to: %1 A new "
                                   "procurement procedure is needed.")
                             .arg(yes.join(QLatin1Char(' '))));
    } else if (unanswered > 0) {
        a.frame = LegalFrame::QuestionsPending;
        add(Check::Warning, Rules::tr("No other case applies. The modification may still be lawful if it is not "
                                      "substantial (R2194-7): the buyer answers the four questions before "
                                      "concluding (%n still unanswered).",
                                      nullptr, unanswered));
    } else {
        a.frame = LegalFrame::NonSubstantial;
        add(Check::Warning, Rules::tr("Not substantial (R2194-7), as the buyer answered no to the four questions: "
                                      "lawful whatever its amount. Keep the reasons of each answer in the file."));
    }
}

void Frame::caoOpinion()
{
    const int pct = rate(law, QStringLiteral("cao_opinion"));
    if (!contract.wentThroughCao || change.amountChangeCents <= 0)
        return;
    if (pct < 0) {
        add(Check::Warning, Rules::tr("The law table has no rate for the opinion of the commission d'appel d'offres "
                                      "(CGCT L1414-4): to be filled by the user in %1.")
                                .arg(LawTable::userFilePath()));
        return;
    }
    if (change.amountChangeCents * 100 <= qint64(pct) * contract.initialCents)
        return;
    a.caoOpinionNeeded = true;
    add(Check::Warning, Rules::tr("The contract went through the commission d'appel d'offres: this draft avenant "
                                  "raises the overall amount by %1 of the initial amount, more than %2 %, and needs "
                                  "the commission's opinion first (CGCT L1414-4).")
                            .arg(percent(percentOf(change.amountChangeCents, contract.initialCents)))
                            .arg(pct));
}

} // namespace

qint64 Rules::europeanThresholdCents(const LawTable &law, const QString &nature, const QDate &day)
{
    const QString key = nature == QLatin1String("works") ? QStringLiteral("european_threshold.local.works")
                                                         : QStringLiteral("european_threshold.local.supplies_services");
    const auto v = law.find(key, day);
    return v ? v->value : -1;
}

int Rules::minorChangePct(const LawTable &law, const QString &nature)
{
    return rate(law, nature == QLatin1String("works") ? QStringLiteral("minor_change.works")
                                                      : QStringLiteral("minor_change.supplies_services"));
}

bool Rules::isUnforeseen(const QString &motive)
{
    return motive == QLatin1String("context_change") || motive == QLatin1String("human_difficulty") ||
           motive == QLatin1String("financial_difficulty") || motive == QLatin1String("technical_difficulty");
}

QStringList Rules::substantialityQuestions()
{
    return {tr("Would it have let other candidates take part, or another offer win, had it been in the initial "
               "procedure?"),
            tr("Does it shift the contract's economic balance in favour of the holder?"),
            tr("Does it change the contract's object considerably?"),
            tr("Does it replace the holder by a new one?")};
}

Assessment Rules::assess(const LawTable &law, const ContractFacts &contract, const CharterLimits &charter,
                         const ScenarioChange &change, bool unforeseen, const LegalAnswers &answers)
{
    Assessment a;
    a.newAmountCents = contract.currentCents + change.amountChangeCents;
    a.totalDelayMonths = contract.decidedDelayMonths + change.delayMonths;
    if (contract.initialCents <= 0) {
        a.checks << Check{Check::Fail, tr("The contract's amount is not known: enter it with the contract in the "
                                          "cockpit before simulating.")};
        return a;
    }
    if (a.newAmountCents < 0) {
        a.checks << Check{Check::Fail, tr("The amount cannot fall below zero: the contract is worth %1 now.")
                                           .arg(Format::money(contract.currentCents))};
        return a;
    }
    const qint64 cumulated = a.newAmountCents - contract.initialCents;
    a.changePct = percentOf(cumulated, contract.initialCents);

    // The charter: what both parties agreed the contract may become.
    if (!charter.agreed) {
        a.checks << Check{Check::Warning, tr("No charter was agreed for this contract: the clause cannot serve "
                                             "as a review clause of the contract.")};
    } else {
        bool within = true;
        if (cumulated * 100 > qint64(charter.maxIncreasePct) * contract.initialCents) {
            within = false;
            a.checks << Check{Check::Fail, tr("The amount would rise by %1 since notification, beyond the "
                                              "charter's ceiling of %2 %.")
                                               .arg(percent(a.changePct))
                                               .arg(charter.maxIncreasePct)};
        } else if (-cumulated * 100 > qint64(charter.maxDecreasePct) * contract.initialCents) {
            within = false;
            a.checks << Check{Check::Fail, tr("The amount would fall by %1 since notification, beyond the "
                                              "charter's floor of %2 % that protects the company.")
                                               .arg(percent(-a.changePct))
                                               .arg(charter.maxDecreasePct)};
        }
        if (std::abs(a.totalDelayMonths) > charter.maxDelayMonths) {
            within = false;
            a.checks << Check{Check::Fail, tr("The calendar would move by %n month(s) in all, beyond the "
                                              "charter's %1.", nullptr, std::abs(a.totalDelayMonths))
                                               .arg(tr("%n month(s)", nullptr, charter.maxDelayMonths))};
        }
        if (within)
            a.checks << Check{Check::Pass, tr("Within the charter: %1 since notification, calendar moved by "
                                              "%n month(s) in all.", nullptr, std::abs(a.totalDelayMonths))
                                               .arg(percent(a.changePct))};
        a.withinCharter = within;
    }

    // The legal frame, from the most to the least secure basis.
    Frame frame{law, contract, change, a};
    if (a.withinCharter) {
        a.frame = LegalFrame::ReviewClause;
        a.checks << Check{Check::Pass, tr("The charter is a review clause of the initial contract (R2194-1): the "
                                          "modification is allowed whatever its amount, provided the overall "
                                          "nature of the contract does not change.")};
    } else if (!frame.minorChange() && !frame.supplementaryServices(answers) &&
               !frame.unforeseenCircumstances(unforeseen)) {
        frame.substantiality(answers);
    }
    frame.caoOpinion();
    return a;
}

QString Rules::legalBasis(LegalFrame frame)
{
    switch (frame) {
    case LegalFrame::ReviewClause:
        return tr("Public procurement code, art. R2194-1 (review clause: the evolutivity charter)");
    case LegalFrame::MinorChange:
        return tr("Public procurement code, art. R2194-8 and R2194-9 (modification of small amount)");
    case LegalFrame::SupplementaryServices:
        return tr("Public procurement code, art. R2194-2 and R2194-3 (supplementary services, a change of holder "
                  "being impossible)");
    case LegalFrame::UnforeseenCircumstances:
        return tr("Public procurement code, art. R2194-5 and R2194-3 (unforeseeable circumstances)");
    case LegalFrame::NonSubstantial:
        return tr("Public procurement code, art. R2194-7 (non-substantial modification)");
    case LegalFrame::QuestionsPending:
        return tr("Public procurement code, art. R2194-7 (to be determined: the four questions are not all "
                  "answered)");
    case LegalFrame::NewProcedureNeeded:
        return tr("Public procurement code, art. R2194-7 (substantial modification: a new procedure is needed)");
    case LegalFrame::Impossible:
        break;
    }
    return {};
}

QString Rules::frameName(LegalFrame frame)
{
    switch (frame) {
    case LegalFrame::ReviewClause:
        return tr("review clause");
    case LegalFrame::MinorChange:
        return tr("small amount");
    case LegalFrame::SupplementaryServices:
        return tr("supplementary services");
    case LegalFrame::UnforeseenCircumstances:
        return tr("unforeseeable, to be shown");
    case LegalFrame::NonSubstantial:
        return tr("not substantial");
    case LegalFrame::QuestionsPending:
        return tr("questions to answer");
    case LegalFrame::NewProcedureNeeded:
        return tr("new procedure needed");
    case LegalFrame::Impossible:
        return tr("impossible");
    }
    return {};
}

namespace {
const QList<QPair<LegalFrame, const char *>> kFrameKeys{
    {LegalFrame::ReviewClause, "review_clause"},
    {LegalFrame::MinorChange, "minor_change"},
    {LegalFrame::SupplementaryServices, "supplementary_services"},
    {LegalFrame::UnforeseenCircumstances, "unforeseen_circumstances"},
    {LegalFrame::NonSubstantial, "non_substantial"},
    {LegalFrame::QuestionsPending, "questions_pending"},
    {LegalFrame::NewProcedureNeeded, "new_procedure"},
    {LegalFrame::Impossible, "impossible"}};
} // namespace

QString Rules::frameKey(LegalFrame frame)
{
    for (const auto &[f, key] : kFrameKeys)
        if (f == frame)
            return QLatin1String(key);
    return {};
}

LegalFrame Rules::frameFromKey(const QString &key, bool *ok)
{
    for (const auto &[f, k] : kFrameKeys)
        if (key == QLatin1String(k)) {
            if (ok)
                *ok = true;
            return f;
        }
    if (ok)
        *ok = false;
    return LegalFrame::Impossible;
}

} // namespace Atelier::Clause
