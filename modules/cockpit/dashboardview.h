// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/lateronce.h"

#include <QDate>
#include <QScrollArea>

class QLabel;
class QListWidget;

namespace Atelier {
struct ProjectContext;
}

namespace Atelier::Cockpit {

class ChartFrame;

/// The steering dashboard of the whole project (empty strategy id) or of one strategy: the key
/// figures, alerts, next checkpoints, budget by mode, spending over time, the roadmap and the
/// indicators. Rebuilt from the store when a steering table changes, when it is on screen.
class DashboardView : public QScrollArea
{
    Q_OBJECT
public:
    DashboardView(ProjectContext &ctx, const QString &strategyId, QWidget *parent = nullptr);
    /// The day alerts and the roadmap's today line are computed for (tests fix it).
    void setToday(const QDate &today);
    void refresh();

    ChartFrame *budgetChart() const { return m_budget; }
    ChartFrame *spendingChart() const { return m_spending; }
    ChartFrame *roadmapChart() const { return m_roadmap; }
    ChartFrame *indicatorChart() const { return m_indicators; }
    QListWidget *alertList() const { return m_alerts; }
    QListWidget *checkpointList() const { return m_checkpoints; }
    /// The key figures as shown: total planned, committed, paid, planned this year.
    QStringList figures() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    ProjectContext &m_ctx;
    QString m_strategyId;
    QDate m_today = QDate::currentDate();
    bool m_dirty = true;
    LaterOnce m_refreshLater{this, [this] {
                                 if (m_dirty)
                                     refresh();
                             }};
    QList<QLabel *> m_figures;
    QListWidget *m_alerts, *m_checkpoints;
    ChartFrame *m_budget, *m_spending, *m_roadmap, *m_indicators;
};

} // namespace Atelier::Cockpit
