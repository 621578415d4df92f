// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Optional dot voting: n dots per participant, a workshop setting kept in the project, enforced by the
// workshop's rule and shown on the priorities page.
#include "modelerfixture.h"

#include "modeler/dotvotingpanel.h"
#include "modeler/prioritypage.h"
#include "modeler/workshop.h"
#include "widgets/entitytableeditor.h"
#include "widgets/entitytablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace Atelier;
using namespace Atelier::Modeler;

namespace {
QString addParticipant(ProjectContext &ctx, const QString &name)
{
    return Edit::addRow(
        ctx, Entities::participant(),
        {{QStringLiteral("name"), name}, {QStringLiteral("role"), QStringLiteral("citizen_juror")}});
}

QStringList texts(const QListWidget *list)
{
    QStringList result;
    for (int i = 0; i < list->count(); ++i)
        result << list->item(i)->text();
    return result;
}
} // namespace

TEST_CASE("Dot voting: with no number set, dots are given freely", "[workshop][dots]")
{
    ModelerFixture f;
    auto &ctx = f.ctx();
    const QString camille = addParticipant(ctx, QStringLiteral("Camille Martin"));
    const QString a = Workshop::createProposal(ctx, QStringLiteral("A"), {});
    CHECK(Workshop::dotsPerParticipant(ctx) == Workshop::kNoDotLimit);
    CHECK_FALSE(Workshop::giveDots(ctx, a, camille, 10).isEmpty());
    CHECK_FALSE(Workshop::giveDots(ctx, a, camille, 10).isEmpty());
    CHECK_FALSE(Workshop::giveDots(ctx, a, {}, 4).isEmpty()); // dots from nobody: counted, not limited
    CHECK(Workshop::dotsGiven(ctx, camille) == 20);
    CHECK_FALSE(Workshop::dotsLeft(ctx, camille).has_value());
    CHECK(Workshop::rank(ctx).first().dots == 24);
    // Setting "no limit" when there is none records nothing.
    const int steps = f.undo().count();
    CHECK(Workshop::setDotsPerParticipant(ctx, 0));
    CHECK(f.undo().count() == steps);
}

TEST_CASE("Dot voting: each participant gives at most the workshop's number of dots", "[workshop][dots]")
{
    ModelerFixture f;
    auto &ctx = f.ctx();
    const QString camille = addParticipant(ctx, QStringLiteral("Camille Martin"));
    const QString yanis = addParticipant(ctx, QStringLiteral("Yanis Roche"));
    const QString a = Workshop::createProposal(ctx, QStringLiteral("A"), {});
    const QString b = Workshop::createProposal(ctx, QStringLiteral("B"), {});

    REQUIRE(Workshop::setDotsPerParticipant(ctx, 3));
    CHECK(f.undo().undoText() == QStringLiteral("Change dots per participant"));
    CHECK(ctx.store.count(QStringLiteral("workshop_setting")) == 1);
    CHECK(Workshop::dotsPerParticipant(ctx) == 3);
    CHECK(Workshop::dotsLeft(ctx, camille) == 3);

    // Two dots on A, then two more on B: one too many, refused with the reason; one more goes through.
    const QString onA = Workshop::giveDots(ctx, a, camille, 2);
    REQUIRE_FALSE(onA.isEmpty());
    CHECK(Workshop::dotsLeft(ctx, camille) == 1);
    QString why;
    CHECK(Workshop::giveDots(ctx, b, camille, 2, &why).isEmpty());
    CHECK(why.contains(QStringLiteral("Camille Martin")));
    CHECK(why.contains(QStringLiteral("Take dots back")));
    CHECK(Workshop::dotsGiven(ctx, camille) == 2);
    const QString onB = Workshop::giveDots(ctx, b, camille, 1);
    REQUIRE_FALSE(onB.isEmpty());
    CHECK(Workshop::dotsLeft(ctx, camille) == 0);

    // A vote changed counts without its old dots: A may go down, not up.
    CHECK_FALSE(Workshop::setVoteDots(ctx, onA, 3));
    CHECK(Workshop::setVoteDots(ctx, onA, 1));
    CHECK(Workshop::setVoteDots(ctx, onA, 2));
    CHECK_FALSE(Workshop::setVoteDots(ctx, onA, -1));
    // A vote handed to Yanis counts against Yanis; with a limit, dots belong to someone.
    CHECK(Workshop::setVoter(ctx, onA, yanis));
    CHECK(Workshop::dotsLeft(ctx, camille) == 2);
    CHECK(Workshop::dotsLeft(ctx, yanis) == 1);
    const QString yanisOnB = Workshop::giveDots(ctx, b, yanis, 1);
    REQUIRE_FALSE(yanisOnB.isEmpty());
    CHECK_FALSE(Workshop::setVoter(ctx, onB, yanis)); // Yanis has none left
    CHECK(Workshop::giveDots(ctx, b, {}, 1, &why).isEmpty());
    CHECK(why.contains(QStringLiteral("Choose who gives these dots")));

    // The number cannot go below what someone has already given, nor out of range.
    CHECK_FALSE(Workshop::setDotsPerParticipant(ctx, 2, &why));
    CHECK(why.contains(QStringLiteral("Yanis Roche has already given 3 dots")));
    CHECK_FALSE(Workshop::setDotsPerParticipant(ctx, kMaxDotsPerParticipant + 1));
    CHECK(Workshop::dotsPerParticipant(ctx) == 3);
    REQUIRE(Workshop::setDotsPerParticipant(ctx, 5));
    CHECK(Workshop::dotsLeft(ctx, yanis) == 2);
    REQUIRE(Workshop::setDotsPerParticipant(ctx, Workshop::kNoDotLimit));
    CHECK_FALSE(Workshop::giveDots(ctx, b, yanis, 9).isEmpty());

    // Undo walks back to the start: no setting, no votes.
    while (f.undo().canUndo())
        f.undo().undo();
    CHECK(ctx.store.count(QStringLiteral("workshop_setting")) == 0);
    CHECK(ctx.store.count(QStringLiteral("dot_vote")) == 0);
}

