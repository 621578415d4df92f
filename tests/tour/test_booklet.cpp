// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The discovery booklet, its answer key and the summary of the day, written headless and read back
// with poppler's tools; the A5 booklet's imposition checked sheet by sheet by folding it.
#include "tourfixture.h"

#include "../reports/pdftools.h"

#include "panelapi/panelreports.h"
#include "reports/pdfexport.h"
#include "reports/reportkinds.h"
#include "tour/tourdocuments.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Atelier;
using namespace Atelier::Tour;

namespace {

QString write(Reports::Document document, const QString &path)
{
    const Reports::PdfExport result = Reports::PdfExport::write(document, path);
    INFO(result.error.toStdString());
    REQUIRE(result.outcome == Reports::PdfExport::Written);
    return path;
}

/// The page number printed in the footer of the A5 page on one half of a landscape sheet's side (0:
/// nothing printed there, a blank; 1: the cover, which shows the contents instead).
int pageOnHalf(const QString &pdf, int side, bool right)
{
    const QString text = PdfTools::run(QStringLiteral("pdftotext"),
                                       {QStringLiteral("-f"), QString::number(side), QStringLiteral("-l"), QString::number(side),
                                        QStringLiteral("-x"), right ? QStringLiteral("421") : QStringLiteral("0"),
                                        QStringLiteral("-y"), QStringLiteral("0"), QStringLiteral("-W"), QStringLiteral("421"),
                                        QStringLiteral("-H"), QStringLiteral("596"), QStringLiteral("-layout")},
                                       pdf);
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Page (\\d+) of \\d+")).match(text);
    if (m.hasMatch())
        return m.captured(1).toInt();
    if (text.contains(QStringLiteral("Contents")))
        return 1;
    REQUIRE(text.trimmed().isEmpty());
    return 0;
}

} // namespace

TEST_CASE("The booklet as an A5 booklet: the printed sheets, folded, read in order", "[tour][booklet]")
{
    TourFixture f;
    const QString tour = f.plan();
    QTemporaryDir dir;
    Reports::Document document = TourDocuments::booklet(f.store(), tour, TourDocuments::Format::A5Booklet);
    const int pages = Reports::PagedRenderer(document).pageCount();
    const QString pdf = write(std::move(document), dir.filePath(QStringLiteral("booklet.pdf")));

    const int sheetsSides = PdfTools::info(pdf, QStringLiteral("Pages")).toInt();
    const int total = (pages + 3) / 4 * 4; // blanks make the booklet a multiple of four pages
    CHECK(sheetsSides == total / 2);
    CHECK(PdfTools::info(pdf, QStringLiteral("Page size")).startsWith(QStringLiteral("842 x 595 pts"))); // A4 landscape

    // What each half of each side shows, as printed.
    struct Side { int left, right; };
    QList<Side> sides;
    for (int s = 1; s <= sheetsSides; ++s)
        sides << Side{pageOnHalf(pdf, s, false), pageOnHalf(pdf, s, true)};
    // Stack the sheets (front, back, front, back…), fold them in the middle: the booklet reads the
    // right halves of the fronts and the left halves of the backs going in, then back out.
    QList<int> read;
    const int sheets = int(sides.size()) / 2;
    for (int s = 0; s < sheets; ++s)
        read << sides[2 * s].right << sides[2 * s + 1].left;
    for (int s = sheets - 1; s >= 0; --s)
        read << sides[2 * s + 1].right << sides[2 * s].left;
    QList<int> expected;
    for (int p = 1; p <= total; ++p)
        expected << (p <= pages ? p : 0);
    CHECK(read == expected);
}

TEST_CASE("The booklet in A4: the day first, every exercise, the people, nothing of the answers", "[tour][booklet]")
{
    TourFixture f;
    const QString tour = f.plan();
    QTemporaryDir dir;
    const QString pdf = write(TourDocuments::booklet(f.store(), tour, TourDocuments::Format::A4), dir.filePath(QStringLiteral("a4.pdf")));
    CHECK(PdfTools::info(pdf, QStringLiteral("Page size")).startsWith(QStringLiteral("595 x 842 pts")));
    const QString text = PdfTools::text(pdf, 0, false).simplified();
    const QStringList titles{QStringLiteral("The day"), QStringLiteral("Jeu de piste"), QStringLiteral("Les 10 mots de l'autre"),
                             QStringLiteral("Safari photos “outils et machines”"),
                             QStringLiteral("Quiz “le suivi administratif du marché”"),
                             QStringLiteral("Information-exchange agreement")};
    qsizetype at = text.indexOf(QStringLiteral("Agenda")); // the contents on the cover come first
    for (const QString &title : titles) {
        INFO(title.toStdString());
        const qsizetype found = text.indexOf(title, text.indexOf(QStringLiteral("Made with Atelier Achat")));
        CHECK(found >= 0);
    }
    CHECK(at > 0);
    for (const QString &name : {QStringLiteral("Sophie Arnaud"), QStringLiteral("Nadia Ferhat"), QStringLiteral("Mathilde Garnier"),
                                QStringLiteral("Samir Haddad")})
        CHECK(text.contains(name));
    CHECK_FALSE(text.contains(QStringLiteral("Marc Vidal")));
    // Every question and its answers are there; the explanations (which give the answer) are not.
    for (const QuizQuestion &q : TourStore::quiz(f.store(), tour)) {
        INFO(q.text.toStdString());
        CHECK(text.contains(q.text.simplified()));
        CHECK(text.contains(QStringLiteral("☐ %1. %2").arg(Quiz::letterOf(q.correct).toUpper(), q.choices[q.correct]).simplified()));
        CHECK_FALSE(text.contains(q.explanation.simplified().left(60)));
    }
    for (const Word &w : TourStore::words(f.store(), tour))
        CHECK(text.contains(w.word.section(QLatin1Char(' '), 0, 1))); // a cell may wrap a long one
}

