// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "strategypage.h"

#include "checkpointspage.h"

#include "dashboardview.h"
#include "drawerspage.h"
#include "linespage.h"
#include "widgets/pageparts.h"

#include "core/entities.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "widgets/entitytableeditor.h"
#include "widgets/entitytablemodel.h"
#include "widgets/fieldbinder.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Atelier::Cockpit {

StrategyPage::StrategyPage(ProjectContext &ctx, const QString &strategyId, QWidget *parent)
    : QTabWidget(parent), m_strategyId(strategyId), m_dashboard(new DashboardView(ctx, strategyId)),
      m_lines(new LinesPage(ctx, strategyId)), m_drawers(new DrawersPage(ctx, strategyId)),
      m_milestones(new EntityTableEditor(
          ctx, Entities::milestone(),
          columns({"title", "kind", "line_id", "start_date", "due_date", "met_date", "status"}),
          tr("Add milestone"))),
      m_indicators(new EntityTableEditor(ctx, Entities::indicator(),
                                         columns({"name", "unit", "baseline_value", "baseline_date",
                                                  "target_value", "target_date", "measured_by"}),
                                         tr("Add indicator"))),
      m_measurements(new EntityTableEditor(ctx, Entities::measurement(),
                                           columns({"date", "value", "measured_by", "note"}),
                                           tr("Add measurement"))),
      m_checkpoints(new CheckpointsPage(ctx, strategyId))
{
    setAccessibleName(tr("Strategy"));
    m_milestones->setObjectName(QStringLiteral("milestones"));
    m_milestones->setFilter(QStringLiteral("strategy_id"), strategyId);
    stretchColumn(m_milestones, 0);
    // A milestone names a line of its own strategy; a decision, a contract of one of its lines.
    m_milestones->model()->setReferenceFilter(
        QStringLiteral("line_id"), [strategyId](const Row &, const Row &line) {
            return line.value(QStringLiteral("strategy_id")).toString() == strategyId;
        });
    m_indicators->setObjectName(QStringLiteral("indicators"));
    m_indicators->setFilter(QStringLiteral("strategy_id"), strategyId);
    m_measurements->setObjectName(QStringLiteral("measurements"));
    m_measurements->setFilter(QStringLiteral("indicator_id"), QString());
    connect(m_indicators, &EntityTableEditor::currentIdChanged, this,
            [this](const QString &id) { m_measurements->setFilter(QStringLiteral("indicator_id"), id); });

    addTab(m_dashboard, tr("Dashboard"));
    addTab(identityPage(ctx), tr("Strategy"));
    addTab(m_lines, tr("Investment lines"));
    addTab(m_milestones, tr("Timeline"));
    addTab(indicatorsPage(ctx), tr("Indicators"));
    addTab(m_drawers, tr("Drawers"));
    addTab(m_checkpoints, tr("Checkpoints"));
    m_indicators->selectId(m_indicators->model()->idAt(0));
}

QWidget *StrategyPage::identityPage(ProjectContext &ctx)
{
    auto *page = new QWidget;
    auto *binder = new FieldBinder(ctx, Entities::strategy(), m_strategyId, page);
    auto *title = new QLineEdit;
    title->setObjectName(QStringLiteral("strategyTitle"));
    binder->bind(title, QStringLiteral("title"));
    auto *service = new QLineEdit;
    binder->bind(service, QStringLiteral("responsible_service"));
    auto *objective = new QPlainTextEdit;
    objective->setObjectName(QStringLiteral("objective"));
    binder->bind(objective, QStringLiteral("objective"));
    auto *impacts = new QPlainTextEdit;
    binder->bind(impacts, QStringLiteral("impacts"));
    auto *form = new QFormLayout;
    form->addRow(tr("Title:"), title);
    form->addRow(tr("Responsible service:"), service);
    form->addRow(tr("Objective:"), objective);
    form->addRow(tr("Impacts sought:"), impacts);

    auto *actors = new EntityTableEditor(
        ctx, Entities::strategyActor(), columns({"participant_id", "organisation", "role"}), tr("Add actor"));
    actors->setObjectName(QStringLiteral("actors"));
    actors->setFilter(QStringLiteral("strategy_id"), m_strategyId);
    stretchColumn(actors, 2);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form, 1);
    layout->addWidget(boxed(tr("Actors involved"), actors), 1);
    return page;
}

QWidget *StrategyPage::indicatorsPage(ProjectContext &)
{
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(boxed(tr("Indicators of the impacts sought"), m_indicators));
    splitter->addWidget(boxed(tr("Measurements of the chosen indicator"), m_measurements));
    return splitter;
}

} // namespace Atelier::Cockpit
