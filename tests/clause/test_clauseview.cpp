// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clausefixture.h"
#include "dialogs.h"

#include "clause/charterpage.h"
#include "clause/clausecase.h"
#include "clause/clausedecision.h"
#include "clause/clausereport.h"
#include "clause/clauseview.h"
#include "clause/consentgrid.h"
#include "clause/evolutionspage.h"
#include "clause/scenariospage.h"
#include "core/navigation.h"
#include "widgets/entitytableeditor.h"
#include "widgets/entitytablemodel.h"
#include "reports/reportwriter.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Atelier;
using namespace Atelier::Clause;

namespace {

QComboBox *stanceBox(ConsentGrid *grid, int row)
{
    return qobject_cast<QComboBox *>(grid->cellWidget(row, 1));
}

void choose(QComboBox *box, const QString &key)
{
    box->setCurrentIndex(box->findData(key));
    Q_EMIT box->activated(box->currentIndex());
}

} // namespace

TEST_CASE("The clause view lists the contracts and opens the one asked for", "[clause][view]")
{
    ClauseFixture f;
    const QString other = f.add(Entities::contract(), {{QStringLiteral("line_id"), f.line},
                                                       {QStringLiteral("holder"), QStringLiteral("Coopérative Inox")},
                                                       {QStringLiteral("amount_cents"), 18'000'000}});
    ClauseView view(f.ctx());
    view.resize(1280, 800);
    view.show();
    REQUIRE(view.contracts()->count() == 2);
    CHECK(view.contracts()->item(0)->text().contains(QStringLiteral("activation")));

    view.tabs()->setCurrentWidget(view.charter());
    view.showContract(other);
    CHECK(view.contractId() == other);
    CHECK(view.tabs()->currentWidget() == view.evolutions());
    CHECK(view.evolutions()->evolutions()->model()->rowCount() == 0);
    // The panel answers the navigation request the same way.
    f.panel.show(&view, Navigation::kEvolutivityClause, f.contract);
    CHECK(view.contractId() == f.contract);
    CHECK(view.evolutions()->evolutions()->model()->rowCount() == 1);
    CHECK(f.panel.destinations().contains(Navigation::kEvolutivityClause));
}

TEST_CASE("Drafting a charter and activating the clause", "[clause][view]")
{
    ClauseFixture f;
    const QString bare = f.add(Entities::contract(), {{QStringLiteral("line_id"), f.line},
                                                      {QStringLiteral("holder"), QStringLiteral("Coopérative Inox")},
                                                      {QStringLiteral("amount_cents"), 18'000'000}});
    ClauseView view(f.ctx());
    view.show();
    view.showContract(bare);
    CHECK(view.charter()->charterId().isEmpty());
    QTest::mouseClick(view.charter()->draftButton(), Qt::LeftButton);
    CHECK_FALSE(view.charter()->charterId().isEmpty());
    CHECK(view.charter()->limits()->model()->rowCount() == 1);

    // Activating opens the dialogue with a seat for each stakeholder of the seed, in one step.
    const int steps = f.project->undoStack().count();
    view.evolutions()->evolutions()->addRowAction()->trigger();
    CHECK(f.project->undoStack().count() == steps + 1);
    CHECK(view.evolutions()->evolutions()->model()->rowCount() == 1);
    CHECK(view.evolutions()->seats()->model()->rowCount() == ConsentRound::requiredRoles().size());
    f.project->undoStack().undo();
    CHECK(view.evolutions()->evolutions()->model()->rowCount() == 0);
    CHECK(f.store().rows(Tables::seat()).size() == f.seats.size());
}

TEST_CASE("Removing an activation from the view takes its scenarios, seats and stances along", "[clause][view]")
{
    ClauseFixture f;
    const QString a = f.scenario(QStringLiteral("A"), 1'000'000, 0);
    f.consentAll(a);
    ClauseView view(f.ctx());
    view.show();
    view.showContract(f.contract);
    EntityTableEditor *evolutions = view.evolutions()->evolutions();
    evolutions->selectId(f.evolution);
    const int steps = f.project->undoStack().count();
    evolutions->removeRowAction()->trigger();
    CHECK(f.project->undoStack().count() == steps + 1);
    CHECK(f.store().rows(Tables::evolution()).isEmpty());
    CHECK(f.store().rows(Tables::scenario()).isEmpty());
    CHECK(f.store().rows(Tables::seat()).isEmpty());
    CHECK(f.store().rows(Tables::stance()).isEmpty());
    f.project->undoStack().undo();
    CHECK(f.store().rows(Tables::stance()).size() == 5);
    CHECK(f.store().rows(Tables::seat()).size() == 5);
}

