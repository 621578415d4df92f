// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "cockpitfixture.h"

#include "cockpit/baselinespage.h"
#include "cockpit/checkpointspage.h"
#include "cockpit/cockpitview.h"
#include "cockpit/discussionpage.h"
#include "cockpit/drawerspage.h"
#include "cockpit/linespage.h"
#include "core/steering.h"
#include "cockpit/strategypage.h"
#include "core/format.h"
#include "widgets/entitytableeditor.h"
#include "widgets/entitytablemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace Atelier;
using namespace Atelier::Cockpit;

namespace {

QStringList tabTitles(QTabWidget *tabs)
{
    QStringList out;
    for (int i = 0; i < tabs->count(); ++i)
        out.append(tabs->tabText(i));
    return out;
}

CockpitView *cockpit(CockpitWindow &w)
{
    auto *view = qobject_cast<CockpitView *>(w.view.get());
    REQUIRE(view);
    return view;
}

} // namespace

TEST_CASE("A strategy is created in the cockpit, renamed in its page, and undone", "[cockpitview]")
{
    CockpitFixture f;
    CockpitWindow w(f);
    CockpitView *view = cockpit(w);
    CHECK(view->strategyPage() == nullptr);
    view->strategies()->addRowAction()->trigger();
    QCoreApplication::processEvents();
    REQUIRE(f.store().count(QStringLiteral("strategy")) == 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // leave the title cell
    const QString id = f.store().rows(Entities::strategy()).first().value(QStringLiteral("id")).toString();
    view->showStrategy(id);
    REQUIRE(view->strategyPage());
    CHECK(view->strategyPage()->strategyId() == id);

    view->strategyPage()->setCurrentIndex(1);
    auto *title = view->strategyPage()->findChild<QLineEdit *>(QStringLiteral("strategyTitle"));
    REQUIRE(title);
    title->setFocus();
    title->selectAll();
    typeText(title, QStringLiteral("Une cantine locale"));
    QTest::keyClick(title, Qt::Key_Return);
    CHECK(f.store().value(Entities::strategy(), id, QStringLiteral("title")) ==
          QStringLiteral("Une cantine locale"));
    f.undo().undo();
    CHECK(f.store().value(Entities::strategy(), id, QStringLiteral("title")) ==
          QStringLiteral("New strategy"));
    f.undo().undo();
    CHECK(f.store().count(QStringLiteral("strategy")) == 0);
    QCoreApplication::processEvents();
    CHECK(view->strategyPage() == nullptr); // back on the overview
}

TEST_CASE("An investment line shows the details its mode calls for", "[cockpitview][lines]")
{
    CockpitFixture f;
    const QString s = f.strategy(QStringLiteral("Cantine"));
    const QString l = f.line(s, QStringLiteral("purchase"), QStringLiteral("Cuisine centrale"));
    CockpitWindow w(f);
    cockpit(w)->showStrategy(s);
    LinesPage *lines = cockpit(w)->strategyPage()->lines();
    lines->lines()->selectId(l);
    CHECK(tabTitles(lines->details()) == QStringList{QStringLiteral("Budget"), QStringLiteral("Contracts")});

    REQUIRE(Edit::setValue(f.ctx(), Entities::investmentLine(), l, QStringLiteral("mode"),
                           QStringLiteral("rd_contract")));
    CHECK(tabTitles(lines->details()) == QStringList{QStringLiteral("Budget"), QStringLiteral("Contracts"),
                                                     QStringLiteral("Externalities and royalties")});
    REQUIRE(Edit::setValue(f.ctx(), Entities::investmentLine(), l, QStringLiteral("mode"),
                           QStringLiteral("grant")));
    CHECK(tabTitles(lines->details()) == QStringList{QStringLiteral("Budget"), QStringLiteral("Grant")});
    REQUIRE(Edit::setValue(f.ctx(), Entities::investmentLine(), l, QStringLiteral("mode"),
                           QStringLiteral("public_commons")));
    CHECK(tabTitles(lines->details()) ==
          QStringList{QStringLiteral("Budget"), QStringLiteral("Public-commons partnership")});

    // The three criteria of seed §8, ticked in the page, are stored and undone.
    lines->details()->setCurrentIndex(1);
    auto *criterion = lines->details()->findChild<QCheckBox *>(QStringLiteral("commons_not_competing"));
    REQUIRE(criterion);
    CHECK(criterion->text() == QStringLiteral("Neither competes with nor replaces a public service"));
    QTest::mouseClick(criterion, Qt::LeftButton, {}, QPoint(8, criterion->height() / 2));
    CHECK(f.store().value(Entities::investmentLine(), l, QStringLiteral("commons_not_competing")).toInt() ==
          1);
    f.undo().undo();
    CHECK_FALSE(criterion->isChecked());

    // A budget entry added in the Budget tab belongs to the line.
    lines->details()->setCurrentIndex(0);
    auto *budget = lines->details()->findChild<EntityTableEditor *>(QStringLiteral("budget"));
    REQUIRE(budget);
    budget->addRowAction()->trigger();
    QCoreApplication::processEvents();
    const QList<Row> entries = f.store().rows(Entities::budgetEntry());
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].value(QStringLiteral("line_id")) == l);
}

