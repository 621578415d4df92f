// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Answers recorded per bidder and phase, the negotiation meeting, and the sheets read back from PDF.
#include "sourcingfixture.h"

#include "../reports/pdftools.h"

#include "reports/pdfexport.h"
#include "sourcing/gridstore.h"
#include "sourcing/negotiation.h"
#include "sourcing/sourcingdocuments.h"

using namespace Atelier;
using namespace Atelier::Sourcing;

namespace {

/// A grid of two questions (kilometres, lower is better, 10 points; a label, 5 points) and two
/// bidders, one shortlisted.
struct GridFixture : SourcingFixture
{
    QString env = add(Tables::impactSought(), {{QStringLiteral("name"), QStringLiteral("environnement")}});
    QString km = add(Tables::gridQuestion(), {{QStringLiteral("text"), QStringLiteral("Kilomètres parcourus par les légumes ?")},
                                               {QStringLiteral("criterion_id"), env},
                                               {QStringLiteral("answer_type"), QStringLiteral("number")},
                                               {QStringLiteral("unit"), QStringLiteral("km")},
                                               {QStringLiteral("weight"), 10},
                                               {QStringLiteral("ideal"), 50.0},
                                               {QStringLiteral("threshold"), 250.0},
                                               {QStringLiteral("higher_is_better"), 0}});
    QString label = add(Tables::gridQuestion(), {{QStringLiteral("text"), QStringLiteral("Produits labellisés bio ?")},
                                                  {QStringLiteral("answer_type"), QStringLiteral("yes_no")},
                                                  {QStringLiteral("weight"), 5}});
    QString loire = add(Tables::bidder(), {{QStringLiteral("name"), QStringLiteral("Terres de Loire")},
                                           {QStringLiteral("shortlisted"), 1}});
    QString group = add(Tables::bidder(), {{QStringLiteral("name"), QStringLiteral("Restauration Nationale")}});
};

double totalOf(const QList<BidderScore> &scores, const QString &bidderId)
{
    for (const BidderScore &s : scores)
        if (s.bidderId == bidderId)
            return s.total;
    FAIL("bidder not scored");
    return -1;
}

} // namespace

TEST_CASE("Answers per bidder and phase: the meeting revises, the tender stays", "[negotiation]")
{
    GridFixture f;
    REQUIRE(GridStore::setAnswer(f.ctx(), f.loire, f.km, Phase::Tender, QStringLiteral("150")));
    REQUIRE(GridStore::setAnswer(f.ctx(), f.loire, f.label, Phase::Tender, QStringLiteral("no")));
    REQUIRE(GridStore::setAnswer(f.ctx(), f.loire, f.km, Phase::Tender, QStringLiteral("200"))); // same row again
    CHECK(f.store().rows(Tables::answer()).size() == 2);
    REQUIRE(GridStore::setAnswer(f.ctx(), f.loire, f.km, Phase::Meeting, QStringLiteral("50")));
    const QList<GridQuestion> grid = GridStore::questions(f.store());
    REQUIRE(grid.size() == 2);
    CHECK(grid[0].impact == QStringLiteral("environnement"));
    CHECK_FALSE(grid[0].higherIsBetter);
    // Before: 200 km → (250 − 200) / 200 × 10 = 2.5; no label → 0. After: 50 km → 10; the label unchanged.
    CHECK(totalOf(Scoring::compare(grid, GridStore::bidders(f.store(), Phase::Tender)), f.loire) == Approx(2.5));
    CHECK(totalOf(Scoring::compare(grid, GridStore::bidders(f.store(), Phase::Meeting)), f.loire) == Approx(10));
    CHECK(GridStore::bidders(f.store(), Phase::Tender, true).size() == 1); // the shortlist only
    f.undo().undo(); // the revision goes; the tender's answer is still 200
    CHECK(totalOf(Scoring::compare(grid, GridStore::bidders(f.store(), Phase::Meeting)), f.loire) == Approx(2.5));
}

TEST_CASE("Answers imported from a CSV are one undo step", "[negotiation]")
{
    GridFixture f;
    const int steps = f.undo().count();
    REQUIRE(GridStore::importAnswers(f.ctx(), f.group, {{f.km, QStringLiteral("120"), -1}, {f.label, QStringLiteral("yes"), -1}}));
    CHECK(f.undo().count() == steps + 1);
    CHECK(f.store().rows(Tables::answer()).size() == 2);
    f.undo().undo();
    CHECK(f.store().rows(Tables::answer()).isEmpty());
}

TEST_CASE("Preparing a meeting lays out the five stages of the life cycle", "[negotiation]")
{
    GridFixture f;
    const int steps = f.undo().count();
    const QString meeting = Negotiation::prepare(f.ctx(), f.loire);
    REQUIRE_FALSE(meeting.isEmpty());
    CHECK(f.undo().count() == steps + 1);
    QStringList stages;
    for (const Row &t : f.store().rows(Tables::meetingTopic())) {
        CHECK(text(t, "meeting_id") == meeting);
        CHECK_FALSE(text(t, "title").isEmpty());
        stages << text(t, "topic");
    }
    CHECK(stages == QStringList{QStringLiteral("raw_material"), QStringLiteral("production_place"), QStringLiteral("transport"),
                                QStringLiteral("processing"), QStringLiteral("recycling")});
    CHECK(Negotiation::prepare(f.ctx(), f.loire).isEmpty()); // one meeting per bidder
    f.undo().undo();
    CHECK(f.store().rows(Tables::meetingTopic()).isEmpty());
    CHECK(f.store().rows(Tables::meeting()).isEmpty());
}

