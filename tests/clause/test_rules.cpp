// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "clause/clauserules.h"
#include "core/lawtable.h"

#include <catch2/catch.hpp>

using namespace Atelier;
using namespace Atelier::Clause;

// Every expected figure and message below is worked out by hand from ../shared/LAW.md and the shipped
// table (resources/law/thresholds.json), in the tests' locale (English, United States: €1,000.00 and
// 3/1/26 for 1 March 2026).

namespace {

const LawTable &shipped()
{
    static const LawTable law = LawTable::load(QString(), nullptr);
    return law;
}

ContractFacts facts(qint64 initial, const QString &nature = QStringLiteral("services"),
                    const QDate &consultation = QDate(2026, 3, 1))
{
    ContractFacts f;
    f.initialCents = initial;
    f.currentCents = initial;
    f.nature = nature;
    f.consultationDate = consultation;
    return f;
}

const CharterLimits kCharter{true, 15, 5, 6};
const CharterLimits kNoCharter{};

LegalAnswers substantiality(Answer bidders, Answer balance, Answer object, Answer holder)
{
    LegalAnswers a;
    a.attractsOtherBidders = bidders;
    a.shiftsBalanceToHolder = balance;
    a.changesObjectConsiderably = object;
    a.replacesHolder = holder;
    return a;
}

LegalAnswers supplementary(Answer necessary, Answer impossible)
{
    LegalAnswers a;
    a.servicesNecessary = necessary;
    a.holderChangeImpossible = impossible;
    return a;
}

bool says(const Assessment &a, Check::Level level, const QString &text)
{
    for (const Check &check : a.checks)
        if (check.level == level && check.text == text)
            return true;
    return false;
}

QString texts(const Assessment &a)
{
    QStringList out;
    for (const Check &check : a.checks)
        out << QString::number(check.level) + QStringLiteral(": ") + check.text;
    return out.join(QLatin1Char('\n'));
}

const QString kPending4 = QStringLiteral(
    "No other case applies. The modification may still be lawful if it is not substantial (R2194-7): the buyer "
    "answers the four questions before concluding (4 still unanswered).");

} // namespace

TEST_CASE("A scenario within the charter is a review clause whatever its amount", "[clause][rules]")
{
    const Assessment a = Rules::assess(shipped(), facts(100'000'000), kCharter, {12'000'000, 3}, false);
    CHECK(a.withinCharter);
    CHECK(a.frame == LegalFrame::ReviewClause);
    CHECK(a.allowed());
    CHECK(a.newAmountCents == 112'000'000);
    CHECK(a.changePct == Approx(12.0));
    CHECK(Rules::legalBasis(a.frame).contains(QStringLiteral("R2194-1")));
}

TEST_CASE("The charter's ceiling and floor, to the cent", "[clause][rules][boundaries]")
{
    struct Row
    {
        qint64 change;
        bool within;
        const char *message;
    };
    const Row rows[] = {
        // 15 % of 1 000 000 € is 150 000 €: the ceiling itself is within.
        {15'000'000, true, "Within the charter: 15.0 % since notification, calendar moved by 0 month(s) in all."},
        {15'000'001, false, "The amount would rise by 15.0 % since notification, beyond the charter's ceiling of 15 %."},
        // 5 % less is 50 000 €.
        {-5'000'000, true, "Within the charter: -5.0 % since notification, calendar moved by 0 month(s) in all."},
        {-5'000'001, false,
         "The amount would fall by 5.0 % since notification, beyond the charter's floor of 5 % that protects the "
         "company."},
    };
    for (const Row &row : rows) {
        INFO(row.change);
        const Assessment a = Rules::assess(shipped(), facts(100'000'000), kCharter, {row.change, 0}, false);
        INFO(texts(a).toStdString());
        CHECK(a.withinCharter == row.within);
        CHECK(says(a, row.within ? Check::Pass : Check::Fail, QString::fromUtf8(row.message)));
    }
    // The calendar: 6 months is the charter's longest delay.
    CHECK(Rules::assess(shipped(), facts(100'000'000), kCharter, {0, 6}, false).withinCharter);
    const Assessment late = Rules::assess(shipped(), facts(100'000'000), kCharter, {0, 7}, false);
    CHECK_FALSE(late.withinCharter);
    CHECK(says(late, Check::Fail, QStringLiteral("The calendar would move by 7 month(s) in all, beyond the charter's 6 month(s).")));
}

