// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A whole workshop driven through the modeler's widgets, as a facilitator would: cards, roles, the
// proposal, two rounds of amendments, a fork, scores, the strategy; then the file reopened, and the
// undo history walked back to the empty board.
#include "modelerfixture.h"

#include "modeler/boardgeometry.h"
#include "modeler/boardpage.h"
#include "modeler/boardscene.h"
#include "modeler/boardview.h"
#include "modeler/prioritypage.h"
#include "modeler/roundspage.h"
#include "modeler/strategypage.h"
#include "widgets/entitytableeditor.h"
#include "widgets/entitytablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

using namespace Atelier;
using namespace Atelier::Modeler;

namespace {
/// Adds a row through the table's own Add action, opens the `text` cell and types into it.
QString addTyped(EntityTableEditor *table, const QString &text)
{
    table->window()->activateWindow(); // back from a dialog
    REQUIRE(QTest::qWaitForWindowActive(table->window()));
    table->addRowAction()->trigger();
    QCoreApplication::processEvents();
    EntityTableModel *model = table->model();
    const QModelIndex cell =
        model->index(model->rowOf(table->currentId()), model->columnOf(QStringLiteral("text")));
    table->view()->setFocus();
    table->view()->setCurrentIndex(cell);
    table->view()->edit(cell);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(editor);
    typeText(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    return table->currentId();
}

/// Sets a cell as its delegate would (a choice or a reference picked in a list).
void pick(EntityTableEditor *table, const QString &id, const QString &column, const QVariant &value)
{
    EntityTableModel *model = table->model();
    REQUIRE(model->setData(model->index(model->rowOf(id), model->columnOf(column)), value));
}
} // namespace

TEST_CASE("A whole workshop through the widgets, saved, reopened, and undone to the empty board",
          "[endtoend]")
{
    ModelerFixture f;
    auto &ctx = f.ctx();
    auto *tabs = qobject_cast<QTabWidget *>(f.view.get());

    // 1. Landscape: a card in "needs", typed in place.
    auto *board = f.find<BoardPage>();
    QTest::mouseDClick(board->view()->viewport(), Qt::LeftButton, Qt::NoModifier,
                       board->view()->mapFromScene(Board::zoneRect(Family::Needs).center()));
    typeText(board->view()->viewport(), QStringLiteral("Moins de gaspillage"));
    QTest::keyClick(board->view()->viewport(), Qt::Key_Return);
    REQUIRE(ctx.store.count(QStringLiteral("card")) == 1);

    // 2. Roles: the seed's deck.
    tabs->setCurrentIndex(1);
    f.view->findChild<QAction *>(QStringLiteral("defaultRoles"))->trigger();
    REQUIRE(ctx.store.count(QStringLiteral("role")) == 8);
    const QString technician = ctx.store.rows(Tables::role()).first().value(QStringLiteral("id")).toString();

    // 3. The prescriber's proposal, with one more element typed in.
    tabs->setCurrentIndex(2);
    auto *rounds = f.find<RoundsPage>();
    answerNextInputDialog(QStringLiteral("Proposition initiale"));
    f.find<QPushButton>(QStringLiteral("newProposal"))->click();
    const QString proposal = rounds->currentScenario();
    REQUIRE_FALSE(proposal.isEmpty());
    auto *elements = f.find<EntityTableEditor>(QStringLiteral("elements"));
    const QString need = addTyped(elements, QStringLiteral("3 500 repas par jour"));
    pick(elements, need, QStringLiteral("kind"), QStringLiteral("need"));

    // Round 1: the technician adds an impact; the group accepts.
    auto *amendments = f.find<EntityTableEditor>(QStringLiteral("amendments"));
    auto *accept = f.view->findChild<QAction *>(QStringLiteral("accept"));
    const QString first = addTyped(amendments, QStringLiteral("Emploi agricole local"));
    pick(amendments, first, QStringLiteral("role_id"), technician);
    pick(amendments, first, QStringLiteral("kind"), QStringLiteral("impact"));
    amendments->selectId(first);
    accept->trigger();
    // Round 2: a change of the need, accepted.
    f.find<QSpinBox>(QStringLiteral("round"))->setValue(2);
    const QString second = addTyped(amendments, QStringLiteral("3 500 repas, 50 % durables"));
    pick(amendments, second, QStringLiteral("action"), QStringLiteral("change"));
    pick(amendments, second, QStringLiteral("element_id"), need);
    amendments->selectId(second);
    accept->trigger();
    CHECK(ctx.store.value(Tables::element(), need, QStringLiteral("text")).toString() ==
          QStringLiteral("3 500 repas, 50 % durables"));
    CHECK(ctx.store.value(Tables::amendment(), second, QStringLiteral("round")).toInt() == 2);

    // A fork of the accepted state.
    answerNextInputDialog(QStringLiteral("Variante"));
    f.find<QPushButton>(QStringLiteral("fork"))->click();
    REQUIRE(ctx.store.count(QStringLiteral("scenario")) == 2);

    // 4. Priorities: the usual impacts, one score typed in the grid.
    tabs->setCurrentIndex(3);
    f.view->findChild<QAction *>(QStringLiteral("usualImpacts"))->trigger();
    QCoreApplication::processEvents();
    auto *grid = f.find<PriorityPage>()->scores();
    REQUIRE(grid->rowCount() == 2);
    grid->item(1, 0)->setText(QStringLiteral("5"));
    QCoreApplication::processEvents();
    CHECK(ctx.store.count(QStringLiteral("score")) == 1);

    // 5. Strategy from the scenario the group retains: the scored variant, ranked first.
    tabs->setCurrentIndex(4);
    QComboBox *chosen = f.find<StrategyPage>()->scenarioChoice();
    const int variant = chosen->findText(QStringLiteral("1. Variante"));
    REQUIRE(variant >= 0);
    chosen->setCurrentIndex(variant);
    f.find<QPushButton>(QStringLiteral("translate"))->click();
    REQUIRE(ctx.store.count(QStringLiteral("strategy")) == 1);
    CHECK(ctx.store.rows(Entities::strategy()).first().value(QStringLiteral("title")).toString() ==
          QStringLiteral("Variante"));

    // Saved and reopened elsewhere: everything is there.
    QString error;
    const QString doc = f.ws.path(QStringLiteral("atelier-complet.atelier"));
    REQUIRE(f.project->saveAs(doc, &error));
    {
        Workspace other;
        other.schema = f.ws.schema;
        REQUIRE(QFile::copy(doc, other.path(QStringLiteral("copie.atelier"))));
        auto copy = other.open(other.path(QStringLiteral("copie.atelier")));
        for (const char *table : {"card", "role", "scenario", "element", "amendment", "criterion", "score",
                                  "strategy", "investment_line"})
            CHECK(copy->store().count(QLatin1String(table)) == ctx.store.count(QLatin1String(table)));
    }

    // Undo the whole workshop: the board is empty again, and so is everything else.
    while (f.undo().canUndo())
        f.undo().undo();
    CHECK(board->scene()->cardCount() == 0);
    for (const char *table :
         {"card", "role", "scenario", "element", "amendment", "criterion", "score", "strategy"})
        CHECK(ctx.store.count(QLatin1String(table)) == 0);
}