TEST_CASE("A milestone offers the lines of its strategy, a decision the contracts of its lines",
          "[cockpitview][references]")
{
    CockpitFixture f;
    const QString s = f.strategy(QStringLiteral("Cantine"));
    const QString other = f.strategy(QStringLiteral("Mobilier"));
    const QString kitchen = f.line(s, QStringLiteral("purchase"), QStringLiteral("Cuisine centrale"));
    const QString chairs = f.line(other, QStringLiteral("purchase"), QStringLiteral("Chaises"));
    const QString works = f.add(Entities::contract(), {{QStringLiteral("line_id"), kitchen}});
    f.add(Entities::contract(), {{QStringLiteral("line_id"), chairs}});
    f.milestone(s, QStringLiteral("Permis"), QStringLiteral("2026-10-15"));
    const QString checkpoint = f.add(Entities::checkpoint(), {{QStringLiteral("strategy_id"), s}});
    f.add(Entities::decision(), {{QStringLiteral("checkpoint_id"), checkpoint}});
    CockpitWindow w(f);
    cockpit(w)->showStrategy(s);
    StrategyPage *page = cockpit(w)->strategyPage();
    auto ids = [](const QList<Row> &rows) {
        QStringList out;
        for (const Row &r : rows)
            out.append(r.value(QStringLiteral("id")).toString());
        return out;
    };
    EntityTableModel *milestones = page->milestones()->model();
    CHECK(ids(milestones->referenceRows(milestones->index(
              0, milestones->columnOf(QStringLiteral("line_id"))))) == QStringList{kitchen});
    page->checkpoints()->checkpoints()->selectId(checkpoint);
    EntityTableModel *decisions = page->checkpoints()->decisions()->model();
    REQUIRE(decisions->rowCount() == 1);
    CHECK(ids(decisions->referenceRows(decisions->index(
              0, decisions->columnOf(QStringLiteral("contract_id"))))) == QStringList{works});
}

TEST_CASE("The measurements shown are those of the chosen indicator", "[cockpitview][indicators]")
{
    CockpitFixture f;
    const QString s = f.strategy(QStringLiteral("Cantine"));
    const QString bio = f.indicator(s, QStringLiteral("Part de bio"), 9, {}, 20, {});
    const QString waste = f.indicator(s, QStringLiteral("Gaspillage"), 120, {}, 80, {});
    f.measure(bio, QStringLiteral("2026-03-31"), 10);
    f.measure(bio, QStringLiteral("2026-06-30"), 11);
    f.measure(waste, QStringLiteral("2026-06-30"), 110);
    CockpitWindow w(f);
    cockpit(w)->showStrategy(s);
    StrategyPage *page = cockpit(w)->strategyPage();
    page->setCurrentIndex(4);
    page->indicators()->selectId(bio);
    CHECK(page->measurements()->model()->rowCount() == 2);
    page->indicators()->selectId(waste);
    CHECK(page->measurements()->model()->rowCount() == 1);
    page->measurements()->addRowAction()->trigger();
    QCoreApplication::processEvents();
    CHECK(page->measurements()->model()->rowCount() == 2);
}

TEST_CASE("Each drawer holds its own kinds of items", "[cockpitview][drawers]")
{
    CockpitFixture f;
    const QString s = f.strategy(QStringLiteral("Cantine"));
    const QString other = f.strategy(QStringLiteral("Mobilier"));
    CockpitWindow w(f);
    cockpit(w)->showStrategy(s);
    DrawersPage *drawers = cockpit(w)->strategyPage()->drawers();
    CHECK(tabTitles(drawers) ==
          QStringList{QStringLiteral("Initial documentation"), QStringLiteral("Evaluation tools"),
                      QStringLiteral("Legal elements"), QStringLiteral("Discussion space")});
    drawers->section(QStringLiteral("legal_basis"))->addRowAction()->trigger();
    QCoreApplication::processEvents();
    const QList<Row> items = f.store().rows(Tables::drawerItem());
    REQUIRE(items.size() == 1);
    CHECK(items[0].value(QStringLiteral("kind")) == QStringLiteral("legal_basis"));
    CHECK(items[0].value(QStringLiteral("strategy_id")) == s);
    CHECK(drawers->section(QStringLiteral("legal_basis"))->model()->rowCount() == 1);
    CHECK(drawers->section(QStringLiteral("procedure"))->model()->rowCount() == 0);
    CHECK(drawers->section(QStringLiteral("initial_documentation"))->model()->rowCount() == 0);
    f.add(Tables::drawerItem(),
          {{QStringLiteral("strategy_id"), other}, {QStringLiteral("kind"), QStringLiteral("legal_basis")}});
    CHECK(drawers->section(QStringLiteral("legal_basis"))->model()->rowCount() == 1);
}