TEST_CASE("The answer key gives each question's right answer with its article, and what each step expects", "[tour][booklet]")
{
    TourFixture f;
    const QString tour = f.plan();
    QTemporaryDir dir;
    const QString pdf = write(TourDocuments::answerKey(f.store(), tour, TourDocuments::Format::A4), dir.filePath(QStringLiteral("key.pdf")));
    const QString text = PdfTools::text(pdf, 0, false).simplified();
    CHECK_FALSE(text.contains(QStringLiteral("Contents"))); // no cover
    int n = 0;
    for (const QuizQuestion &q : TourStore::quiz(f.store(), tour)) {
        INFO(q.text.toStdString());
        const qsizetype question = text.indexOf(QStringLiteral("Question %1 ").arg(++n));
        REQUIRE(question >= 0);
        const QString answer = QStringLiteral("Answer %1: %2").arg(Quiz::letterOf(q.correct).toUpper(), q.choices[q.correct]).simplified();
        CHECK(text.indexOf(answer, question) > question);
        CHECK(text.contains(QStringLiteral("Source: %1").arg(q.article)));
    }
    for (const Row &s : TourStore::steps(f.store(), tour))
        CHECK(text.contains(Atelier::text(s, "expected").simplified().left(50)));
}

TEST_CASE("The summary of the day: one or two pages, the scores, the words corrected, the agreement signed", "[tour][summary]")
{
    TourFixture f;
    const QString tour = f.plan();
    const QList<QuizQuestion> quiz = TourStore::quiz(f.store(), tour);
    // The buyer answers every question right but the first; the welder answers two, one right.
    for (int i = 0; i < quiz.size(); ++i)
        f.add(Tables::quizAnswer(), {{QStringLiteral("question_id"), quiz[i].id}, {QStringLiteral("participant_id"), f.buyer},
                                     {QStringLiteral("chosen"), Quiz::letterOf(i == 0 ? (quiz[i].correct + 1) % 4 : quiz[i].correct)}});
    f.add(Tables::quizAnswer(), {{QStringLiteral("question_id"), quiz[0].id}, {QStringLiteral("participant_id"), f.welder},
                                 {QStringLiteral("chosen"), Quiz::letterOf(quiz[0].correct)}});
    f.add(Tables::quizAnswer(), {{QStringLiteral("question_id"), quiz[1].id}, {QStringLiteral("participant_id"), f.welder},
                                 {QStringLiteral("chosen"), Quiz::letterOf((quiz[1].correct + 2) % 4)}});
    const QString word = TourStore::words(f.store(), tour).first().id;
    REQUIRE(Edit::setValue(f.ctx(), Tables::word(), word, QStringLiteral("correction"), QStringLiteral("dit autrement chez nous")));
    for (const auto &[column, value] : {std::pair{"public_signer_id", f.buyer}, std::pair{"public_signed_on", QStringLiteral("2026-03-24")},
                                        std::pair{"holder_signer_id", f.director}, std::pair{"holder_signed_on", QStringLiteral("2026-03-24")}})
        REQUIRE(Edit::setValue(f.ctx(), Tables::tour(), tour, QLatin1String(column), value));
    for (const Exchange &e : TourStore::exchanges(f.store(), tour)) {
        REQUIRE(Edit::setValue(f.ctx(), Tables::exchange(), e.id, QStringLiteral("public_contact_id"), f.prescriber));
        REQUIRE(Edit::setValue(f.ctx(), Tables::exchange(), e.id, QStringLiteral("holder_contact_id"), f.welder));
    }
    REQUIRE(TourStore::agreement(f.store(), tour).missing.isEmpty());

    QTemporaryDir dir;
    const QString pdf = write(TourDocuments::summary(f.store(), tour), dir.filePath(QStringLiteral("summary.pdf")));
    const int pages = PdfTools::info(pdf, QStringLiteral("Pages")).toInt();
    CHECK(pages >= 1);
    CHECK(pages <= 2);
    const QString text = PdfTools::text(pdf, 0, true);
    const int n = int(quiz.size());
    CHECK(QRegularExpression(QStringLiteral("Sophie Arnaud\\s+the administration\\s+%1 / %2\\s+0\\b").arg(n - 1).arg(n)).match(text).hasMatch());
    CHECK(QRegularExpression(QStringLiteral("Samir Haddad\\s+the contract holder\\s+1 / %1\\s+%2\\b").arg(n).arg(n - 2)).match(text).hasMatch());
    CHECK_FALSE(text.contains(QStringLiteral("Nadia Ferhat        the"))); // no answer recorded: not listed
    const QString flat = text.simplified();
    CHECK(flat.contains(QStringLiteral("corrected on the day: dit autrement chez nous")));
    CHECK(flat.contains(QStringLiteral("Signed for the administration by Sophie Arnaud on 24 March 2026, and for the holder by "
                                       "Mathilde Garnier on 24 March 2026.")));

    // The roadmap carries the same summary, shorter.
    Reports::Document roadmap = writeReport(*Reports::ReportKinds::find(QStringLiteral("roadmap")), {&f.panel}, f.ctx());
    const QString road = roadmap.plainText().simplified();
    CHECK(road.contains(QStringLiteral("Co-operator tours")));
    CHECK(road.contains(QStringLiteral("Signed for the administration by Sophie Arnaud")));
}
