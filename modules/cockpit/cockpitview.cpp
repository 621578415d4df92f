// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cockpitview.h"

#include "baselinespage.h"
#include "checkpointspage.h"
#include "dashboardview.h"
#include "widgets/pageparts.h"
#include "strategypage.h"

#include "core/entities.h"
#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "widgets/entitytableeditor.h"
#include "widgets/entitytablemodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Atelier::Cockpit {

CockpitView::CockpitView(ProjectContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx),
      m_strategies(
          new EntityTableEditor(ctx, Entities::strategy(), {QStringLiteral("title")}, tr("Add strategy"))),
      m_overviewButton(new QPushButton(tr("Overview of every strategy"))), m_stack(new QStackedWidget),
      m_overviewTabs(new QTabWidget), m_overview(new DashboardView(ctx, {})),
      m_baselines(new BaselinesPage(ctx)), m_projectCheckpoints(new CheckpointsPage(ctx, QString()))
{
    setObjectName(QStringLiteral("cockpitView"));
    m_strategies->setObjectName(QStringLiteral("strategies"));
    m_strategies->setDefaults({{QStringLiteral("title"), tr("New strategy")}});
    stretchColumn(m_strategies, 0);
    m_overviewButton->setObjectName(QStringLiteral("overviewButton"));
    m_overviewButton->setCheckable(true);
    m_overviewTabs->addTab(m_overview, tr("Dashboard"));
    m_overviewTabs->addTab(m_projectCheckpoints, tr("Checkpoints of the whole project"));
    m_overviewTabs->addTab(m_baselines, tr("Baselines"));
    m_overviewTabs->setAccessibleName(tr("Overview"));
    m_stack->addWidget(m_overviewTabs);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_overviewButton);
    leftLayout->addWidget(m_strategies);
    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({250, 1010});
    (new QVBoxLayout(this))->addWidget(splitter);

    connect(m_overviewButton, &QPushButton::clicked, this, &CockpitView::showOverview);
    connect(m_strategies, &EntityTableEditor::currentIdChanged, this, [this](const QString &id) {
        if (id.isEmpty())
            showOverview();
        else
            showStrategy(id);
    });
    connect(&ctx.notifier, &Notifier::rowRemoved, this, [this](const QString &table, const QString &id) {
        if (table == QLatin1String("strategy") && m_strategyPage && m_strategyPage->strategyId() == id)
            showOverview();
    });
    connect(&ctx.notifier, &Notifier::tableReloaded, this, [this](const QString &table) {
        if (table == QLatin1String("strategy") && m_strategyPage &&
            m_ctx.store.row(Entities::strategy(), m_strategyPage->strategyId()).isEmpty())
            showOverview();
    });
    showOverview();
}

void CockpitView::showOverview()
{
    m_overviewButton->setChecked(true);
    m_strategies->view()->selectionModel()->clearCurrentIndex();
    m_strategies->view()->clearSelection();
    m_stack->setCurrentWidget(m_overviewTabs);
    if (m_strategyPage) {
        m_stack->removeWidget(m_strategyPage);
        m_strategyPage->deleteLater();
        m_strategyPage = nullptr;
    }
}

void CockpitView::showStrategy(const QString &id)
{
    if (m_strategyPage && m_strategyPage->strategyId() == id)
        return;
    const int tab = m_strategyPage ? m_strategyPage->currentIndex() : 0;
    if (m_strategyPage) {
        m_stack->removeWidget(m_strategyPage);
        m_strategyPage->deleteLater();
    }
    m_overviewButton->setChecked(false);
    m_strategyPage = new StrategyPage(m_ctx, id);
    m_strategyPage->setCurrentIndex(tab);
    m_stack->addWidget(m_strategyPage);
    m_stack->setCurrentWidget(m_strategyPage);
    if (m_strategies->currentId() != id)
        m_strategies->selectId(id);
}

} // namespace Atelier::Cockpit
