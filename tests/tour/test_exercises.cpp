// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The booklet's exercises: the ten-word rule, the quiz and its scores, the agreement and its
// signatures; a tour planned with its French defaults, undone in one step, removed with all it holds.
#include "tourfixture.h"

#include "tour/exercises.h"

#include <QRegularExpression>

using namespace Atelier;
using namespace Atelier::Tour;

namespace {

QList<Word> words(int publicCount, int holderCount)
{
    QList<Word> out;
    for (int i = 0; i < publicCount; ++i)
        out << Word{QString::number(i), QStringLiteral("public"), QStringLiteral("mot %1").arg(i), QStringLiteral("déf."), {}};
    for (int i = 0; i < holderCount; ++i)
        out << Word{QStringLiteral("h%1").arg(i), QStringLiteral("holder"), QStringLiteral("terme %1").arg(i), QStringLiteral("déf."), {}};
    return out;
}

} // namespace

TEST_CASE("Les 10 mots de l'autre: ten words a side, each defined", "[tour][words]")
{
    CHECK(TenWords::check(words(10, 10)).ok());

    const TenWordsCheck fewer = TenWords::check(words(10, 9));
    CHECK(fewer.publicWords == 10);
    CHECK(fewer.holderWords == 9);
    REQUIRE(fewer.problems.size() == 1);
    CHECK(fewer.problems[0] == QStringLiteral("The holder's words: 9 word(s) — 1 missing to make ten."));

    const TenWordsCheck more = TenWords::check(words(12, 10));
    REQUIRE(more.problems.size() == 1);
    CHECK(more.problems[0] == QStringLiteral("The administration's words: 12 word(s) — 2 too many: keep the ten that matter most."));

    QList<Word> list = words(10, 10);
    list[3].definition = QStringLiteral("  ");
    list << Word{QStringLiteral("blank"), QStringLiteral("holder"), QStringLiteral("   "), {}, {}}; // an empty line counts for nothing
    const TenWordsCheck undefined = TenWords::check(list);
    CHECK(undefined.holderWords == 10);
    CHECK(undefined.problems == QStringList{QStringLiteral("“mot 3” has no definition yet.")});

    CHECK(TenWords::check({}).problems.size() == 2); // both sides empty
}

TEST_CASE("Quiz: one point per right answer, blanks and foreign answers count for nothing", "[tour][quiz]")
{
    const QList<QuizQuestion> quiz{
        {QStringLiteral("q1"), QStringLiteral("?"), {QStringLiteral("30 jours"), QStringLiteral("45 jours"), {}, {}}, 0, {}, QStringLiteral("R2192-10")},
        {QStringLiteral("q2"), QStringLiteral("?"), {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), {}}, 2, {}, QStringLiteral("R2191-3")},
        {QStringLiteral("q3"), QStringLiteral("?"), {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}, 3, {}, QStringLiteral("R2193-10")}};
    const QList<QuizAnswer> answers{
        {QStringLiteral("q1"), QStringLiteral("anna"), 0},  // right
        {QStringLiteral("q2"), QStringLiteral("anna"), 2},  // right
        {QStringLiteral("q3"), QStringLiteral("anna"), 1},  // wrong
        {QStringLiteral("q1"), QStringLiteral("bob"), 1},   // wrong
        {QStringLiteral("q2"), QStringLiteral("bob"), -1},  // left blank
        {QStringLiteral("q3"), QStringLiteral("bob"), 3},   // right
        {QStringLiteral("q3"), QStringLiteral("bob"), 0},   // a second answer to q3: the first counts
        {QStringLiteral("gone"), QStringLiteral("bob"), 0}, // a question no longer in the quiz
    };
    const QList<QuizScore> scores = Quiz::scores(quiz, answers, {QStringLiteral("anna"), QStringLiteral("bob"), QStringLiteral("carl")});
    REQUIRE(scores.size() == 3);
    CHECK(scores[0].right == 2);
    CHECK(scores[0].answered == 3);
    CHECK(scores[1].right == 1);
    CHECK(scores[1].answered == 2);
    CHECK(scores[2].right == 0);
    CHECK(scores[2].answered == 0);
    CHECK(scores[2].questions == 3);

    CHECK(Quiz::problems(quiz[0]).isEmpty());
    QuizQuestion bad{QStringLiteral("x"), QStringLiteral("Question ?"), {QStringLiteral("seule réponse"), {}, {}, {}}, 2, {}, {}};
    CHECK(Quiz::problems(bad) == QStringList{QStringLiteral("A question needs at least two answers to choose from."),
                                             QStringLiteral("The right answer (C) is empty."),
                                             QStringLiteral("No article cited: say where the rule comes from.")});
    CHECK(Quiz::indexOf(QStringLiteral("d")) == 3);
    CHECK(Quiz::indexOf(QStringLiteral("e")) == -1);
    CHECK(Quiz::letterOf(1) == QStringLiteral("b"));
}

