// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

namespace Atelier {
struct ProjectContext;
class EntityTableEditor;
} // namespace Atelier

namespace Atelier::Cockpit {

class CheckpointsPage;
class DashboardView;
class DrawersPage;
class LinesPage;

/// Everything about one strategy: its dashboard, identity and actors, investment lines (budget,
/// contracts, mode details), timeline, indicators, drawers and checkpoints.
class StrategyPage : public QTabWidget
{
    Q_OBJECT
public:
    StrategyPage(ProjectContext &ctx, const QString &strategyId, QWidget *parent = nullptr);
    QString strategyId() const { return m_strategyId; }
    DashboardView *dashboard() const { return m_dashboard; }
    LinesPage *lines() const { return m_lines; }
    DrawersPage *drawers() const { return m_drawers; }
    EntityTableEditor *milestones() const { return m_milestones; }
    EntityTableEditor *indicators() const { return m_indicators; }
    EntityTableEditor *measurements() const { return m_measurements; }
    CheckpointsPage *checkpoints() const { return m_checkpoints; }

private:
    QWidget *identityPage(ProjectContext &ctx);
    QWidget *indicatorsPage(ProjectContext &ctx);
    QString m_strategyId;
    DashboardView *m_dashboard;
    LinesPage *m_lines;
    DrawersPage *m_drawers;
    EntityTableEditor *m_milestones, *m_indicators, *m_measurements;
    CheckpointsPage *m_checkpoints;
};

} // namespace Atelier::Cockpit
