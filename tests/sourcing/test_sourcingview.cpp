// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The panel driven as a buyer would: typing in the search, keys on the chapters, answers typed
// into the bidder's table, the meeting prepared with a click.
#include "sourcingfixture.h"
#include "typing.h"

#include "sourcing/answerstable.h"
#include "sourcing/bidderspage.h"
#include "sourcing/canvaspage.h"
#include "sourcing/comparisonview.h"
#include "sourcing/entryform.h"
#include "sourcing/gridpage.h"
#include "sourcing/negotiationpage.h"
#include "sourcing/sourcingview.h"
#include "widgets/entitytableeditor.h"
#include "widgets/entitytablemodel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Atelier;
using namespace Atelier::Sourcing;

namespace {

/// The panel on screen, its window active (keys go where focus is).
void showActive(SourcingView &view)
{
    view.resize(1280, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
}

} // namespace

TEST_CASE("Typing in the search finds entries as you type; Enter opens one", "[sourcingview]")
{
    SourcingFixture f;
    const QString actors = f.chapter(QStringLiteral("Acteurs"), QStringLiteral("actors"));
    const QString lessons = f.chapter(QStringLiteral("Retours d'expérience"), QStringLiteral("lessons"));
    f.entry(actors, QStringLiteral("actor"), QStringLiteral("ESAT des Coteaux"));
    const QString reuse = f.entry(lessons, QStringLiteral("lesson"), QStringLiteral("Réemploi des bacs gastronormes"));
    SourcingView view(f.ctx());
    showActive(view);
    CanvasPage *canvas = view.canvas();
    CHECK(canvas->entries()->model()->rowCount() == 1); // the first chapter is open

    canvas->searchField()->setFocus();
    typeText(canvas->searchField(), QStringLiteral("ree"));
    REQUIRE(canvas->results()->count() == 1);
    CHECK(canvas->results()->item(0)->text().contains(QStringLiteral("Réemploi des bacs gastronormes")));
    CHECK(canvas->form()->entryId() == reuse); // the first hit is shown in full
    typeText(canvas->searchField(), QStringLiteral("xyz"));
    CHECK(canvas->results()->count() == 0);
    QTest::keyClick(canvas->searchField(), Qt::Key_Backspace);
    QTest::keyClick(canvas->searchField(), Qt::Key_Backspace);
    QTest::keyClick(canvas->searchField(), Qt::Key_Backspace);
    REQUIRE(canvas->results()->count() == 1);
    canvas->results()->setFocus();
    QTest::keyClick(canvas->results(), Qt::Key_Return);
    CHECK(canvas->searchField()->text().isEmpty());
    CHECK(canvas->chapters()->currentId() == lessons);
    CHECK(canvas->entries()->currentId() == reuse);
    CHECK(canvas->form()->findChild<QLabel *>(QStringLiteral("entryHeading"))->text() ==
          QStringLiteral("Réemploi des bacs gastronormes"));
}

TEST_CASE("Chapters: started, reordered with Ctrl+Down, renamed in place, undone", "[sourcingview]")
{
    SourcingFixture f;
    SourcingView view(f.ctx());
    showActive(view);
    CanvasPage *canvas = view.canvas();
    auto *start = canvas->findChild<QPushButton *>(QStringLiteral("startCanvas"));
    REQUIRE(start->isVisible());
    QTest::mouseClick(start, Qt::LeftButton);
    EntityTableModel *chapters = canvas->chapters()->model();
    REQUIRE(chapters->rowCount() == 4);
    CHECK_FALSE(start->isVisible());
    const QString first = chapters->idAt(0);
    canvas->chapters()->selectId(first);
    canvas->chapters()->view()->setFocus();
    CHECK(QApplication::focusWidget() == canvas->chapters()->view());
    QTest::keyClick(canvas->chapters()->view(), Qt::Key_Down, Qt::ControlModifier);
    CHECK(chapters->idAt(1) == first);
    CHECK(canvas->chapters()->currentId() == first);

    const QModelIndex title = chapters->index(chapters->rowOf(first), chapters->columnOf(QStringLiteral("title")));
    canvas->chapters()->view()->setCurrentIndex(title);
    canvas->chapters()->view()->edit(title);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(editor);
    editor->selectAll();
    typeText(editor, QStringLiteral("Acteurs du territoire"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on the next turn of the event loop
    CHECK(f.value(Tables::chapter(), first, "title").toString() == QStringLiteral("Acteurs du territoire"));
    f.undo().undo();
    f.undo().undo();
    CHECK(chapters->idAt(0) == first);
}

TEST_CASE("The workshop's questions join the canvas with one click", "[sourcingview]")
{
    SourcingFixture f;
    f.add(Entities::sourcingQuestion(), {{QStringLiteral("text"), QStringLiteral("Quels producteurs à moins de 80 km ?")},
                                         {QStringLiteral("origin"), QStringLiteral("atelier de modélisation")}});
    SourcingView view(f.ctx());
    showActive(view);
    auto *banner = view.canvas()->findChild<QLabel *>(QStringLiteral("workshopQuestions"));
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("1 question")));
    QTest::mouseClick(view.canvas()->findChild<QPushButton *>(QStringLiteral("addWorkshopQuestions")), Qt::LeftButton);
    const QList<Row> entries = f.store().rows(Tables::entry());
    REQUIRE(entries.size() == 1);
    CHECK(text(entries[0], "kind") == QStringLiteral("question"));
    CHECK(text(entries[0], "origin_project") == QStringLiteral("atelier de modélisation"));
    CHECK_FALSE(banner->isVisible());
    // ...and from the canvas into the grid.
    view.tabs()->setCurrentWidget(view.grid());
    QTest::mouseClick(view.grid()->findChild<QPushButton *>(QStringLiteral("addCanvasQuestions")), Qt::LeftButton);
    REQUIRE(f.store().rows(Tables::gridQuestion()).size() == 1);
    CHECK(text(f.store().rows(Tables::gridQuestion())[0], "text") == QStringLiteral("Quels producteurs à moins de 80 km ?"));
}

TEST_CASE("A bidder's answers typed in the table score at once; the comparison follows", "[sourcingview]")
{
    SourcingFixture f;
    const QString km = f.add(Tables::gridQuestion(), {{QStringLiteral("text"), QStringLiteral("Kilomètres ?")},
                                                       {QStringLiteral("answer_type"), QStringLiteral("number")},
                                                       {QStringLiteral("weight"), 10},
                                                       {QStringLiteral("ideal"), 50.0},
                                                       {QStringLiteral("threshold"), 250.0},
                                                       {QStringLiteral("higher_is_better"), 0}});
    const QString a = f.add(Tables::bidder(), {{QStringLiteral("name"), QStringLiteral("Terres de Loire")}});
    f.add(Tables::bidder(), {{QStringLiteral("name"), QStringLiteral("Restauration Nationale")}});
    SourcingView view(f.ctx());
    showActive(view);
    view.tabs()->setCurrentWidget(view.bidders());
    BiddersPage *page = view.bidders();
    page->bidders()->selectId(a);
    QTableWidget *answers = page->answers()->table();
    REQUIRE(answers->rowCount() == 1);
    const QModelIndex cell = answers->model()->index(0, AnswersTable::Answer);
    answers->setFocus();
    answers->setCurrentIndex(cell);
    CHECK(answers->item(0, AnswersTable::Answer)->flags().testFlag(Qt::ItemIsEditable));
    QTest::keyClick(answers, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(editor);
    CHECK(editor->parentWidget() == answers->viewport());
    typeText(editor, QStringLiteral("1,50"));
    CHECK(editor->text() == QStringLiteral("1,50")); // not a number in this locale's way
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on the next turn of the event loop
    CHECK(page->answers()->problem()->text().contains(QStringLiteral("not a number")));
    CHECK(f.store().rows(Tables::answer()).isEmpty());
    answers->setCurrentIndex(cell);
    QTest::keyClick(answers, Qt::Key_F2);
    editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(editor);
    editor->selectAll();
    typeText(editor, QStringLiteral("150"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on the next turn of the event loop
    REQUIRE(f.store().rows(Tables::answer()).size() == 1);
    CHECK(text(f.store().rows(Tables::answer())[0], "answer") == QStringLiteral("150"));
    // (250 − 150) / 200 × 10 = 5 points.
    CHECK(answers->item(0, AnswersTable::Points)->text() == QStringLiteral("5.0 / 10"));
    CHECK(answers->item(0, AnswersTable::Answer)->text() == QStringLiteral("150"));
    QTableWidget *comparison = page->comparison()->table();
    REQUIRE(comparison->rowCount() == 2);
    CHECK(comparison->item(0, 1)->text() == QStringLiteral("Terres de Loire"));
    CHECK(comparison->item(0, 2)->text() == QStringLiteral("5.0"));
    CHECK(comparison->item(1, 0)->text() == QStringLiteral("2"));
    CHECK(comparison->item(1, comparison->columnCount() - 2)->text() == QStringLiteral("1, of which 1 required"));
}

TEST_CASE("The meeting is prepared with a click, its topics ready, before and after side by side", "[sourcingview]")
{
    SourcingFixture f;
    const QString km = f.add(Tables::gridQuestion(), {{QStringLiteral("text"), QStringLiteral("Kilomètres ?")},
                                                       {QStringLiteral("answer_type"), QStringLiteral("number")},
                                                       {QStringLiteral("weight"), 10},
                                                       {QStringLiteral("ideal"), 50.0},
                                                       {QStringLiteral("threshold"), 250.0},
                                                       {QStringLiteral("higher_is_better"), 0}});
    const QString a = f.add(Tables::bidder(), {{QStringLiteral("name"), QStringLiteral("Terres de Loire")},
                                               {QStringLiteral("shortlisted"), 1}});
    f.add(Tables::answer(), {{QStringLiteral("bidder_id"), a}, {QStringLiteral("question_id"), km},
                             {QStringLiteral("answer"), QStringLiteral("150")}});
    SourcingView view(f.ctx());
    showActive(view);
    view.tabs()->setCurrentWidget(view.negotiation());
    NegotiationPage *page = view.negotiation();
    REQUIRE(page->shortlist()->count() == 1);
    REQUIRE(page->prepareButton()->isVisible());
    QTest::mouseClick(page->prepareButton(), Qt::LeftButton);
    CHECK(page->topics()->model()->rowCount() == 5);
    CHECK(page->tabs()->isVisible());
    // The estimate revised at the meeting: 50 km.
    page->tabs()->setCurrentWidget(page->revised());
    QTableWidget *revised = page->revised()->table();
    REQUIRE(revised->rowCount() == 1);
    CHECK(revised->item(0, AnswersTable::Tender)->text() == QStringLiteral("150"));
    REQUIRE(page->revised()->write(0, QStringLiteral("50")));
    CHECK(page->beforeAfter()->item(0, 1)->text() == QStringLiteral("5.0"));
    CHECK(page->beforeAfter()->item(0, 2)->text() == QStringLiteral("10.0"));
}

TEST_CASE("A fiche added with the keyboard belongs to its chapter; a chapter removed takes its fiches", "[sourcingview]")
{
    SourcingFixture f;
    const QString actors = f.chapter(QStringLiteral("Acteurs"), QStringLiteral("actors"));
    f.chapter(QStringLiteral("Normes"), QStringLiteral("standards"));
    SourcingView view(f.ctx());
    showActive(view);
    CanvasPage *canvas = view.canvas();
    canvas->chapters()->selectId(actors);
    canvas->entries()->view()->setFocus();
    QTest::keyClick(canvas->entries()->view(), Qt::Key_Insert, Qt::ControlModifier);
    QCoreApplication::processEvents();
    const QList<Row> entries = f.store().rows(Tables::entry());
    REQUIRE(entries.size() == 1);
    CHECK(text(entries[0], "chapter_id") == actors);
    CHECK(text(entries[0], "kind") == QStringLiteral("actor")); // the chapter's theme decides
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(editor); // its title is ready for typing
    typeText(editor, QStringLiteral("Maraîchers du Val"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(f.value(Tables::entry(), text(entries[0], "id"), "title").toString() == QStringLiteral("Maraîchers du Val"));

    const int steps = f.undo().count();
    canvas->chapters()->selectId(actors);
    canvas->chapters()->view()->setFocus();
    INFO(canvas->chapters()->selectedIds().join(QLatin1Char(',')).toStdString());
    QTest::keyClick(canvas->chapters()->view(), Qt::Key_Delete);
    CHECK(f.store().rows(Tables::entry()).isEmpty());
    CHECK(f.store().rows(Tables::chapter()).size() == 1);
    CHECK(f.undo().count() == steps + 1);
    f.undo().undo();
    CHECK(f.store().rows(Tables::entry()).size() == 1);
    CHECK(f.store().rows(Tables::chapter()).size() == 2);
}

TEST_CASE("Editing the fiche found while the search is on keeps it shown", "[sourcingview]")
{
    SourcingFixture f;
    const QString c = f.chapter(QStringLiteral("Acteurs"), QStringLiteral("actors"));
    f.entry(c, QStringLiteral("actor"), QStringLiteral("Légumerie du Val"));
    const QString second = f.entry(c, QStringLiteral("actor"), QStringLiteral("Légumerie des Coteaux"));
    SourcingView view(f.ctx());
    showActive(view);
    CanvasPage *canvas = view.canvas();
    typeText(canvas->searchField(), QStringLiteral("legumerie"));
    REQUIRE(canvas->results()->count() == 2);
    canvas->results()->setCurrentRow(1);
    QCoreApplication::processEvents(); // the former fiche's editors go
    REQUIRE(canvas->form()->entryId() == second);
    auto *title = canvas->form()->findChild<QLineEdit *>(QStringLiteral("entry_title"));
    REQUIRE(title);
    title->setFocus();
    title->selectAll();
    typeText(title, QStringLiteral("Légumerie coopérative des Coteaux"));
    QTest::keyClick(title, Qt::Key_Return); // recorded; the hits refresh while its editor is busy
    QCoreApplication::processEvents();
    CHECK(f.value(Tables::entry(), second, "title").toString() == QStringLiteral("Légumerie coopérative des Coteaux"));
    CHECK(canvas->form()->entryId() == second);
    CHECK(canvas->results()->currentItem()->data(Qt::UserRole).toString() == second);
}
