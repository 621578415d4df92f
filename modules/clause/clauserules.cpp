// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clauserules.h"

#include "core/format.h"

#include <QLocale>

#include <cstdlib>

namespace Atelier::Clause {

namespace {

// European thresholds for local authorities, excluding tax, in force from 1 January 2026.
constexpr qint64 kSuppliesServicesThresholdCents = 216'000'00;
constexpr qint64 kWorksThresholdCents = 5'404'000'00;
// Each modification for unforeseen circumstances is at most half the initial amount (R2194-5, R2194-3).
constexpr int kUnforeseenPct = 50;

QString percent(double value)
{
    return QLocale().toString(value, 'f', 1) + QStringLiteral(" %");
}

} // namespace

qint64 Rules::europeanThresholdCents(const QString &nature)
{
    return nature == QLatin1String("works") ? kWorksThresholdCents : kSuppliesServicesThresholdCents;
}

int Rules::minorChangePct(const QString &nature)
{
    return nature == QLatin1String("works") ? 15 : 10;
}

bool Rules::isUnforeseen(const QString &motive)
{
    return motive == QLatin1String("context_change") || motive == QLatin1String("human_difficulty") ||
           motive == QLatin1String("financial_difficulty") || motive == QLatin1String("technical_difficulty");
}

Assessment Rules::assess(const ContractFacts &contract, const CharterLimits &charter, const ScenarioChange &change,
                         bool unforeseen)
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
    a.changePct = 100.0 * double(cumulated) / double(contract.initialCents);

    // The charter: what both parties agreed the contract may become.
    if (!charter.agreed) {
        a.checks << Check{Check::Warning, tr("No charter was agreed for this contract: the clause cannot serve "
                                             "as a review clause of the contract.")};
    } else {
        bool within = true;
        if (a.changePct > charter.maxIncreasePct) {
            within = false;
            a.checks << Check{Check::Fail, tr("The amount would rise by %1 since notification, beyond the "
                                              "charter's ceiling of %2 %.")
                                               .arg(percent(a.changePct))
                                               .arg(charter.maxIncreasePct)};
        } else if (-a.changePct > charter.maxDecreasePct) {
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
    const int minorPct = minorChangePct(contract.nature);
    const qint64 threshold = europeanThresholdCents(contract.nature);
    if (a.withinCharter) {
        a.frame = LegalFrame::ReviewClause;
        a.checks << Check{Check::Pass, tr("The charter is a review clause of the initial contract: the "
                                          "modification is allowed whatever its amount, provided the overall "
                                          "nature of the contract does not change.")};
    } else if (std::abs(a.changePct) < minorPct && std::llabs(cumulated) < threshold) {
        a.frame = LegalFrame::MinorChange;
        a.checks << Check{Check::Pass, tr("All modifications together stay under %1 % of the initial amount "
                                          "and under the European threshold (%2): allowed without further "
                                          "justification.")
                                           .arg(minorPct)
                                           .arg(Format::wholeMoney(threshold))};
    } else if (unforeseen &&
               std::llabs(change.amountChangeCents) * 100 <= qint64(kUnforeseenPct) * contract.initialCents) {
        a.frame = LegalFrame::UnforeseenCircumstances;
        a.checks << Check{Check::Warning, tr("Possible only if the buyer shows that a diligent buyer could not "
                                             "foresee these circumstances; each such modification is at most "
                                             "%1 % of the initial amount.")
                                              .arg(kUnforeseenPct)};
    } else {
        a.frame = LegalFrame::NewProcedureNeeded;
        a.checks << Check{Check::Fail, tr("A substantial modification: the contract cannot change this much; a "
                                          "new procurement procedure is needed.")};
    }
    return a;
}

QString Rules::legalBasis(LegalFrame frame)
{
    switch (frame) {
    case LegalFrame::ReviewClause:
        return tr("Public procurement code, art. R2194-1 (review clause: the evolutivity charter)");
    case LegalFrame::MinorChange:
        return tr("Public procurement code, art. R2194-8 (modification of small amount)");
    case LegalFrame::UnforeseenCircumstances:
        return tr("Public procurement code, art. R2194-5 (unforeseeable circumstances)");
    case LegalFrame::NewProcedureNeeded:
        return tr("Public procurement code, art. R2194-7 (substantial modification: not allowed)");
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
    case LegalFrame::UnforeseenCircumstances:
        return tr("unforeseeable, to be shown");
    case LegalFrame::NewProcedureNeeded:
        return tr("new procedure needed");
    case LegalFrame::Impossible:
        return tr("impossible");
    }
    return {};
}

} // namespace Atelier::Clause
