// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projetfixture.h"

#include "widgets/entitytableeditor.h"
#include "widgets/entitytablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>

using namespace Atelier;

TEST_CASE("Add a participant by keyboard, choose a role, remove, undo", "[participants]")
{
    ProjetFixture f;
    qobject_cast<QTabWidget *>(f.view.get())->setCurrentIndex(1);
    auto *table = f.find<EntityTableEditor>(QStringLiteral("participants"));
    auto *summary = f.find<QLabel>(QStringLiteral("participantSummary"));
    REQUIRE(table);
    CHECK(summary->text().startsWith(QStringLiteral("No participant yet")));

    table->view()->setFocus();
    QTest::keyClick(table->view(), Qt::Key_Insert, Qt::ControlModifier);
    REQUIRE(table->model()->rowCount() == 1);
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(qobject_cast<QLineEdit *>(editor));
    typeText(editor, QStringLiteral("Hélène Castagné"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on the next turn of the event loop
    const QString id = table->model()->idAt(0);
    CHECK(f.ctx().store.value(Entities::participant(), id, QStringLiteral("name")).toString() ==
          QStringLiteral("Hélène Castagné"));

    // The role column offers the roles of the domain.
    const QModelIndex role = table->model()->index(0, table->model()->columnOf(QStringLiteral("role")));
    table->view()->setCurrentIndex(role);
    table->view()->edit(role);
    auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
    REQUIRE(combo);
    CHECK(combo->count() == 8);
    combo->setCurrentIndex(combo->findData(QStringLiteral("reservist_buyer")));
    QTest::keyClick(combo, Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(f.ctx().store.value(Entities::participant(), id, QStringLiteral("role")).toString() ==
          QStringLiteral("reservist_buyer"));
    CHECK(role.data().toString() == QStringLiteral("reservist buyer"));
    CHECK(summary->text().contains(QStringLiteral("reservist buyer: 1")));

    table->view()->setFocus();
    table->view()->selectRow(0);
    QTest::keyClick(table->view(), Qt::Key_Delete);
    CHECK(table->model()->rowCount() == 0);
    f.project->undoStack().undo();
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("Hélène Castagné"));
}

TEST_CASE("The participants model follows edits made elsewhere", "[participants]")
{
    ProjetFixture f;
    auto *table = f.find<EntityTableEditor>(QStringLiteral("participants"));
    const QString a =
        Edit::addRow(f.ctx(), Entities::participant(), {{QStringLiteral("name"), QStringLiteral("A")}});
    const QString b =
        Edit::addRow(f.ctx(), Entities::participant(), {{QStringLiteral("name"), QStringLiteral("B")}});
    REQUIRE(table->model()->rowCount() == 2);
    REQUIRE(
        Edit::setValue(f.ctx(), Entities::participant(), b, QStringLiteral("name"), QStringLiteral("Bea")));
    CHECK(table->model()->index(1, 0).data().toString() == QStringLiteral("Bea"));
    REQUIRE(Edit::removeRows(f.ctx(), Entities::participant(), {a}));
    f.project->undoStack().undo(); // A comes back at its place, before B
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("A"));
    CHECK(table->model()->index(1, 0).data().toString() == QStringLiteral("Bea"));
}
