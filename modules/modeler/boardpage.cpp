// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardpage.h"

#include "boardgeometry.h"
#include "boardscene.h"
#include "boardview.h"
#include "cardinspector.h"
#include "carditem.h"
#include "presentationwindow.h"

#include "core/projectcontext.h"

#include <QAction>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QToolBar>
#include <QVBoxLayout>

namespace Atelier::Modeler {

BoardPage::BoardPage(ProjectContext &ctx, FacilitatorTimer &timer, QWidget *parent)
    : QWidget(parent), m_timer(timer), m_scene(new Board::BoardScene(ctx, this)),
      m_view(new Board::BoardView(m_scene, this))
{
    m_view->setObjectName(QStringLiteral("board"));
    m_view->setAccessibleName(tr("Landscape of the project"));
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const FieldInfo &family = *Tables::card().field(QStringLiteral("family"));
    const QStringList shortNames{tr("+ Needs"), tr("+ Territory"), tr("+ Innovation"), tr("+ Constraints")};
    const QList<QKeySequence> keys{QKeySequence(Qt::ALT | Qt::Key_1), QKeySequence(Qt::ALT | Qt::Key_2),
                                   QKeySequence(Qt::ALT | Qt::Key_3), QKeySequence(Qt::ALT | Qt::Key_4)};
    for (int i = 0; i < kFamilyCount; ++i) {
        const Family f = Family(i);
        QAction *add = bar->addAction(shortNames[i], this, [this, f] { m_scene->addCard(f); });
        add->setShortcut(keys[i]);
        add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        add->setToolTip(
            tr("Add a card to “%1” (%2)")
                .arg(family.choiceLabel(familyKey(f)), keys[i].toString(QKeySequence::NativeText)));
        add->setEnabled(!ctx.isReadOnly());
        addAction(add);
    }
    bar->addSeparator();
    QAction *group = bar->addAction(tr("Group"), this, [this] {
        bool ok = false;
        const QString title = QInputDialog::getText(this, tr("Group cards"), tr("Name of the group:"),
                                                    QLineEdit::Normal, tr("Group"), &ok);
        if (ok)
            m_scene->groupSelection(title);
    });
    group->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    QAction *ungroup = bar->addAction(tr("Ungroup"), this, [this] { m_scene->ungroupSelection(); });
    ungroup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    for (QAction *a : {group, ungroup}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setEnabled(!ctx.isReadOnly());
        addAction(a);
    }
    bar->addSeparator();
    bar->addAction(tr("Zoom in"), this, [this] { m_view->zoomBy(1.25); });
    bar->addAction(tr("Zoom out"), this, [this] { m_view->zoomBy(0.8); });
    bar->addAction(tr("Whole board"), this, [this] { m_view->fitAll(); });
    bar->addSeparator();
    QAction *project = bar->addAction(tr("Projector mode"), this, &BoardPage::startPresentation);
    project->setShortcut(QKeySequence(Qt::Key_F5));
    project->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(project);

    auto *inspector = new CardInspector(ctx, this);
    connect(m_scene, &QGraphicsScene::selectionChanged, inspector, [this, inspector] {
        const QList<Board::CardItem *> cards = m_scene->selectedCards();
        inspector->showCard(cards.size() == 1 ? cards.first()->id() : QString());
    });
    auto *board = new QHBoxLayout;
    board->addWidget(m_view, 1);
    board->addWidget(inspector);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addLayout(board, 1);
}

BoardPage::~BoardPage()
{
    m_scene->disconnect(); // its last signals (selection cleared) must not reach half-destroyed widgets
    delete m_presentation; // it shows this page's scene
}

void BoardPage::startPresentation()
{
    if (!m_presentation) {
        m_presentation = new PresentationWindow(*m_scene, m_timer);
        m_presentation->showFullScreen();
    }
    m_presentation->raise();
    m_presentation->activateWindow();
}

} // namespace Atelier::Modeler
