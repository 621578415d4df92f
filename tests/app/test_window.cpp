// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfixture.h"

#include "clause/clauseview.h"
#include "cockpit/checkpointspage.h"
#include "cockpit/cockpitview.h"
#include "core/entities.h"
#include "widgets/entitytableeditor.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>

using namespace Atelier;

TEST_CASE("The window opens on the welcome page, then a new project shows the Projet panel", "[window]")
{
    WindowFixture f;
    CHECK(f.window->currentPanelView() == nullptr);
    CHECK_FALSE(f.menuAction(QStringLiteral("File"), QStringLiteral("Save"))->isEnabled());
    REQUIRE(f.docs().newProject());
    QListWidget *navigator = f.window->navigator();
    REQUIRE(navigator->count() == 7);
    CHECK(navigator->item(0)->text() == QStringLiteral("Project"));
    CHECK(navigator->item(1)->text() == QStringLiteral("Strategic modeler"));
    CHECK(navigator->item(2)->text() == QStringLiteral("Strategy cockpit"));
    CHECK(navigator->item(3)->text() == QStringLiteral("Sourcing canvas"));
    CHECK(navigator->item(4)->text() == QStringLiteral("Evolutivity clause"));
    CHECK(navigator->item(5)->text() == QStringLiteral("Co-operator tour"));
    CHECK(navigator->item(6)->text() == QStringLiteral("Citizen jury"));
    CHECK_FALSE(navigator->item(0)->icon().isNull());
    REQUIRE(f.window->currentPanelView());
    CHECK(f.window->currentPanelView()->objectName() == QStringLiteral("projetView"));
    CHECK(f.window->windowTitle() == QStringLiteral("Untitled project[*] — Atelier Achat"));
    CHECK(f.menuAction(QStringLiteral("File"), QStringLiteral("Save"))->isEnabled());
}

