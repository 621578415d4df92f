// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelerfixture.h"

#include "modeler/boardgeometry.h"
#include "modeler/boardpage.h"
#include "modeler/boardscene.h"
#include "modeler/boardview.h"
#include "modeler/carditem.h"

#include <QComboBox>
#include <QGraphicsTextItem>
#include <QLineEdit>

using namespace Atelier;
using namespace Atelier::Modeler;

namespace {
Board::BoardScene *sceneOf(ModelerFixture &f)
{
    auto *page = f.find<BoardPage>();
    REQUIRE(page);
    return page->scene();
}

QString stored(ModelerFixture &f, const QString &id, const char *column)
{
    return f.ctx().store.value(Tables::card(), id, QLatin1String(column)).toString();
}
} // namespace

TEST_CASE("The board shows the four families of the landscape and fits the window", "[board]")
{
    ModelerFixture f;
    auto *page = f.find<BoardPage>();
    CHECK(page->view()->zoom() < 1.0); // the whole board is in view
    CHECK(page->view()->mapFromScene(Board::zoneRect(Family::Constraints).bottomRight()).x() <=
          page->view()->viewport()->width());
    for (int i = 0; i < kFamilyCount; ++i)
        CHECK(Board::familyAt(Board::zoneRect(Family(i)).center()) == Family(i));
}

TEST_CASE("Double-click on a zone adds a card there, typed in place, undoable", "[board]")
{
    ModelerFixture f;
    auto *page = f.find<BoardPage>();
    Board::BoardView *view = page->view();
    const QPoint at = view->mapFromScene(Board::zoneRect(Family::Innovation).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    REQUIRE(f.ctx().store.count(QStringLiteral("card")) == 1);
    const QString id = f.ctx().store.rows(Tables::card()).first().value(QStringLiteral("id")).toString();
    CHECK(stored(f, id, "family") == QStringLiteral("innovation"));
    Board::CardItem *card = page->scene()->card(id);
    REQUIRE(card);
    REQUIRE(card->isEditing());
    QGraphicsItem *editor = page->scene()->focusItem();
    REQUIRE(editor);
    typeText(view->viewport(), QStringLiteral("Légumerie partagée"));
    QTest::keyClick(view->viewport(), Qt::Key_Return);
    CHECK_FALSE(card->isEditing());
    CHECK(stored(f, id, "title") == QStringLiteral("Légumerie partagée"));
    CHECK(f.undo().undoText() == QStringLiteral("Rename card"));
    f.undo().undo();
    CHECK(card->title() == QStringLiteral("New card"));
    f.undo().undo();
    CHECK(f.ctx().store.count(QStringLiteral("card")) == 0);
    CHECK(page->scene()->cardCount() == 0);
}

TEST_CASE("Arrow keys move the selection; consecutive steps are one undo step", "[board]")
{
    ModelerFixture f;
    Board::BoardScene *scene = sceneOf(f);
    const QString id = scene->addCard(Family::Needs, {}, false);
    const double x0 = stored(f, id, "x").toDouble();
    scene->card(id)->setSelected(true);
    auto *view = f.find<BoardPage>()->view();
    view->setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(view->viewport(), Qt::Key_Right);
    CHECK(stored(f, id, "x").toDouble() == x0 + 3 * Board::kGrid);
    CHECK(f.undo().undoText() == QStringLiteral("Move card"));
    const int steps = f.undo().count();
    f.undo().undo();
    CHECK(stored(f, id, "x").toDouble() == x0);
    CHECK(f.undo().count() == steps);
}

TEST_CASE("Dragging a card into another zone changes its family and snaps it", "[board]")
{
    ModelerFixture f;
    Board::BoardScene *scene = sceneOf(f);
    auto *view = f.find<BoardPage>()->view();
    const QString id = scene->addCard(Family::Needs, {}, false);
    Board::CardItem *card = scene->card(id);
    const QPoint from = view->mapFromScene(card->sceneBoundingRect().center());
    const QPoint to = view->mapFromScene(Board::zoneRect(Family::Constraints).center());
    QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, from);
    for (int i = 1; i <= 10; ++i) {
        QMouseEvent move(QEvent::MouseMove, from + (to - from) * i / 10,
                         view->viewport()->mapToGlobal(from + (to - from) * i / 10), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
    }
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, to);
    CHECK(stored(f, id, "family") == QStringLiteral("constraints"));
    const double x = stored(f, id, "x").toDouble(), y = stored(f, id, "y").toDouble();
    CHECK(std::fmod(x, Board::kGrid) == 0);
    CHECK(Board::cardArea(Family::Constraints).contains(QPointF(x, y)));
    CHECK(f.undo().undoText() == QStringLiteral("Move card"));
    f.undo().undo();
    CHECK(stored(f, id, "family") == QStringLiteral("needs"));
}

TEST_CASE("Select several cards, group them, delete them, undo everything", "[board]")
{
    ModelerFixture f;
    Board::BoardScene *scene = sceneOf(f);
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids << scene->addCard(Family::Territory, {}, false);
    for (const QString &id : ids)
        scene->card(id)->setSelected(true);
    scene->groupSelection(QStringLiteral("Producteurs"));
    CHECK(f.undo().undoText() == QStringLiteral("Group cards"));
    const QString group = stored(f, ids[0], "group_id");
    CHECK_FALSE(group.isEmpty());
    CHECK(stored(f, ids[2], "group_id") == group);
    QTest::keyClick(f.find<BoardPage>()->view()->viewport(), Qt::Key_Delete);
    CHECK(f.ctx().store.count(QStringLiteral("card")) == 0);
    f.undo().undo();
    CHECK(f.ctx().store.count(QStringLiteral("card")) == 3);
    CHECK(stored(f, ids[1], "group_id") == group);
    f.undo().undo();
    CHECK(stored(f, ids[1], "group_id").isEmpty());
    CHECK(f.ctx().store.count(QStringLiteral("card_group")) == 0);
}

