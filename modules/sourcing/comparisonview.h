// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring.h"

#include <QWidget>

class QChartView;
class QTableWidget;
class QLabel;

namespace Atelier {
struct ProjectContext;
}

namespace Atelier::Sourcing {

/// Every bidder side by side on the grid: rank (ties shown as such), weighted total, the points
/// of each impact sought, the answers missing or still to score, and the same as a chart.
class ComparisonView : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonView(ProjectContext &ctx, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QChartView *chart() const { return m_chart; }
    /// What the table shows, in order.
    const QList<BidderScore> &scores() const { return m_scores; }
    /// A rank as people read it: “1”, or “1 (tie)”.
    static QString rankText(const BidderScore &score);

private:
    void refresh();

    ProjectContext &m_ctx;
    QList<BidderScore> m_scores;
    QTableWidget *m_table;
    QChartView *m_chart;
    QLabel *m_note;
};

} // namespace Atelier::Sourcing