TEST_CASE("The discussion space keeps threads of dated messages and finds them", "[cockpitview][discussion]")
{
    CockpitFixture f;
    const QString author =
        f.add(Entities::participant(), {{QStringLiteral("name"), QStringLiteral("Nadia Ferhat")}});
    const QString s = f.strategy(QStringLiteral("Cantine"));
    CockpitWindow w(f);
    cockpit(w)->showStrategy(s);
    StrategyPage *page = cockpit(w)->strategyPage();
    page->setCurrentWidget(page->drawers());
    DiscussionPage *discussion = page->drawers()->discussion();
    page->drawers()->setCurrentWidget(discussion);
    CHECK(discussion->author()->currentData() == author);

    discussion->composer()->setFocus();
    typeText(discussion->composer(), QStringLiteral("Le lavage des bacs prend vingt minutes de plus."));
    QTest::mouseClick(discussion->postButton(), Qt::LeftButton);
    REQUIRE(discussion->threads()->topLevelItemCount() == 1);
    CHECK(discussion->composer()->toPlainText().isEmpty());
    QTreeWidgetItem *first = discussion->threads()->topLevelItem(0);
    CHECK(first->text(1) == QStringLiteral("Nadia Ferhat"));
    CHECK_FALSE(first->text(2).isEmpty());

    discussion->threads()->setCurrentItem(first);
    discussion->composer()->setPlainText(QStringLiteral("On peut laver la veille au soir."));
    QTest::mouseClick(discussion->replyButton(), Qt::LeftButton);
    first = discussion->threads()->topLevelItem(0);
    REQUIRE(first->childCount() == 1);
    CHECK(first->child(0)->text(0) == QStringLiteral("On peut laver la veille au soir."));
    discussion->threads()->setCurrentItem(nullptr);
    discussion->composer()->setPlainText(QStringLiteral("Date du permis de construire ?"));
    QTest::mouseClick(discussion->postButton(), Qt::LeftButton);
    REQUIRE(discussion->threads()->topLevelItemCount() == 2);

    // A search keeps matching messages with their thread, and hides the rest.
    discussion->search()->setText(QStringLiteral("VEILLE"));
    first = discussion->threads()->topLevelItem(0);
    CHECK_FALSE(first->isHidden());
    CHECK_FALSE(first->child(0)->isHidden());
    CHECK(discussion->threads()->topLevelItem(1)->isHidden());
    discussion->search()->clear();
    CHECK_FALSE(discussion->threads()->topLevelItem(1)->isHidden());

    // A long message is read whole: its row grows to the wrapped text.
    discussion->composer()->setPlainText(
        QStringLiteral("Le test des bacs inox à l'école Jean-Zay se passe bien, mais "
                       "le lavage prend vingt minutes de plus par service, et il "
                       "faudra en parler au prochain point d'étape."));
    QTest::mouseClick(discussion->postButton(), Qt::LeftButton);
    QTreeWidgetItem *longOne = discussion->threads()->currentItem();
    REQUIRE(longOne);
    QCoreApplication::processEvents();
    CHECK(discussion->threads()->visualItemRect(longOne).height() >=
          2 * discussion->threads()->fontMetrics().height());
    f.undo().undo();

    // Every message is one undo step.
    f.undo().undo();
    CHECK(discussion->threads()->topLevelItemCount() == 1);
}

TEST_CASE("A baseline is frozen from the overview and compared with the plan as it becomes",
          "[cockpitview][baseline]")
{
    CockpitFixture f;
    const QString s = f.strategy(QStringLiteral("Cantine"));
    const QString l = f.line(s, QStringLiteral("purchase"), QStringLiteral("Cuisine centrale"));
    const QString entry = f.budget(l, QStringLiteral("2026-01-01"), 100'000'00);
    CockpitWindow w(f);
    BaselinesPage *page = cockpit(w)->baselines();
    answerNextInputDialog(QStringLiteral("Plan voté en avril"));
    page->baselines()->addRowAction()->trigger();
    QCoreApplication::processEvents();
    REQUIRE(f.store().count(QStringLiteral("baseline")) == 1);
    const Row baseline = f.store().rows(Entities::baseline()).first();
    CHECK(baseline.value(QStringLiteral("name")) == QStringLiteral("Plan voté en avril"));
    CHECK(baseline.value(QStringLiteral("taken_on")) == QDate::currentDate().toString(Qt::ISODate));
    CHECK(page->baselines()->currentId() == baseline.value(QStringLiteral("id")).toString());
    CHECK(page->differences()->rowCount() == 0);

    REQUIRE(
        Edit::setValue(f.ctx(), Entities::budgetEntry(), entry, QStringLiteral("planned_cents"), 90'000'00));
    REQUIRE(page->differences()->rowCount() == 1);
    CHECK(page->differences()->item(0, 1)->text() == QStringLiteral("Cuisine centrale — 2026"));
    CHECK(page->differences()->item(0, 4)->text() == Format::money(-10'000'00));
    f.undo().undo();
    CHECK(page->differences()->rowCount() == 0);
}