TEST_CASE("Priorities page: dots per participant set, dots left shown, more dots than left refused",
          "[pages][dots]")
{
    ModelerFixture f;
    auto &ctx = f.ctx();
    const QString camille = addParticipant(ctx, QStringLiteral("Camille Martin"));
    addParticipant(ctx, QStringLiteral("Yanis Roche"));
    const QString a = Workshop::createProposal(ctx, QStringLiteral("A"), {});
    const QString b = Workshop::createProposal(ctx, QStringLiteral("B"), {});
    Workshop::addDefaultCriteria(ctx); // a grid of scores as wide as the page
    qobject_cast<QTabWidget *>(f.view.get())->setCurrentIndex(3);
    QCoreApplication::processEvents();
    DotVotingPanel *voting = f.find<PriorityPage>()->dotVoting();
    QListWidget *left = voting->dotsLeft();
    CHECK(voting->dotsPerParticipant()->text() == QStringLiteral("no limit"));
    CHECK(texts(left) == QStringList{QStringLiteral("Camille Martin — dots given: 0"),
                                     QStringLiteral("Yanis Roche — dots given: 0")});

    // The facilitator hands out three dots each.
    voting->dotsPerParticipant()->setValue(3);
    CHECK(Workshop::dotsPerParticipant(ctx) == 3);
    CHECK(texts(left).first() == QStringLiteral("Camille Martin — dots left: 3 of 3"));
    REQUIRE_FALSE(Workshop::giveDots(ctx, a, camille, 2).isEmpty());
    CHECK(texts(left).first() == QStringLiteral("Camille Martin — dots left: 1 of 3"));

    // On scenario B, Camille gives dots through the table: two is one too many.
    auto *scenario = f.find<QComboBox>(QStringLiteral("scenarioOfRisks"));
    scenario->setCurrentIndex(scenario->findData(b));
    EntityTableEditor *votes = voting->votes();
    votes->addRowAction()->trigger();
    QCoreApplication::processEvents();
    REQUIRE(votes->model()->rowCount() == 1);
    const QString vote = votes->currentId();
    QTableView *view = votes->view();
    auto *voter = qobject_cast<QComboBox *>(view->indexWidget(view->currentIndex()));
    REQUIRE(voter); // Add opens the voter's list
    voter->setCurrentIndex(voter->findData(camille));
    QTest::keyClick(voter, Qt::Key_Return);
    QCoreApplication::processEvents();
    REQUIRE(ctx.store.value(Tables::dotVote(), vote, QStringLiteral("participant_id")).toString() == camille);

    const auto typeDots = [&](int dots) {
        const QModelIndex cell = votes->model()->index(0, votes->model()->columnOf(QStringLiteral("dots")));
        view->setCurrentIndex(cell);
        view->edit(cell);
        auto *spin = qobject_cast<QSpinBox *>(view->indexWidget(cell));
        REQUIRE(spin);
        spin->setValue(dots);
        QTest::keyClick(spin, Qt::Key_Return);
        QCoreApplication::processEvents();
    };
    typeDots(2);
    CHECK(ctx.store.value(Tables::dotVote(), vote, QStringLiteral("dots")).toInt() == 0);
    CHECK(voting->refusal()->isVisible());
    CHECK(voting->refusal()->text().contains(QStringLiteral("Not enough dots: Camille Martin")));
    CHECK(votes->model()->index(0, 1).data().toString() == QStringLiteral("0"));
    // The reason, shown, takes no room from the scores: both scenarios stay in view in the grid.
    QCoreApplication::processEvents();
    QTableWidget *grid = f.find<PriorityPage>()->scores();
    CHECK(grid->rowViewportPosition(1) + grid->rowHeight(1) <= grid->viewport()->height());
    typeDots(1);
    CHECK(ctx.store.value(Tables::dotVote(), vote, QStringLiteral("dots")).toInt() == 1);
    CHECK_FALSE(voting->refusal()->isVisible());
    CHECK(texts(left).first() == QStringLiteral("Camille Martin — dots left: 0 of 3"));

    // Fewer dots than Camille has given: refused, the spin box back to the number recorded.
    voting->dotsPerParticipant()->setValue(2);
    QCoreApplication::processEvents();
    CHECK(Workshop::dotsPerParticipant(ctx) == 3);
    CHECK(voting->dotsPerParticipant()->value() == 3);
    CHECK(voting->refusal()->text().contains(QStringLiteral("Camille Martin has already given 3 dots")));

    // Undo shows the number before, and the reason of the refusal goes.
    while (Workshop::dotsPerParticipant(ctx) != Workshop::kNoDotLimit && f.undo().canUndo())
        f.undo().undo();
    CHECK(voting->dotsPerParticipant()->value() == 0);
    CHECK_FALSE(voting->refusal()->isVisible());
    CHECK(texts(left).first().startsWith(QStringLiteral("Camille Martin — dots given")));
}
