// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The co-operator tour panel driven as a user drives it: plan the tour, break and mend the agenda,
// the ten-word rule, quiz answers typed back, the agreement signed, photos added.
#include "tourfixture.h"

#include "dialogs.h"
#include "typing.h"

#include "tour/daypage.h"
#include "tour/exercisepages.h"
#include "tour/tourview.h"
#include "widgets/entitytableeditor.h"
#include "widgets/entitytablemodel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace Atelier;
using namespace Atelier::Tour;

namespace {

void showActive(QWidget &view)
{
    view.resize(1280, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
}

template <typename T> T *child(QWidget &view, const char *name)
{
    T *found = view.findChild<T *>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

/// Plans the tour with the panel's button and opens tab `tab`.
QString planFromPanel(TourFixture &f, TourView &view, int tab)
{
    auto *plan = child<QPushButton>(view, "planTour");
    REQUIRE(plan->isVisible());
    REQUIRE(plan->isEnabled());
    QTest::mouseClick(plan, Qt::LeftButton);
    REQUIRE(f.store().rows(Tables::tour()).size() == 1);
    child<QTabWidget>(view, "tourTabs")->setCurrentIndex(tab);
    QCoreApplication::processEvents();
    return view.tourId();
}

/// Types into the cell (row, column) of an editor's table: F2, the text, Return.
void editCell(QTableView *table, int row, int column, const std::function<void(QWidget *)> &type)
{
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, column));
    QTest::keyClick(table, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(editor);
    REQUIRE(editor != table);
    type(editor);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on the next turn of the event loop
}

} // namespace

TEST_CASE("Planning the tour from the panel, then the agenda's conflicts shown and mended", "[tour][view]")
{
    TourFixture f;
    TourView view(f.ctx());
    showActive(view);
    CHECK(child<QComboBox>(view, "contractsWithoutTour")->count() == 1);
    const QString tour = planFromPanel(f, view, 0);
    CHECK(child<QLabel>(view, "tourHeading")->text().contains(QStringLiteral("Coopérative Inox & Insertion")));
    CHECK(child<QPushButton>(view, "exportTour")->isEnabled());

    auto *issues = child<QListWidget>(view, "agendaIssues");
    REQUIRE(issues->count() == 1);
    CHECK(issues->item(0)->text().startsWith(QStringLiteral("The agenda holds together")));

    // The first item (09:00–09:30 by default) now ends an hour later: it runs into the next one.
    auto *agenda = child<EntityTableEditor>(view, "agenda");
    const QString first = agenda->model()->idAt(0);
    REQUIRE(f.store().value(Tables::slot(), first, QStringLiteral("starts")).toString() == QStringLiteral("09:00"));
    editCell(agenda->view(), 0, 1, [](QWidget *editor) {
        REQUIRE(qobject_cast<QTimeEdit *>(editor));
        QTest::keyClick(editor, Qt::Key_Up); // the hours
    });
    CHECK(f.store().value(Tables::slot(), first, QStringLiteral("ends")).toString() == QStringLiteral("10:30"));
    REQUIRE(issues->count() >= 1);
    CHECK(issues->item(0)->text().contains(QStringLiteral("happen at the same time")));
    // Choosing the problem selects the item concerned.
    issues->setCurrentRow(0);
    CHECK(agenda->currentId() == first);

    f.undo().undo();
    REQUIRE(issues->count() == 1);
    CHECK(issues->item(0)->text().startsWith(QStringLiteral("The agenda holds together")));
    CHECK(TourStore::slots(f.store(), tour).size() > 5);
}

TEST_CASE("The ten-word rule follows the words removed and added", "[tour][view]")
{
    TourFixture f;
    TourView view(f.ctx());
    showActive(view);
    planFromPanel(f, view, 2);
    auto *rule = child<QLabel>(view, "tenWordsRule");
    CHECK(rule->text() == QStringLiteral("Ten words on each side, each with its definition."));
    auto *holder = child<EntityTableEditor>(view, "holderWords");
    REQUIRE(holder->model()->rowCount() == 10);
    holder->view()->setFocus();
    holder->view()->selectRow(0);
    QTest::keyClick(holder->view(), Qt::Key_Delete);
    CHECK(holder->model()->rowCount() == 9);
    CHECK(rule->text() == QStringLiteral("The holder's words: 9 word(s) — 1 missing to make ten."));

    QTest::keyClick(holder->view(), Qt::Key_Insert, Qt::ControlModifier); // opens the new word for typing
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(editor);
    typeText(editor, QStringLiteral("présérie"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(holder->model()->rowCount() == 10);
    CHECK(rule->text() == QStringLiteral("“présérie” has no definition yet."));
}

TEST_CASE("Quiz answers typed back a letter a cell: right in green, the scores follow, a wrong key refused", "[tour][view]")
{
    TourFixture f;
    TourView view(f.ctx());
    showActive(view);
    const QString tour = planFromPanel(f, view, 4);
    child<QTabWidget>(view, "quizTabs")->setCurrentIndex(1);
    auto *answers = child<QTableWidget>(view, "quizAnswers");
    const QList<QuizQuestion> quiz = TourStore::quiz(f.store(), tour);
    REQUIRE(answers->rowCount() == quiz.size());
    REQUIRE(answers->columnCount() == 4); // the four people of the day
    const QString firstPerson = answers->horizontalHeaderItem(0)->text();

    const QString right = Quiz::letterOf(quiz[0].correct);
    const QString wrong = Quiz::letterOf((quiz[1].correct + 1) % 4);
    editCell(answers, 0, 0, [&](QWidget *e) { QTest::keyClicks(e, right); });
    editCell(answers, 1, 0, [&](QWidget *e) { QTest::keyClicks(e, wrong.toUpper()); });
    QCoreApplication::processEvents();
    REQUIRE(f.store().rows(Tables::quizAnswer()).size() == 2);
    CHECK(answers->item(0, 0)->text() == right.toUpper());
    CHECK(answers->item(0, 0)->background().color() == QColor(0xd9, 0xf2, 0xdf));
    CHECK(answers->item(1, 0)->background().color() == QColor(0xfb, 0xdc, 0xd6));
    auto *scores = child<QTableWidget>(view, "quizScores");
    REQUIRE(scores->rowCount() == 4);
    CHECK(scores->item(0, 0)->text() == firstPerson);
    CHECK(scores->item(0, 2)->text() == QStringLiteral("1 / %1").arg(quiz.size()));
    CHECK(scores->item(0, 3)->text() == QStringLiteral("2"));

    editCell(answers, 2, 0, [](QWidget *e) { QTest::keyClicks(e, QStringLiteral("x")); });
    QCoreApplication::processEvents();
    CHECK(f.store().rows(Tables::quizAnswer()).size() == 2);
    CHECK(answers->item(2, 0)->text().isEmpty());
    CHECK(child<QLabel>(view, "quizAnswerHint")->text().contains(QStringLiteral("“x” is not an answer")));

    // Emptying a cell takes the answer back.
    editCell(answers, 1, 0, [](QWidget *e) { QTest::keyClick(e, Qt::Key_Backspace); });
    QCoreApplication::processEvents();
    CHECK(scores->item(0, 3)->text() == QStringLiteral("1"));
}

TEST_CASE("The agreement signed for both sides, from the keyboard", "[tour][view]")
{
    TourFixture f;
    TourView view(f.ctx());
    showActive(view);
    const QString tour = planFromPanel(f, view, 5);
    auto *state = child<QLabel>(view, "agreementState");
    CHECK(state->text().contains(QStringLiteral("Not yet signed for the administration.")));
    auto *signatures = child<EntityTableEditor>(view, "signatures");
    // Signatories: the combos offer only the people of that side (first: none, then the side's people).
    for (int column : {0, 2}) {
        editCell(signatures->view(), 0, column, [](QWidget *e) {
            auto *combo = qobject_cast<QComboBox *>(e);
            REQUIRE(combo);
            CHECK(combo->count() == 3); // none, and the two people of the side
            QTest::keyClick(combo, Qt::Key_Down);
        });
    }
    for (int column : {1, 3})
        editCell(signatures->view(), 0, column, [](QWidget *) {}); // today's date
    const Row row = f.store().row(Tables::tour(), tour);
    CHECK(text(row, "public_signer_id") == f.buyer);
    CHECK(text(row, "holder_signer_id") == f.director);
    CHECK(text(row, "public_signed_on") == QDate::currentDate().toString(Qt::ISODate));
    // Signed, but the default exchanges name no contacts yet: the page says what is left.
    CHECK(state->text().startsWith(QStringLiteral("Signed by both sides, but still incomplete:")));
    CHECK(state->text().contains(QStringLiteral("has no contact for the holder")));
}

TEST_CASE("Photos added from files are kept in the project; a file that is no photo adds nothing", "[tour][view]")
{
    TourFixture f;
    TourView view(f.ctx());
    showActive(view);
    planFromPanel(f, view, 3);
    QTemporaryDir dir;
    QImage picture(64, 48, QImage::Format_RGB32);
    picture.fill(QColor(0x80, 0x90, 0xa0));
    const QString photo = dir.filePath(QStringLiteral("presse-plieuse.png"));
    REQUIRE(picture.save(photo));
    const QString notes = dir.filePath(QStringLiteral("notes.png"));
    {
        QFile f2(notes);
        REQUIRE(f2.open(QIODevice::WriteOnly));
        f2.write("pas une image");
    }
    auto *page = child<PhotosPage>(view, "photosPage");
    QString error;
    const int steps = f.undo().count();
    CHECK_FALSE(page->addPhotos({photo, notes}, &error));
    CHECK(error.contains(QStringLiteral("notes.png")));
    CHECK(f.store().rows(Tables::photo()).isEmpty());
    CHECK(f.store().rows(Entities::attachment()).isEmpty());
    CHECK(f.undo().count() == steps);

    REQUIRE(page->addPhotos({photo}, &error));
    CHECK(f.undo().count() == steps + 1);
    REQUIRE(f.store().rows(Tables::photo()).size() == 1);
    const Row attachment = f.store().rows(Entities::attachment()).first();
    CHECK(text(attachment, "kind") == QStringLiteral("photo"));
    QCoreApplication::processEvents();
    CHECK_FALSE(child<QLabel>(view, "photoPreview")->pixmap().isNull());
}

TEST_CASE("Every table and field of the panel has an accessible name and takes the keyboard", "[tour][view]")
{
    TourFixture f;
    TourView view(f.ctx());
    showActive(view);
    planFromPanel(f, view, 0);
    auto *tabs = child<QTabWidget>(view, "tourTabs");
    for (int t = 0; t < tabs->count(); ++t) {
        tabs->setCurrentIndex(t);
        for (QAbstractItemView *table : tabs->widget(t)->findChildren<QAbstractItemView *>()) {
            if (!table->isVisibleTo(tabs->widget(t)) || qobject_cast<QHeaderView *>(table))
                continue;
            INFO(table->objectName().toStdString());
            CHECK_FALSE(table->accessibleName().isEmpty());
            CHECK(table->focusPolicy() != Qt::NoFocus);
        }
    }
    CHECK_FALSE(child<QComboBox>(view, "tours")->accessibleName().isEmpty());
}

TEST_CASE("Removing the tour from the panel asks first; No keeps it, Yes removes it and offers to plan again", "[tour][view]")
{
    TourFixture f;
    TourView view(f.ctx());
    showActive(view);
    planFromPanel(f, view, 0);
    auto *remove = child<QPushButton>(view, "removeTour");
    REQUIRE(remove->isEnabled());
    QString asked;
    answerNextMessageBox(QStringLiteral("No"), &asked, QMessageBox::No);
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(asked.contains(QStringLiteral("photos stay in the evidence library")));
    CHECK(f.store().rows(Tables::tour()).size() == 1);
    answerNextMessageBox(QStringLiteral("Yes"), nullptr, QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(f.store().rows(Tables::tour()).isEmpty());
    CHECK(f.store().rows(Tables::quizQuestion()).isEmpty());
    CHECK(view.tourId().isEmpty());
    CHECK(child<QPushButton>(view, "planTour")->isEnabled());
    CHECK_FALSE(remove->isEnabled());
}