TEST_CASE("The agreement: exchanges with contacts of each side, an escalation path, signed by both", "[tour][agreement]")
{
    const QHash<QString, QString> town{{QStringLiteral("s"), QStringLiteral("Sophie")}};
    const QHash<QString, QString> coop{{QStringLiteral("m"), QStringLiteral("Mathilde")}};
    const QList<Exchange> lines{{QStringLiteral("1"), QStringLiteral("Factures"), QStringLiteral("email"), QStringLiteral("à chaque facture"),
                                 QStringLiteral("s"), QStringLiteral("m")}};
    const Signature sophie{QStringLiteral("s"), QDate(2026, 3, 24)}, mathilde{QStringLiteral("m"), QDate(2026, 3, 24)};

    const AgreementCheck complete = Agreement::check(lines, QStringLiteral("1. chefs de projet"), sophie, mathilde, town, coop);
    CHECK(complete.missing.isEmpty());
    CHECK(complete.signedByBoth());

    const AgreementCheck empty = Agreement::check({}, {}, {}, {}, town, coop);
    CHECK_FALSE(empty.publicSigned);
    CHECK_FALSE(empty.holderSigned);
    CHECK(empty.missing == QStringList{QStringLiteral("No exchange agreed yet: what information, by which channel, how often."),
                                       QStringLiteral("No escalation path: who to turn to when a difficulty is not solved."),
                                       QStringLiteral("Not yet signed for the administration."),
                                       QStringLiteral("Not yet signed for the holder.")});

    // The holder's signatory must be one of its people; a signature needs a date; contacts their side.
    const QList<Exchange> crossed{{QStringLiteral("1"), QStringLiteral("Factures"), QStringLiteral("email"), QString(),
                                   QStringLiteral("m"), QString()}};
    const AgreementCheck wrong = Agreement::check(crossed, QStringLiteral("x"), Signature{QStringLiteral("s"), {}},
                                                  Signature{QStringLiteral("s"), QDate(2026, 3, 24)}, town, coop);
    CHECK_FALSE(wrong.publicSigned);
    CHECK_FALSE(wrong.holderSigned);
    CHECK(wrong.missing == QStringList{QStringLiteral("“Factures” does not say how often."),
                                       QStringLiteral("“Factures”: the administration's contact is not on its side of the day."),
                                       QStringLiteral("“Factures” has no contact for the holder."),
                                       QStringLiteral("The date of the signature for the administration is missing."),
                                       QStringLiteral("The signatory for the holder is not one of its people on the day.")});
}

TEST_CASE("A tour planned for a contract: its people, and the booklet's French defaults", "[tour][plan]")
{
    TourFixture f;
    const int steps = f.undo().count();
    const QString tour = f.plan();
    CHECK(f.undo().count() == steps + 1); // one undo step
    CHECK(f.store().value(Tables::tour(), tour, QStringLiteral("tour_date")).toString() == QStringLiteral("2026-03-03"));
    QHash<QString, QString> sides;
    for (const Person &p : TourStore::people(f.store(), tour))
        sides.insert(p.name, p.side);
    // Buyers and prescribers for the town; the holder's people by its name, whatever the case; the
    // elected official and the other company are on no side.
    CHECK(sides == QHash<QString, QString>{{QStringLiteral("Sophie Arnaud"), QStringLiteral("public")},
                                           {QStringLiteral("Nadia Ferhat"), QStringLiteral("public")},
                                           {QStringLiteral("Mathilde Garnier"), QStringLiteral("holder")},
                                           {QStringLiteral("Samir Haddad"), QStringLiteral("holder")}});

    // The defaults: an agenda that holds together, ten words each, a quiz of at least 15 questions each
    // citing its article, a jeu de piste on both sides, exchanges and an escalation path.
    CHECK(Agenda::check(TourStore::slots(f.store(), tour)).isEmpty());
    CHECK(TenWords::check(TourStore::words(f.store(), tour)).ok());
    const QList<QuizQuestion> quiz = TourStore::quiz(f.store(), tour);
    CHECK(quiz.size() >= 15);
    int perLetter[4] = {0, 0, 0, 0};
    const QRegularExpression article(QStringLiteral("\\b(art\\.|[LRD]\\d{4}-\\d+)"));
    for (const QuizQuestion &q : quiz) {
        INFO(q.text.toStdString());
        CHECK(Quiz::problems(q).isEmpty());
        CHECK(article.match(q.article).hasMatch());
        ++perLetter[q.correct];
    }
    for (int n : perLetter)
        CHECK(n >= 2); // the right answer is not always in the same place
    int onSite[2] = {0, 0};
    for (const Row &s : TourStore::steps(f.store(), tour))
        ++onSite[text(s, "host") == QLatin1String("holder") ? 1 : 0];
    CHECK(onSite[0] >= 3);
    CHECK(onSite[1] >= 3);
    CHECK(TourStore::exchanges(f.store(), tour).size() >= 4);
    CHECK_FALSE(f.store().value(Tables::tour(), tour, QStringLiteral("escalation")).toString().isEmpty());

    // A contract has one tour.
    CHECK(prepare(f.ctx(), f.contract).isEmpty());

    f.undo().undo();
    CHECK(f.store().rows(Tables::tour()).isEmpty());
    CHECK(f.store().rows(Tables::quizQuestion()).isEmpty());
    CHECK(f.store().rows(Tables::person()).isEmpty());
}

TEST_CASE("Removing a tour takes all it holds in one step, and undo brings it all back", "[tour][plan]")
{
    TourFixture f;
    const QString tour = f.plan();
    const QString q = TourStore::quiz(f.store(), tour).first().id;
    f.add(Tables::quizAnswer(), {{QStringLiteral("question_id"), q}, {QStringLiteral("participant_id"), f.buyer},
                                 {QStringLiteral("chosen"), QStringLiteral("a")}});
    const int words = f.rowsOf(Tables::word(), "tour_id", tour);
    REQUIRE(remove(f.ctx(), tour));
    for (const TableInfo *t : {&Tables::tour(), &Tables::person(), &Tables::slot(), &Tables::step(), &Tables::word(),
                               &Tables::quizQuestion(), &Tables::quizAnswer(), &Tables::exchange()})
        CHECK(f.store().rows(*t).isEmpty());
    CHECK(f.store().rows(Entities::participant()).size() == 6); // the people stay in the project
    f.undo().undo();
    CHECK(f.store().rows(Tables::tour()).size() == 1);
    CHECK(f.rowsOf(Tables::word(), "tour_id", tour) == words);
    CHECK(f.store().rows(Tables::quizAnswer()).size() == 1);
}