TEST_CASE("Checkpoints of the whole project are added from the overview and concern every strategy",
          "[cockpitview][checkpoints]")
{
    CockpitFixture f;
    const QString s = f.strategy(QStringLiteral("Cantine"));
    CockpitWindow w(f);
    CheckpointsPage *project = cockpit(w)->projectCheckpoints();
    const int start = f.undo().index();
    QAction *add = project->checkpoints()->addRowAction();
    REQUIRE(add->isEnabled());
    // Its long column titles (“Acheteur réserviste”) are not cut.
    QHeaderView *header = project->checkpoints()->view()->horizontalHeader();
    for (int c = 0; c < header->count(); ++c)
        CHECK(header->sectionSize(c) >= header->sectionSizeHint(c));
    add->trigger();
    QCoreApplication::processEvents();
    REQUIRE(f.store().count(QStringLiteral("checkpoint")) == 1);
    const Row checkpoint = f.store().rows(Entities::checkpoint()).first();
    CHECK(checkpoint.value(QStringLiteral("strategy_id")).toString().isEmpty());
    CHECK(project->checkpoints()->model()->rowCount() == 1);
    // Every strategy's steering counts it; no strategy's own list shows it.
    const Steering steering = Steering::load(f.store(), s);
    REQUIRE(steering.checkpoints.size() == 1);
    CHECK(steering.checkpoints.first().strategyId.isEmpty());
    StrategyPage page(f.ctx(), s);
    CHECK(page.checkpoints()->checkpoints()->model()->rowCount() == 0);
    // A decision is taken at it.
    project->checkpoints()->selectId(checkpoint.value(QStringLiteral("id")).toString());
    REQUIRE(project->decisions()->addRowAction()->isEnabled());
    project->decisions()->addRowAction()->trigger();
    QCoreApplication::processEvents();
    CHECK(project->decisions()->model()->rowCount() == 1);
    f.undo().setIndex(start);
    CHECK(f.store().count(QStringLiteral("checkpoint")) == 0);
    CHECK(f.store().count(QStringLiteral("decision")) == 0);
    CHECK(project->checkpoints()->model()->rowCount() == 0);
}

TEST_CASE("The baselines page shows the changes of one strategy when asked", "[cockpitview][baseline]")
{
    CockpitFixture f;
    const QString a = f.strategy(QStringLiteral("Cantine"));
    const QString b = f.strategy(QStringLiteral("Jardins"));
    const QString la = f.line(a, QStringLiteral("purchase"), QStringLiteral("Cuisine"));
    const QString lb = f.line(b, QStringLiteral("public_commons"), QStringLiteral("Potagers"));
    const QString ea = f.budget(la, QStringLiteral("2026-01-01"), 100'000'00);
    const QString eb = f.budget(lb, QStringLiteral("2026-01-01"), 5'000'00);
    CockpitWindow w(f);
    BaselinesPage *page = cockpit(w)->baselines();
    page->baselines()->selectId(page->freeze(QStringLiteral("Avril")));
    REQUIRE(Edit::setValue(f.ctx(), Entities::budgetEntry(), ea, QStringLiteral("planned_cents"), 90'000'00));
    REQUIRE(Edit::setValue(f.ctx(), Entities::budgetEntry(), eb, QStringLiteral("planned_cents"), 6'000'00));
    CHECK(page->differences()->rowCount() == 2);
    REQUIRE(page->scope()->count() == 3); // the whole project, then each strategy
    page->scope()->setCurrentIndex(page->scope()->findData(b));
    REQUIRE(page->differences()->rowCount() == 1);
    CHECK(page->differences()->item(0, 1)->text() == QStringLiteral("Potagers — 2026"));
    // A strategy renamed is renamed in the list, still chosen.
    REQUIRE(Edit::setValue(f.ctx(), Entities::strategy(), b, QStringLiteral("title"),
                           QStringLiteral("Jardins partagés")));
    CHECK(page->scope()->currentText() == QStringLiteral("Jardins partagés"));
    CHECK(page->differences()->rowCount() == 1);
}