TEST_CASE("The negotiation sheet, read back from its PDF", "[negotiation][pdf]")
{
    GridFixture f;
    REQUIRE(GridStore::setAnswer(f.ctx(), f.loire, f.km, Phase::Tender, QStringLiteral("180")));
    const QString meeting = Negotiation::prepare(f.ctx(), f.loire);
    REQUIRE(Edit::setValue(f.ctx(), Tables::meeting(), meeting, QStringLiteral("company_constraints"),
                           QStringLiteral("Tournées de livraison mutualisées avec d'autres communes.")));
    const QString expert = f.add(Entities::participant(), {{QStringLiteral("name"), QStringLiteral("Claire Dufresne")},
                                                           {QStringLiteral("organisation"), QStringLiteral("Chambre d'agriculture")},
                                                           {QStringLiteral("role"), QStringLiteral("neutral_expert")}});
    f.add(Tables::meetingExpert(), {{QStringLiteral("meeting_id"), meeting}, {QStringLiteral("participant_id"), expert},
                                    {QStringLiteral("expertise"), QStringLiteral("maraîchage")}});
    REQUIRE(GridStore::setAnswer(f.ctx(), f.loire, f.km, Phase::Meeting, QStringLiteral("90")));

    QString error;
    std::optional<Reports::Document> sheet = SourcingDocuments::negotiationSheet(f.ctx(), QStringLiteral(" terres de loire "), &error);
    REQUIRE(sheet);
    const QString pdf = f.ws.path(QStringLiteral("sheet.pdf"));
    REQUIRE(Reports::PdfExport::write(*sheet, pdf).outcome == Reports::PdfExport::Written);
    const QString read = PdfTools::text(pdf, 0, false).simplified();
    CHECK(read.contains(QStringLiteral("Meeting with Terres de Loire")));
    CHECK(read.contains(QStringLiteral("Kilomètres parcourus par les légumes")));
    CHECK(read.contains(QStringLiteral("180 km")));
    CHECK(read.contains(QStringLiteral("(no answer)"))); // the label question
    CHECK(read.contains(QStringLiteral("Claire Dufresne")));
    CHECK(read.contains(QStringLiteral("maraîchage")));
    CHECK(read.contains(QStringLiteral("Where does the raw material come from")));
    CHECK(read.contains(QStringLiteral("recycling")));
    CHECK(read.contains(QStringLiteral("Tournées de livraison mutualisées")));
    CHECK(read.contains(QStringLiteral("90 km"))); // the estimate revised at the meeting
    CHECK(read.contains(QStringLiteral("reciprocity")));

    CHECK_FALSE(SourcingDocuments::negotiationSheet(f.ctx(), QStringLiteral("Inconnu"), &error));
    CHECK(error.contains(QStringLiteral("Inconnu")));
}

TEST_CASE("The question grid as a PDF for the tender documents", "[negotiation][pdf]")
{
    GridFixture f;
    Reports::Document grid = SourcingDocuments::grid(f.ctx());
    const QString pdf = f.ws.path(QStringLiteral("grid.pdf"));
    REQUIRE(Reports::PdfExport::write(grid, pdf).outcome == Reports::PdfExport::Written);
    const QString read = PdfTools::text(pdf, 0, false).simplified();
    INFO(read.toStdString());
    CHECK(read.contains(QStringLiteral("Kilomètres parcourus par les légumes")));
    CHECK(read.contains(QStringLiteral("Produits labellisés bio")));
    CHECK(read.contains(QStringLiteral("up to 15 point"))); // 10 + 5
    CHECK(read.contains(QStringLiteral("environnement")));
}

TEST_CASE("A hand score given at the meeting scores the tender's answer; a name two bidders share is refused", "[negotiation]")
{
    GridFixture f;
    const QString text = f.add(Tables::gridQuestion(), {{QStringLiteral("text"), QStringLiteral("Décrivez votre démarche")},
                                                         {QStringLiteral("answer_type"), QStringLiteral("text")},
                                                         {QStringLiteral("weight"), 10},
                                                         {QStringLiteral("scale_max"), 5}});
    REQUIRE(GridStore::setAnswer(f.ctx(), f.loire, text, Phase::Tender, QStringLiteral("Circuits courts")));
    REQUIRE(GridStore::setHandScore(f.ctx(), f.loire, text, Phase::Meeting, 4));
    const Row revised = GridStore::answerRow(f.store(), f.loire, text, Phase::Meeting);
    CHECK(Atelier::text(revised, "answer") == QStringLiteral("Circuits courts"));
    CHECK(revised.value(QStringLiteral("hand_score")).toInt() == 4);

    f.add(Tables::bidder(), {{QStringLiteral("name"), QStringLiteral("Terres de Loire")}});
    QString error;
    CHECK_FALSE(SourcingDocuments::negotiationSheet(f.ctx(), QStringLiteral("Terres de Loire"), &error));
    CHECK(error.contains(QStringLiteral("Several bidders")));
}
