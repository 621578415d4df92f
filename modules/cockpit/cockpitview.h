// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace Atelier {
struct ProjectContext;
class EntityTableEditor;
} // namespace Atelier

namespace Atelier::Cockpit {

class BaselinesPage;
class CheckpointsPage;
class DashboardView;
class StrategyPage;

/// The strategy cockpit (seed §3): the list of strategies on the left; on the right, the overview
/// (dashboard of every strategy, baselines) or the chosen strategy's page.
class CockpitView : public QWidget
{
    Q_OBJECT
public:
    explicit CockpitView(ProjectContext &ctx, QWidget *parent = nullptr);
    EntityTableEditor *strategies() const { return m_strategies; }
    DashboardView *overview() const { return m_overview; }
    BaselinesPage *baselines() const { return m_baselines; }
    /// The checkpoints that concern every strategy.
    CheckpointsPage *projectCheckpoints() const { return m_projectCheckpoints; }
    /// The page of the strategy chosen in the list (null on the overview).
    StrategyPage *strategyPage() const { return m_strategyPage; }
    void showOverview();
    void showStrategy(const QString &id);

private:
    ProjectContext &m_ctx;
    EntityTableEditor *m_strategies;
    QPushButton *m_overviewButton;
    QStackedWidget *m_stack;
    QTabWidget *m_overviewTabs;
    DashboardView *m_overview;
    BaselinesPage *m_baselines;
    CheckpointsPage *m_projectCheckpoints;
    StrategyPage *m_strategyPage = nullptr;
};

} // namespace Atelier::Cockpit