TEST_CASE("Typing in a field marks the window modified; Edit > Undo names the action and clears it",
          "[window]")
{
    WindowFixture f;
    REQUIRE(f.docs().newProject());
    auto *title = f.find<QLineEdit>(QStringLiteral("title"));
    auto *state = f.find<QLabel>(QStringLiteral("stateLabel"));
    REQUIRE(title);
    CHECK_FALSE(f.window->isWindowModified());
    title->setFocus();
    typeText(title, QStringLiteral("Cantine bio"));
    QTest::keyClick(title, Qt::Key_Tab);
    CHECK(f.window->isWindowModified());
    CHECK(state->text().startsWith(QStringLiteral("Unsaved changes")));

    QAction *undo = f.menuAction(QStringLiteral("Edit"), QStringLiteral("Undo"));
    CHECK(undo->text() == QStringLiteral("Undo Rename project"));
    CHECK(undo->isEnabled());
    QTest::keyClick(f.window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(f.window->isWindowModified());
    CHECK(title->text().isEmpty());
    CHECK(state->text() == QStringLiteral("Saved"));
    QAction *redo = f.menuAction(QStringLiteral("Edit"), QStringLiteral("Redo"));
    CHECK(redo->text() == QStringLiteral("Redo Rename project"));
    redo->trigger();
    CHECK(title->text() == QStringLiteral("Cantine bio"));
    CHECK(f.window->isWindowModified());
}

TEST_CASE("Every menu command is reachable by keyboard", "[window][a11y]")
{
    WindowFixture f;
    for (const char *item : {"New project", "Open…", "Save", "Save As…", "Close", "Quit"})
        CHECK_FALSE(f.menuAction(QStringLiteral("File"), QString::fromUtf8(item))->shortcut().isEmpty());
    CHECK(f.menuAction(QStringLiteral("File"), QStringLiteral("Save As"))->shortcut() ==
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    CHECK(f.menuAction(QStringLiteral("Panels"), QStringLiteral("Project"))->shortcut() ==
          QKeySequence(Qt::CTRL | Qt::Key_1));
    for (QAction *top : f.window->menuBar()->actions())
        CHECK(top->text().contains(QLatin1Char('&'))); // Alt+letter opens every menu
}

TEST_CASE("Closing with unsaved changes asks; Cancel keeps the project, Discard closes it", "[window]")
{
    WindowFixture f;
    REQUIRE(f.docs().newProject());
    auto &ctx = f.project().context();
    REQUIRE(Edit::setValue(ctx, Entities::project(), ctx.store.projectId(), QStringLiteral("title"),
                           QStringLiteral("À garder")));
    QString asked;
    answerNextMessageBox(QString(), &asked, QMessageBox::Cancel);
    CHECK_FALSE(f.window->close());
    CHECK(asked.contains(QStringLiteral("À garder")));
    REQUIRE(f.docs().project());

    answerNextMessageBox(QString(), nullptr, QMessageBox::Discard);
    CHECK(f.window->close());
    CHECK(f.docs().project() == nullptr);
}

TEST_CASE("Text still being typed is recorded before the close question", "[window]")
{
    WindowFixture f;
    REQUIRE(f.docs().newProject());
    auto *origin = f.find<QPlainTextEdit>(QStringLiteral("origin"));
    REQUIRE(origin);
    origin->setFocus();
    typeText(origin, QStringLiteral("Tapé à l'instant"));
    QString asked;
    answerNextMessageBox(QString(), &asked, QMessageBox::Cancel);
    CHECK_FALSE(f.docs().close());
    CHECK_FALSE(asked.isEmpty());
    auto &ctx = f.project().context();
    CHECK(ctx.store.value(Entities::project(), ctx.store.projectId(), QStringLiteral("origin")).toString() ==
          QStringLiteral("Tapé à l'instant"));
}

TEST_CASE("From a checkpoint, the evolutivity clause of a contract opens in its panel", "[window][navigation]")
{
    WindowFixture f;
    REQUIRE(f.docs().newProject());
    ProjectContext &ctx = f.project().context();
    const QString strategy = Edit::addRow(ctx, Entities::strategy(), {{QStringLiteral("title"), QStringLiteral("Cantine")}});
    const QString line = Edit::addRow(ctx, Entities::investmentLine(), {{QStringLiteral("strategy_id"), strategy},
                                                                        {QStringLiteral("title"), QStringLiteral("Cuisine")}});
    const QString first = Edit::addRow(ctx, Entities::contract(), {{QStringLiteral("line_id"), line},
                                                                    {QStringLiteral("holder"), QStringLiteral("Nord-Sud")}});
    const QString second = Edit::addRow(ctx, Entities::contract(), {{QStringLiteral("line_id"), line},
                                                                     {QStringLiteral("holder"), QStringLiteral("Inox")}});
    const QString checkpoint = Edit::addRow(ctx, Entities::checkpoint(), {{QStringLiteral("title"), QStringLiteral("Point")}});
    const QString decision = Edit::addRow(ctx, Entities::decision(), {{QStringLiteral("checkpoint_id"), checkpoint},
                                                                      {QStringLiteral("contract_id"), second}});
    QListWidget *navigator = f.window->navigator();
    navigator->setCurrentRow(2);
    auto *cockpit = qobject_cast<Cockpit::CockpitView *>(f.window->currentPanelView());
    REQUIRE(cockpit);
    Cockpit::CheckpointsPage *page = cockpit->projectCheckpoints();
    REQUIRE(page->clauseAction()->isVisible());
    CHECK(page->clauseContracts() == QStringList{first, second});

    // The chosen decision's contract.
    page->checkpoints()->selectId(checkpoint);
    page->decisions()->selectId(decision);
    page->clauseAction()->trigger();
    CHECK(navigator->currentRow() == 4);
    auto *clause = qobject_cast<Clause::ClauseView *>(f.window->currentPanelView());
    REQUIRE(clause);
    CHECK(clause->contractId() == second);

    // Or any contract, from the menu.
    navigator->setCurrentRow(2);
    page->openClause(first);
    CHECK(navigator->currentRow() == 4);
    CHECK(clause->contractId() == first);
}