TEST_CASE("Projector mode: full screen, large type, a card can still be added live, Esc leaves",
          "[board][presentation]")
{
    ModelerFixture f;
    auto *page = f.find<BoardPage>();
    page->startPresentation();
    QWidget *projector = page->presentation();
    REQUIRE(projector);
    REQUIRE(QTest::qWaitForWindowExposed(projector));
    CHECK(projector->isFullScreen());
    CHECK(page->scene()->isPresentation());
    QTest::keyClick(projector, Qt::Key_Insert);
    CHECK(f.ctx().store.count(QStringLiteral("card")) == 1);
    QTest::keyClick(projector, Qt::Key_Escape);
    QTest::qWait(10);
    CHECK_FALSE(page->presentation());
    CHECK_FALSE(page->scene()->isPresentation());
}

TEST_CASE("The selected card's author and evidence are chosen beside the board", "[board][inspector]")
{
    ModelerFixture f;
    auto &ctx = f.ctx();
    const QString nadia = Edit::addRow(ctx, Entities::participant(),
                                       {{QStringLiteral("name"), QStringLiteral("Nadia Ferhat")}});
    const QByteArray photo("photo");
    const QString plan = Edit::addRow(ctx, Entities::attachment(),
                                      {{QStringLiteral("title"), QStringLiteral("Plan de la cuisine")},
                                       {QStringLiteral("size"), photo.size()},
                                       {QStringLiteral("sha256"), QStringLiteral("x")},
                                       {QStringLiteral("data"), photo}});
    Board::BoardScene *scene = sceneOf(f);
    const QString id = scene->addCard(Family::Needs, {}, false);
    scene->clearSelection();
    scene->card(id)->setSelected(true);
    auto *author = f.find<QComboBox>(QStringLiteral("cardAuthor"));
    auto *evidence = f.find<QComboBox>(QStringLiteral("cardEvidence"));
    REQUIRE(author);
    REQUIRE(author->isEnabled());
    author->setCurrentIndex(author->findData(nadia));
    Q_EMIT author->activated(author->currentIndex());
    evidence->setCurrentIndex(evidence->findText(QStringLiteral("Plan de la cuisine")));
    Q_EMIT evidence->activated(evidence->currentIndex());
    CHECK(stored(f, id, "author_id") == nadia);
    CHECK(stored(f, id, "evidence_id") == plan);
    CHECK(f.undo().undoText() == QStringLiteral("Link card to evidence"));
    f.undo().undo();
    CHECK(evidence->currentText().isEmpty());
    scene->clearSelection();
    CHECK_FALSE(author->isEnabled());
}

TEST_CASE("A title typed in the inspector is kept when another card is selected", "[board][inspector]")
{
    ModelerFixture f;
    Board::BoardScene *scene = sceneOf(f);
    const QString a = scene->addCard(Family::Needs, {}, false);
    const QString b = scene->addCard(Family::Needs, {}, false);
    scene->clearSelection();
    scene->card(a)->setSelected(true);
    auto *title = f.find<QLineEdit>(QStringLiteral("cardTitle"));
    REQUIRE(title);
    title->setText(QStringLiteral("Tapé sans valider"));
    scene->clearSelection(); // e.g. a toolbar button, which takes no focus
    scene->card(b)->setSelected(true);
    CHECK(stored(f, a, "title") == QStringLiteral("Tapé sans valider"));
}

TEST_CASE("A family chosen in the inspector survives a move within the zone", "[board][inspector]")
{
    ModelerFixture f;
    Board::BoardScene *scene = sceneOf(f);
    const QString id = scene->addCard(Family::Needs, {}, false);
    REQUIRE(
        Edit::setValue(f.ctx(), Tables::card(), id, QStringLiteral("family"), QStringLiteral("innovation")));
    scene->clearSelection();
    scene->card(id)->setSelected(true);
    scene->nudgeSelection({Board::kGrid, 0});
    CHECK(stored(f, id, "family") == QStringLiteral("innovation"));
}

TEST_CASE("A card's text under the cards above it is not drawn, until they move away", "[board][coverage]")
{
    ModelerFixture f;
    Board::BoardScene *scene = sceneOf(f);
    const QPointF at = Board::zoneRect(Family::Needs).topLeft() + QPointF(40, 120);
    const QString below = scene->addCard(Family::Needs, at, false);
    const QString above = scene->addCard(Family::Needs, at, false);
    REQUIRE(scene->card(below)->pos() == scene->card(above)->pos());
    CHECK(scene->isTextHidden(scene->card(below)));
    CHECK_FALSE(scene->isTextHidden(scene->card(above)));
    // The card on top goes elsewhere: the one below shows its text again.
    REQUIRE(Edit::setValue(f.ctx(), Tables::card(), above, QStringLiteral("x"), at.x() + 400));
    CHECK_FALSE(scene->isTextHidden(scene->card(below)));
}
