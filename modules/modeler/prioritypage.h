// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoregrid.h"

#include <QWidget>

class QChart;
class QComboBox;
class QTableWidget;

namespace Atelier {
struct ProjectContext;
class EntityTableEditor;
} // namespace Atelier

namespace Atelier::Modeler {

class DotVotingPanel;

/// The last round: impacts sought with weights, each scenario scored per criterion, risks
/// (likelihood × severity), optional dot voting (n dots per participant); the ranking and the impact / risk
/// matrix.
class PriorityPage : public QWidget
{
    Q_OBJECT
public:
    explicit PriorityPage(ProjectContext &ctx, QWidget *parent = nullptr);
    ScoreGrid *scores() const { return m_scores; }
    QTableWidget *ranking() const { return m_ranking; }
    QChart *chart() const { return m_chart; }
    DotVotingPanel *dotVoting() const { return m_voting; }

private:
    void refresh();
    void scheduleRefresh();
    void refreshScenarioChoice();

    ProjectContext &m_ctx;
    ScoreGrid *m_scores;
    QTableWidget *m_ranking;
    QComboBox *m_scenario;
    EntityTableEditor *m_risks;
    DotVotingPanel *m_voting;
    QChart *m_chart;
    bool m_refreshPending = false;
};

} // namespace Atelier::Modeler
