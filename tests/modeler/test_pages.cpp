// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The workshop driven through the pages, as a facilitator would, then the file reopened.
#include "modelerfixture.h"

#include "modeler/prioritypage.h"
#include "modeler/roundspage.h"
#include "modeler/strategypage.h"
#include "modeler/workshop.h"
#include "widgets/entitytableeditor.h"
#include "widgets/entitytablemodel.h"

#include <QAction>
#include <QChart>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace Atelier;
using namespace Atelier::Modeler;

TEST_CASE("Rounds page: amendments are proposed in the current round and decided with the buttons", "[pages]")
{
    ModelerFixture f;
    Workshop::addDefaultRoles(f.ctx());
    const QString s = Workshop::createProposal(f.ctx(), QStringLiteral("Initiale"),
                                               {{QStringLiteral("object"), QStringLiteral("Cuisine")}});
    auto *rounds = f.find<RoundsPage>();
    rounds->selectScenario(s);
    CHECK(rounds->currentScenario() == s);
    auto *elements = f.find<EntityTableEditor>(QStringLiteral("elements"));
    auto *amendments = f.find<EntityTableEditor>(QStringLiteral("amendments"));
    CHECK(elements->model()->rowCount() == 1);
    f.find<QSpinBox>(QStringLiteral("round"))->setValue(2);
    amendments->addRowAction()->trigger();
    QCoreApplication::processEvents();
    REQUIRE(amendments->model()->rowCount() == 1);
    const QString id = amendments->model()->idAt(0);
    CHECK(f.ctx().store.value(Tables::amendment(), id, QStringLiteral("round")).toInt() == 2);
    REQUIRE(Edit::setValue(f.ctx(), Tables::amendment(), id, QStringLiteral("text"),
                           QStringLiteral("Une légumerie")));
    amendments->selectId(id);
    auto *accept = f.view->findChild<QAction *>(QStringLiteral("accept"));
    REQUIRE(accept);
    accept->trigger();
    CHECK(f.ctx().store.value(Tables::amendment(), id, QStringLiteral("status")).toString() ==
          QStringLiteral("accepted"));
    CHECK(elements->model()->rowCount() == 2);
}