TEST_CASE("Simulating, seeking consent and recording the decision from the view", "[clause][view]")
{
    ClauseFixture f;
    const QString fair = f.scenario(QStringLiteral("Ouvrir à la Toussaint"), 6'800'000, 2);
    f.scenario(QStringLiteral("Cuisine provisoire"), 21'000'000, 0);
    ClauseView view(f.ctx());
    view.resize(1280, 800);
    view.show();
    view.showContract(f.contract);
    ScenariosPage *page = view.evolutions()->scenarios();
    page->scenarios()->selectId(fair);

    // Both scenarios side by side: the second is beyond the charter and not unforeseeable enough.
    QTableWidget *comparison = page->comparison();
    REQUIRE(comparison->rowCount() == 2);
    CHECK(comparison->item(0, 1)->text().contains(QStringLiteral("1,068,000.00")));
    CHECK(comparison->item(0, 4)->text() == Rules::frameName(LegalFrame::ReviewClause));
    CHECK(comparison->item(1, 4)->text() == Rules::frameName(LegalFrame::UnforeseenCircumstances));
    CHECK(page->verdict()->text().contains(QStringLiteral("R2194-1")));

    // The round: everyone consents but the jury, who objects with a reason.
    ConsentGrid *grid = page->consent();
    REQUIRE(grid->rowCount() == 5);
    for (int row = 0; row < 4; ++row) {
        choose(stanceBox(grid, row), QStringLiteral("consent"));
        QCoreApplication::processEvents();
    }
    choose(stanceBox(grid, 4), QStringLiteral("objection"));
    QCoreApplication::processEvents();
    auto *objection = qobject_cast<QLineEdit *>(grid->cellWidget(4, 2));
    REQUIRE(objection);
    CHECK(objection->isEnabled());
    objection->setText(QStringLiteral("Informer les familles"));
    Q_EMIT objection->editingFinished();
    QCoreApplication::processEvents();
    CHECK(ClauseCase::stances(f.store(), fair).value(f.seats.last()).objection == QStringLiteral("Informer les familles"));
    CHECK_FALSE(page->recordButton()->isEnabled());
    CHECK(page->consentOutcome()->text().contains(QStringLiteral("Informer les familles")));

    // The consent loop: the jury's objection is integrated into an amended scenario, shown at once,
    // whose round starts anew.
    REQUIRE(page->amendButton()->isEnabled());
    CHECK_FALSE(page->answersText()->isVisibleTo(page->simulationPage())); // a first proposal answers nothing
    QTest::mouseClick(page->amendButton(), Qt::LeftButton);
    QCoreApplication::processEvents();
    const QString amended = page->scenarios()->currentId();
    REQUIRE(amended != fair);
    CHECK(f.value(Tables::scenario(), amended, "title").toString() == QStringLiteral("Ouvrir à la Toussaint (amended)"));
    CHECK(page->answersText()->isVisibleTo(page->simulationPage()));
    CHECK(page->answersText()->text() ==
          QStringLiteral("This amended scenario answers the objection of the citizen jury: Informer les familles"));
    REQUIRE(comparison->rowCount() == 3);
    CHECK_FALSE(page->amendButton()->isEnabled()); // nobody objects to the amended one yet
    REQUIRE(grid->rowCount() == 5);
    for (int row = 0; row < 5; ++row) {
        CHECK(stanceBox(grid, row)->currentData().toString() == QStringLiteral("pending"));
        choose(stanceBox(grid, row), QStringLiteral("consent"));
        QCoreApplication::processEvents();
    }
    // Consent reached; the buyer's legal sign-off is still pending.
    CHECK_FALSE(page->recordButton()->isEnabled());
    CHECK(page->signOffText()->text() == QStringLiteral("Legal sign-off by the buyer: pending."));
    REQUIRE(page->signOffButton()->isEnabled());
    QTest::mouseClick(page->signOffButton(), Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(page->signOffText()->text().startsWith(QStringLiteral("Legal sign-off by the buyer: Player buyer, on ")));
    CHECK_FALSE(page->signOffButton()->isEnabled());
    CHECK(page->withdrawSignOffButton()->isVisibleTo(page->simulationPage()));

    // No objection stands, the frame is signed off: the decision can be recorded.
    REQUIRE(page->recordButton()->isEnabled());
    answerNextMessageBox({}, nullptr, QMessageBox::Yes);
    QTest::mouseClick(page->recordButton(), Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(f.value(Tables::evolution(), f.evolution, "chosen_scenario_id").toString() == amended);
    CHECK(f.value(Tables::evolution(), f.evolution, "status").toString() == QStringLiteral("decided"));
    CHECK(f.value(Entities::contract(), f.contract, "amount_cents").toLongLong() == 106'800'000);
    CHECK_FALSE(page->recordButton()->isEnabled());
    CHECK(page->consentOutcome()->text().contains(QStringLiteral("R2194-1")));
    CHECK(comparison->item(2, 0)->text().contains(QStringLiteral("decided")));
    QCoreApplication::processEvents();
    CHECK_FALSE(stanceBox(grid, 0)->isEnabled()); // the round of a decided activation is a record
}

TEST_CASE("The roadmap section lists the modifications decided and those in dialogue", "[clause][report]")
{
    ClauseFixture f;
    const QList<Reports::ReportSection> sections = Report::sections(f.ctx());
    REQUIRE(sections.size() == 1);
    CHECK(sections.first().id == QStringLiteral("clause.modifications"));
    const auto written = [&] {
        Reports::Writer writer({});
        sections.first().write(writer);
        return writer.plainText();
    };
    QString text = written();
    CHECK(text.contains(QStringLiteral("No modification decided under the clause so far.")));
    CHECK(text.contains(QStringLiteral("In dialogue since")));
    CHECK(text.contains(QStringLiteral("Atelier Nord-Sud")));

    const QString chosen = f.scenario(QStringLiteral("Ouvrir à la Toussaint"), 6'800'000, 2);
    f.consentAll(chosen);
    f.signOff(chosen);
    REQUIRE(ClauseDecision::record(f.ctx(), chosen, QDate(2026, 12, 10), nullptr));
    text = written();
    CHECK_FALSE(text.contains(QStringLiteral("In dialogue since")));
    CHECK(text.contains(QStringLiteral("Ouvrir à la Toussaint")));
    CHECK(text.contains(QStringLiteral("+€68,000.00")));
    CHECK(text.contains(QStringLiteral("R2194-1")));
    CHECK(text.contains(QStringLiteral("unforeseen technical difficulties")));
}
