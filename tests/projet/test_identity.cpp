// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projetfixture.h"

#include "widgets/entitytableeditor.h"
#include "widgets/entitytablemodel.h"
#include "widgets/moneyedit.h"

#include <QAction>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>

using namespace Atelier;

static QVariant stored(ProjetFixture &f, const char *column)
{
    return f.ctx().store.value(Entities::project(), f.ctx().store.projectId(), QLatin1String(column));
}

TEST_CASE("Typing a title records it, undo brings the field back", "[identity]")
{
    ProjetFixture f;
    auto *title = f.find<QLineEdit>(QStringLiteral("title"));
    REQUIRE(title);
    title->setFocus();
    typeText(title, QStringLiteral("Cantines de Valbrune"));
    QTest::keyClick(title, Qt::Key_Return);
    CHECK(stored(f, "title").toString() == QStringLiteral("Cantines de Valbrune"));
    CHECK(f.project->isModified());
    CHECK(f.project->undoStack().undoText() == QStringLiteral("Rename project"));
    f.project->undoStack().undo();
    CHECK(title->text().isEmpty());
    CHECK_FALSE(f.project->isModified());
}

TEST_CASE("An investigation answer is recorded when typing pauses or focus leaves, as one step", "[identity]")
{
    ProjetFixture f;
    auto *origin = f.find<QPlainTextEdit>(QStringLiteral("origin"));
    auto *title = f.find<QLineEdit>(QStringLiteral("title"));
    REQUIRE(origin);
    origin->setFocus();
    typeText(origin, QStringLiteral("La cuisine centrale "));
    QTest::qWait(900); // a pause: recorded
    CHECK(stored(f, "origin").toString() == QStringLiteral("La cuisine centrale "));
    typeText(origin, QStringLiteral("arrive en fin de vie."));
    title->setFocus(); // leaving records at once
    CHECK(stored(f, "origin").toString() == QStringLiteral("La cuisine centrale arrive en fin de vie."));
    CHECK(f.project->undoStack().count() == 1);
    CHECK(f.project->undoStack().undoText() == QStringLiteral("Edit project origin"));
    f.project->undoStack().undo();
    CHECK(origin->toPlainText().isEmpty());
}

TEST_CASE("The budget envelope is stored in cents", "[identity]")
{
    ProjetFixture f;
    auto *budget = f.find<MoneyEdit>(QStringLiteral("budget_envelope_cents"));
    REQUIRE(budget);
    budget->setFocus();
    budget->selectAll();
    typeText(budget, QStringLiteral("1480000.5"));
    QTest::keyClick(budget, Qt::Key_Return);
    CHECK(stored(f, "budget_envelope_cents").toLongLong() == 148000050);
    f.project->undoStack().undo();
    CHECK(budget->cents() == 0);
}

TEST_CASE("Key dates are added and edited in the table", "[identity]")
{
    ProjetFixture f;
    auto *dates = f.find<EntityTableEditor>(QStringLiteral("keyDates"));
    REQUIRE(dates);
    dates->addRowAction()->trigger();
    REQUIRE(dates->model()->rowCount() == 1);
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(qobject_cast<QLineEdit *>(editor));
    typeText(editor, QStringLiteral("Atelier de modélisation"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on the next turn of the event loop
    CHECK(f.ctx().store.rows(Entities::keyDate()).first().value(QStringLiteral("label")).toString() ==
          QStringLiteral("Atelier de modélisation"));
    const QModelIndex date = dates->model()->index(0, 1);
    REQUIRE(dates->model()->setData(date, QStringLiteral("2027-03-11")));
    CHECK(date.data().toString() == QStringLiteral("3/11/27"));
    CHECK(f.project->undoStack().undoText() == QStringLiteral("Change key date"));
}