TEST_CASE("R2194-8: under 10 % (15 % for works) and under the European threshold, to the cent", "[clause][rules][boundaries]")
{
    struct Row
    {
        const char *nature;
        qint64 initial, change;
        LegalFrame frame;
        const char *message;
    };
    const Row rows[] = {
        // 10 % of 1 000 000 € is 100 000 €: one cent less is of small amount, 10 % itself is not.
        {"services", 100'000'000, 9'999'999, LegalFrame::MinorChange,
         "Of small amount: the modifications counted together (R2194-9: this one and those decided under R2194-8) come to "
         "€99,999.99, 10.0 % of the initial amount, under 10 % and under the European threshold of €216,000.00 for "
         "a consultation launched on 3/1/26 (R2194-8): allowed without further justification."},
        {"services", 100'000'000, 10'000'000, LegalFrame::QuestionsPending,
         "Not of small amount: the modifications counted together (R2194-9) come to €100,000.00, 10.0 % of the "
         "initial amount, not under 10 % (R2194-8)."},
        {"supplies", 100'000'000, -10'000'000, LegalFrame::QuestionsPending,
         "Not of small amount: the modifications counted together (R2194-9) come to (€100,000.00), -10.0 % of the "
         "initial amount, not under 10 % (R2194-8)."},
        // Works: 15 %.
        {"works", 100'000'000, 14'999'999, LegalFrame::MinorChange,
         "Of small amount: the modifications counted together (R2194-9: this one and those decided under R2194-8) come to "
         "€149,999.99, 15.0 % of the initial amount, under 15 % and under the European threshold of €5,404,000.00 "
         "for a consultation launched on 3/1/26 (R2194-8): allowed without further justification."},
        {"works", 100'000'000, 15'000'000, LegalFrame::QuestionsPending,
         "Not of small amount: the modifications counted together (R2194-9) come to €150,000.00, 15.0 % of the "
         "initial amount, not under 15 % (R2194-8)."},
        // 3 000 000 €: 216 000 € is 7.2 %, under 10 %, but the threshold itself is not under it.
        {"services", 300'000'000, 21'599'999, LegalFrame::MinorChange,
         "Of small amount: the modifications counted together (R2194-9: this one and those decided under R2194-8) come to "
         "€215,999.99, 7.2 % of the initial amount, under 10 % and under the European threshold of €216,000.00 for "
         "a consultation launched on 3/1/26 (R2194-8): allowed without further justification."},
        {"services", 300'000'000, 21'600'000, LegalFrame::QuestionsPending,
         "Not of small amount: the modifications counted together (R2194-9) come to €216,000.00, not under the "
         "European threshold of €216,000.00 for a consultation launched on 3/1/26 (R2194-8)."},
        // Works of 40 000 000 €: 5 404 000 € is 13.51 %, under 15 %.
        {"works", 4'000'000'000, 540'399'999, LegalFrame::MinorChange,
         "Of small amount: the modifications counted together (R2194-9: this one and those decided under R2194-8) come to "
         "€5,403,999.99, 13.5 % of the initial amount, under 15 % and under the European threshold of "
         "€5,404,000.00 for a consultation launched on 3/1/26 (R2194-8): allowed without further justification."},
        {"works", 4'000'000'000, 540'400'000, LegalFrame::QuestionsPending,
         "Not of small amount: the modifications counted together (R2194-9) come to €5,404,000.00, not under the "
         "European threshold of €5,404,000.00 for a consultation launched on 3/1/26 (R2194-8)."},
    };
    for (const Row &row : rows) {
        INFO(row.nature << " " << row.initial << " " << row.change);
        const Assessment a = Rules::assess(shipped(), facts(row.initial, QString::fromLatin1(row.nature)), kNoCharter,
                                           {row.change, 0}, false);
        INFO(texts(a).toStdString());
        CHECK(a.frame == row.frame);
        CHECK(says(a, row.frame == LegalFrame::MinorChange ? Check::Pass : Check::Warning, QString::fromUtf8(row.message)));
        if (row.frame == LegalFrame::QuestionsPending)
            CHECK(says(a, Check::Warning, kPending4));
    }
}