TEST_CASE("Rounds page: the element an amendment names is chosen among its own scenario's elements",
          "[pages]")
{
    ModelerFixture f;
    auto &ctx = f.ctx();
    const QString a = Workshop::createProposal(ctx, QStringLiteral("A"),
                                               {{QStringLiteral("object"), QStringLiteral("Cuisine")},
                                                {QStringLiteral("need"), QStringLiteral("3 500 repas")},
                                                {QStringLiteral("impact"), QStringLiteral("Retiré")},
                                                {QStringLiteral("mode"), QStringLiteral("public_commons")}});
    Workshop::createProposal(ctx, QStringLiteral("B"),
                             {{QStringLiteral("object"), QStringLiteral("Légumerie")}});
    const QList<Row> elementsOfA = Workshop::currentElements(ctx, a);
    const QString cuisine = elementsOfA[0].value(QStringLiteral("id")).toString();
    const QString retired = elementsOfA[2].value(QStringLiteral("id")).toString();
    REQUIRE(Edit::setValue(ctx, Tables::element(), retired, QStringLiteral("removed"), 1));

    qobject_cast<QTabWidget *>(f.view.get())->setCurrentIndex(2);
    f.find<RoundsPage>()->selectScenario(a);
    auto *amendments = f.find<EntityTableEditor>(QStringLiteral("amendments"));
    amendments->addRowAction()->trigger();
    QCoreApplication::processEvents();
    REQUIRE(amendments->model()->rowCount() == 1);
    const QString amendment = amendments->currentId();
    REQUIRE(Edit::setValue(ctx, Tables::amendment(), amendment, QStringLiteral("action"),
                           QStringLiteral("change")));

    // The list of the "element amended" cell: nothing, then A's elements that still stand.
    QTableView *view = amendments->view();
    const QModelIndex cell =
        amendments->model()->index(0, amendments->model()->columnOf(QStringLiteral("element_id")));
    view->setCurrentIndex(cell);
    view->edit(cell);
    auto *choice = qobject_cast<QComboBox *>(view->indexWidget(cell));
    REQUIRE(choice);
    QStringList offered;
    for (int i = 0; i < choice->count(); ++i)
        offered << choice->itemText(i);
    // (an investment mode by its name, not by the key the project stores)
    CHECK(offered == QStringList{QString(), QStringLiteral("Cuisine"), QStringLiteral("3 500 repas"),
                                 QStringLiteral("public-commons partnership")});

    // Chosen there, it is recorded, and the group may accept the amendment.
    choice->setCurrentIndex(choice->findData(cuisine));
    QTest::keyClick(choice, Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(ctx.store.value(Tables::amendment(), amendment, QStringLiteral("element_id")).toString() ==
          cuisine);
    // The element brings its kind: the amendment now changes the object.
    CHECK(ctx.store.value(Tables::amendment(), amendment, QStringLiteral("kind")).toString() ==
          QStringLiteral("object"));
    // Another element, of another kind, in one undo step.
    const QString need = elementsOfA[1].value(QStringLiteral("id")).toString();
    REQUIRE(amendments->model()->setData(cell, need));
    CHECK(ctx.store.value(Tables::amendment(), amendment, QStringLiteral("kind")).toString() ==
          QStringLiteral("need"));
    const QString mode = elementsOfA[3].value(QStringLiteral("id")).toString();
    REQUIRE(amendments->model()->setData(cell, mode));
    CHECK(amendments->model()->data(cell).toString() == QStringLiteral("public-commons partnership"));
    ctx.undoStack.undo();
    ctx.undoStack.undo();
    CHECK(ctx.store.value(Tables::amendment(), amendment, QStringLiteral("element_id")).toString() ==
          cuisine);
    CHECK(ctx.store.value(Tables::amendment(), amendment, QStringLiteral("kind")).toString() ==
          QStringLiteral("object"));
    REQUIRE(Edit::setValue(ctx, Tables::amendment(), amendment, QStringLiteral("text"),
                           QStringLiteral("Cuisine neuve")));
    CHECK(Workshop::decide(ctx, amendment, true));
    CHECK(ctx.store.value(Tables::element(), cuisine, QStringLiteral("text")).toString() ==
          QStringLiteral("Cuisine neuve"));
}

TEST_CASE("Priorities page: typing a score in the grid records it and updates the ranking and chart",
          "[pages]")
{
    ModelerFixture f;
    const QString a = Workshop::createProposal(f.ctx(), QStringLiteral("A"), {});
    Workshop::createProposal(f.ctx(), QStringLiteral("B"), {});
    Workshop::addDefaultCriteria(f.ctx());
    QCoreApplication::processEvents();
    auto *page = f.find<PriorityPage>();
    QTableWidget *grid = page->scores();
    REQUIRE(grid->rowCount() == 2);
    REQUIRE(grid->columnCount() == 6);
    grid->item(0, 0)->setText(QStringLiteral("5"));
    QCoreApplication::processEvents();
    const QList<Workshop::Ranking> ranking = Workshop::rank(f.ctx());
    CHECK(ranking.first().scenarioId == a);
    CHECK(page->ranking()->item(0, 1)->text() == QStringLiteral("A"));
    CHECK(page->ranking()->item(0, 5)->text().contains(QStringLiteral("scores missing: 5")));
    CHECK(page->chart()->series().size() == 2);
    grid->item(1, 0)->setText(QStringLiteral("9")); // out of range: refused, the grid shows what is recorded
    QCoreApplication::processEvents();
    CHECK(page->scores()->item(1, 0)->text().isEmpty());
}

TEST_CASE("Priorities page: scores are typed like a spreadsheet, Tab moves right and Enter moves down",
          "[pages]")
{
    ModelerFixture f;
    auto &ctx = f.ctx();
    const QString a = Workshop::createProposal(ctx, QStringLiteral("A"), {});
    const QString b = Workshop::createProposal(ctx, QStringLiteral("B"), {});
    Workshop::addDefaultCriteria(ctx);
    qobject_cast<QTabWidget *>(f.view.get())->setCurrentIndex(3);
    QCoreApplication::processEvents();
    QTableWidget *grid = f.find<PriorityPage>()->scores();
    const QList<Row> criteria = ctx.store.rows(Tables::criterion());
    const auto score = [&](const QString &scenario, int criterion) {
        for (const Row &s : ctx.store.rows(Tables::score()))
            if (s.value(QStringLiteral("scenario_id")) == scenario &&
                s.value(QStringLiteral("criterion_id")) == criteria[criterion].value(QStringLiteral("id")))
                return s.value(QStringLiteral("value")).toInt();
        return -1;
    };
    const auto cursor = [&] { // "row,column" of the current cell
        return QStringLiteral("%1,%2").arg(grid->currentRow()).arg(grid->currentColumn());
    };

    // A digit typed on the first cell opens it; Tab records the score and opens the next cell.
    grid->setFocus();
    grid->setCurrentCell(0, 0);
    QTest::keyClicks(grid, QStringLiteral("4"));
    REQUIRE(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCoreApplication::processEvents(); // the grid shows what the store says, without moving
    CHECK(score(a, 0) == 4);
    CHECK(cursor() == QStringLiteral("0,1"));
    auto *next = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(next);
    QTest::keyClicks(next, QStringLiteral("2"));
    QTest::keyClick(next, Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(score(a, 1) == 2);
    CHECK(cursor() == QStringLiteral("1,1")); // Enter: the next scenario, same impact

    // On it goes from the grid itself.
    QTest::keyClicks(grid, QStringLiteral("5"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCoreApplication::processEvents();
    CHECK(score(b, 1) == 5);
    CHECK(cursor() == QStringLiteral("1,2"));
    CHECK(grid->item(0, 0)->text() == QStringLiteral("4"));
    CHECK(grid->item(1, 1)->text() == QStringLiteral("5"));

    // An undo shows in its cell; the cursor stays where the typing was going.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    f.undo().undo();
    QCoreApplication::processEvents();
    CHECK(grid->item(1, 1)->text().isEmpty());
    CHECK(cursor() == QStringLiteral("1,2"));
    // An impact renamed rebuilds the grid's headers; the cursor stays on its cell.
    REQUIRE(Edit::setValue(ctx, Tables::criterion(), criteria[0].value(QStringLiteral("id")).toString(),
                           QStringLiteral("name"), QStringLiteral("climat")));
    QCoreApplication::processEvents();
    CHECK(grid->horizontalHeaderItem(0)->text() == QStringLiteral("climat"));
    CHECK(grid->item(0, 0)->text() == QStringLiteral("4"));
    CHECK(cursor() == QStringLiteral("1,2"));
}

TEST_CASE("A whole workshop survives save and reopen; the strategy reaches the shared entities",
          "[pages][file]")
{
    QString doc;
    Workspace reopen;
    {
        ModelerFixture f;
        reopen.schema = f.ws.schema;
        Workshop::addDefaultRoles(f.ctx());
        Workshop::addDefaultCriteria(f.ctx());
        const QString s = Workshop::createProposal(f.ctx(), QStringLiteral("Initiale"),
                                                   {{QStringLiteral("object"), QStringLiteral("Cuisine")},
                                                    {QStringLiteral("mode"), QStringLiteral("grant")}});
        QCoreApplication::processEvents();
        auto *strategy = f.find<StrategyPage>();
        auto *translate = f.view->findChild<QPushButton *>(QStringLiteral("translate"));
        REQUIRE(strategy->scenarioChoice()->currentData().toString() == s);
        translate->click();
        CHECK(strategy->strategies()->model()->rowCount() == 1);
        CHECK(strategy->lines()->model()->rowCount() == 1);
        doc = f.ws.path(QStringLiteral("atelier.atelier"));
        QString error;
        REQUIRE(f.project->saveAs(doc, &error));
        REQUIRE(QFile::copy(doc, reopen.path(QStringLiteral("copie.atelier"))));
    }
    auto project = reopen.open(reopen.path(QStringLiteral("copie.atelier")));
    CHECK(project->store().count(QStringLiteral("role")) == 8);
    CHECK(project->store().count(QStringLiteral("scenario")) == 1);
    CHECK(project->store().count(QStringLiteral("strategy")) == 1);
    CHECK(
        project->store().rows(Entities::investmentLine()).first().value(QStringLiteral("mode")).toString() ==
        QStringLiteral("grant"));
}

/// A scroll area's viewport: the area itself carries the name.
static bool isViewport(QWidget *w)
{
    auto *area = qobject_cast<QAbstractScrollArea *>(w->parentWidget());
    return area && area->viewport() == w;
}

TEST_CASE("Every control of the modeler has an accessible name; tabs are reachable by keyboard",
          "[pages][a11y]")
{
    ModelerFixture f;
    auto *tabs = qobject_cast<QTabWidget *>(f.view.get());
    REQUIRE(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        for (QWidget *w : tabs->currentWidget()->findChildren<QWidget *>()) {
            if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus) || w->inherits("QToolButton") ||
                w->inherits("QScrollBar") || w->inherits("QHeaderView") || w->inherits("QPushButton") ||
                w->inherits("QTabBar") ||
                (w->parentWidget() && w->parentWidget()->inherits("QAbstractSpinBox")) || isViewport(w))
                continue;
            INFO(tabs->tabText(i).toStdString()
                 << ": " << w->metaObject()->className() << " in "
                 << w->parentWidget()->metaObject()->className() << " " << w->objectName().toStdString());
            CHECK_FALSE(w->accessibleName().isEmpty());
        }
    }
    // Ctrl+Tab walks the workshop's steps.
    tabs->setCurrentIndex(0);
    QTest::keyClick(tabs, Qt::Key_Tab, Qt::ControlModifier);
    CHECK(tabs->currentIndex() == 1);
}