TEST_CASE("The European thresholds of the consultation's date apply, from the first day to the last", "[clause][rules][dates]")
{
    const QString services = QStringLiteral("services"), works = QStringLiteral("works");
    struct Row
    {
        QDate day;
        qint64 services, works; ///< -1: no value in the shipped table
    };
    const Row rows[] = {
        {QDate(2023, 12, 31), -1, -1},
        {QDate(2024, 1, 1), 221'000'00, 5'538'000'00},
        {QDate(2025, 12, 31), 221'000'00, 5'538'000'00},
        {QDate(2026, 1, 1), 216'000'00, 5'404'000'00},
        {QDate(2027, 12, 31), 216'000'00, 5'404'000'00},
        {QDate(2028, 1, 1), -1, -1},
    };
    for (const Row &row : rows) {
        INFO(row.day.toString(Qt::ISODate).toStdString());
        CHECK(Rules::europeanThresholdCents(shipped(), services, row.day) == row.services);
        CHECK(Rules::europeanThresholdCents(shipped(), QStringLiteral("supplies"), row.day) == row.services);
        CHECK(Rules::europeanThresholdCents(shipped(), works, row.day) == row.works);
    }
    // 218 000 € on a 3 000 000 € contract (7.3 %): of small amount under the 2024-2025 threshold
    // (221 000 €), not under the 2026-2027 one (216 000 €).
    const auto frameOn = [&](const QDate &day) {
        return Rules::assess(shipped(), facts(300'000'000, services, day), kNoCharter, {21'800'000, 0}, false).frame;
    };
    CHECK(frameOn(QDate(2024, 1, 1)) == LegalFrame::MinorChange);
    CHECK(frameOn(QDate(2025, 12, 31)) == LegalFrame::MinorChange);
    CHECK(frameOn(QDate(2026, 1, 1)) == LegalFrame::QuestionsPending);
    CHECK(frameOn(QDate(2027, 12, 31)) == LegalFrame::QuestionsPending);
    // A day the table does not cover: to be filled by the user, never guessed.
    const Assessment unknown =
        Rules::assess(shipped(), facts(300'000'000, services, QDate(2028, 1, 1)), kNoCharter, {1'000'00, 0}, false);
    CHECK(unknown.frame == LegalFrame::QuestionsPending);
    CHECK(says(unknown, Check::Warning,
               QStringLiteral("The law table has no European threshold (or no small-amount rate) for a consultation "
                              "launched on 1/1/28: to be filled by the user in %1. The small-amount case (R2194-8) "
                              "cannot be checked.")
                   .arg(LawTable::userFilePath())));
}

TEST_CASE("The consultation's date: the notification's when it is not entered, and said", "[clause][rules][dates]")
{
    ContractFacts f = facts(100'000'000, QStringLiteral("services"), QDate(2026, 2, 16));
    f.consultationDateFromNotification = true;
    const Assessment a = Rules::assess(shipped(), f, kNoCharter, {1'000'00, 0}, false);
    CHECK(a.frame == LegalFrame::MinorChange);
    CHECK(says(a, Check::Warning,
               QStringLiteral("The consultation's launch date is not entered: the notification date (2/16/26) is used "
                              "for the European threshold.")));
    const Assessment none = Rules::assess(shipped(), facts(100'000'000, QStringLiteral("services"), QDate()),
                                          kNoCharter, {1'000'00, 0}, false);
    CHECK(none.frame == LegalFrame::QuestionsPending);
    CHECK(says(none, Check::Warning,
               QStringLiteral("The consultation's date is not known: enter it with the contract so that the European "
                              "threshold of that day applies (R2194-8).")));
}

TEST_CASE("R2194-9: successive small modifications are added up, those under R2194-5 are not", "[clause][rules][boundaries]")
{
    // 6 % already decided under R2194-8: 3.999999 % more is 9.999999 %, 4 % more is 10 %.
    ContractFacts f = facts(100'000'000);
    f.currentCents = 106'000'000;
    f.decidedCountedCents = 6'000'000;
    CHECK(Rules::assess(shipped(), f, kNoCharter, {3'999'999, 0}, false).frame == LegalFrame::MinorChange);
    const Assessment a = Rules::assess(shipped(), f, kNoCharter, {4'000'000, 0}, false);
    CHECK(a.frame == LegalFrame::QuestionsPending);
    CHECK(says(a, Check::Warning,
               QStringLiteral("Not of small amount: the modifications counted together (R2194-9) come to "
                              "€100,000.00, 10.0 % of the initial amount, not under 10 % (R2194-8).")));
    // 30 % decided under R2194-5 is not counted (ClauseCase counts only those under R2194-8): 9 % more
    // is of small amount.
    ContractFacts g = facts(100'000'000);
    g.currentCents = 130'000'000;
    g.decidedCountedCents = 0;
    const Assessment b = Rules::assess(shipped(), g, kNoCharter, {9'000'000, 0}, false);
    CHECK(b.frame == LegalFrame::MinorChange);
    CHECK(b.changePct == Approx(39.0));
}

TEST_CASE("R2194-2 and R2194-3: supplementary services, a change of holder impossible, at most 50 %", "[clause][rules][boundaries]")
{
    const LegalAnswers both = supplementary(Answer::Yes, Answer::Yes);
    const Assessment half = Rules::assess(shipped(), facts(100'000'000), kNoCharter, {50'000'000, 0}, false, both);
    CHECK(half.frame == LegalFrame::SupplementaryServices);
    CHECK(half.allowed());
    CHECK(says(half, Check::Warning,
               QStringLiteral("Supplementary services (R2194-2): necessary, and a change of holder impossible for "
                              "technical or economic reasons, as the buyer answered; 50.0 % of the initial amount, "
                              "within the cap of 50 % (R2194-3). Keep the reasons in the file.")));
    CHECK(Rules::legalBasis(half.frame).contains(QStringLiteral("R2194-2")));
    const Assessment over = Rules::assess(shipped(), facts(100'000'000), kNoCharter, {50'000'001, 0}, false, both);
    CHECK(over.frame == LegalFrame::QuestionsPending);
    CHECK(says(over, Check::Fail,
               QStringLiteral("Supplementary services: this modification is 50.0 % of the initial amount, beyond the "
                              "cap of 50 % of each modification (R2194-3).")));
    // Both conditions: one answer alone is not enough.
    for (const LegalAnswers &one : {supplementary(Answer::Yes, Answer::No), supplementary(Answer::Yes, Answer::Unanswered),
                                    supplementary(Answer::Unanswered, Answer::Yes)})
        CHECK(Rules::assess(shipped(), facts(100'000'000), kNoCharter, {20'000'000, 0}, false, one).frame ==
              LegalFrame::QuestionsPending);
}

TEST_CASE("R2194-5 and R2194-3: unforeseeable circumstances allow at most half the initial amount", "[clause][rules][boundaries]")
{
    const Assessment half = Rules::assess(shipped(), facts(100'000'000), kNoCharter, {50'000'000, 0}, true);
    CHECK(half.frame == LegalFrame::UnforeseenCircumstances);
    CHECK(half.allowed());
    CHECK(says(half, Check::Warning,
               QStringLiteral("Possible only if the buyer shows that a diligent buyer could not foresee these "
                              "circumstances (R2194-5); each such modification is at most 50 % of the initial amount "
                              "(R2194-3).")));
    const Assessment over = Rules::assess(shipped(), facts(100'000'000), kNoCharter, {50'000'001, 0}, true);
    CHECK(over.frame == LegalFrame::QuestionsPending);
    CHECK(says(over, Check::Fail,
               QStringLiteral("Unforeseeable circumstances: this modification is 50.0 % of the initial amount, beyond "
                              "the cap of 50 % of each modification (R2194-3).")));
    // Not unforeseeable: a better offer is no ground.
    CHECK(Rules::assess(shipped(), facts(100'000'000), kNoCharter, {30'000'000, 0}, false).frame ==
          LegalFrame::QuestionsPending);
    CHECK(Rules::isUnforeseen(QStringLiteral("technical_difficulty")));
    CHECK_FALSE(Rules::isUnforeseen(QStringLiteral("better_offer")));
}

TEST_CASE("R2194-7: a modification that fits no other case is concluded only once the four questions are answered", "[clause][rules]")
{
    const auto assess = [](const LegalAnswers &answers) {
        return Rules::assess(shipped(), facts(100'000'000), kNoCharter, {30'000'000, 0}, false, answers);
    };
    CHECK(assess({}).frame == LegalFrame::QuestionsPending);
    CHECK_FALSE(assess({}).allowed());
    CHECK(says(assess({}), Check::Warning, kPending4));
    const Assessment three = assess(substantiality(Answer::No, Answer::No, Answer::No, Answer::Unanswered));
    CHECK(three.frame == LegalFrame::QuestionsPending);
    CHECK(says(three, Check::Warning,
               QStringLiteral("No other case applies. The modification may still be lawful if it is not substantial "
                              "(R2194-7): the buyer answers the four questions before concluding (1 still "
                              "unanswered).")));
    const Assessment lawful = assess(substantiality(Answer::No, Answer::No, Answer::No, Answer::No));
    CHECK(lawful.frame == LegalFrame::NonSubstantial);
    CHECK(lawful.allowed());
    CHECK(says(lawful, Check::Warning,
               QStringLiteral("Not substantial (R2194-7), as the buyer answered no to the four questions: lawful "
                              "whatever its amount. Keep the reasons of each answer in the file.")));
    const Assessment substantial = assess(substantiality(Answer::No, Answer::Unanswered, Answer::No, Answer::Yes));
    CHECK(substantial.frame == LegalFrame::NewProcedureNeeded);
    CHECK_FALSE(substantial.allowed());
    CHECK(says(substantial, Check::Fail,
               QStringLiteral("A substantial modification (R2194-7), as the buyer answered yes to: Does it replace the "
                              "holder by a new one? A new procurement procedure is needed.")));
    // Each criterion alone makes it substantial.
    const Answer Y = Answer::Yes, N = Answer::No;
    for (const LegalAnswers &one : {substantiality(Y, N, N, N), substantiality(N, Y, N, N), substantiality(N, N, Y, N),
                                    substantiality(N, N, N, Y)})
        CHECK(assess(one).frame == LegalFrame::NewProcedureNeeded);
    CHECK(Rules::substantialityQuestions().size() == 4);
}

TEST_CASE("CGCT L1414-4: more than 5 % on a contract that went through the CAO needs its opinion", "[clause][rules][boundaries]")
{
    ContractFacts f = facts(100'000'000);
    f.wentThroughCao = true;
    const QString reminder = QStringLiteral(
        "The contract went through the commission d'appel d'offres: this draft avenant raises the overall amount by "
        "5.0 % of the initial amount, more than 5 %, and needs the commission's opinion first (CGCT L1414-4).");
    const Assessment five = Rules::assess(shipped(), f, kCharter, {5'000'000, 0}, false);
    CHECK_FALSE(five.caoOpinionNeeded);
    CHECK_FALSE(says(five, Check::Warning, reminder));
    const Assessment more = Rules::assess(shipped(), f, kCharter, {5'000'001, 0}, false);
    CHECK(more.caoOpinionNeeded);
    CHECK(says(more, Check::Warning, reminder));
    CHECK(more.frame == LegalFrame::ReviewClause); // a reminder, not a refusal
    f.wentThroughCao = false;
    CHECK_FALSE(Rules::assess(shipped(), f, kCharter, {9'000'000, 0}, false).caoOpinionNeeded);
}

TEST_CASE("Impossible figures are refused with a reason", "[clause][rules]")
{
    Assessment a = Rules::assess(shipped(), facts(100'000'000), kCharter, {-150'000'000, 0}, false);
    CHECK(a.frame == LegalFrame::Impossible);
    CHECK_FALSE(a.allowed());
    REQUIRE(a.checks.size() == 1);
    CHECK(a.checks.first().text ==
          QStringLiteral("The amount cannot fall below zero: the contract is worth €1,000,000.00 now."));
    a = Rules::assess(shipped(), facts(0), kCharter, {1'000'00, 0}, false);
    CHECK(a.frame == LegalFrame::Impossible);
    CHECK(a.checks.first().text == QStringLiteral("The contract's amount is not known: enter it with the contract in "
                                                  "the cockpit before simulating."));
}

TEST_CASE("A frame's key is stored and read back", "[clause][rules]")
{
    for (LegalFrame f : {LegalFrame::ReviewClause, LegalFrame::MinorChange, LegalFrame::SupplementaryServices,
                         LegalFrame::UnforeseenCircumstances, LegalFrame::NonSubstantial, LegalFrame::QuestionsPending,
                         LegalFrame::NewProcedureNeeded, LegalFrame::Impossible}) {
        bool ok = false;
        CHECK(Rules::frameFromKey(Rules::frameKey(f), &ok) == f);
        CHECK(ok);
    }
    bool ok = true;
    Rules::frameFromKey(QStringLiteral("nonsense"), &ok);
    CHECK_FALSE(ok);
}
