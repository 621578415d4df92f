// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "grid.h"
#include "gridstore.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace Atelier {
struct ProjectContext;
}

namespace Atelier::Sourcing {

/// One bidder's answers to the grid, typed in place (a list for yes/no and choices, a number in
/// the user's way of writing it, text scored by hand), with the points each earns. At the
/// meeting phase the tender's answer stays beside the revised one.
class AnswersTable : public QWidget
{
    Q_OBJECT
public:
    AnswersTable(ProjectContext &ctx, Phase phase, QWidget *parent = nullptr);

    void setBidder(const QString &bidderId);
    QTableWidget *table() const { return m_table; }
    QLabel *problem() const { return m_problem; }
    /// Writes what the user typed in a cell of the answer column (or the hand-score column).
    bool write(int row, const QString &typed);
    bool writeHandScore(int row, int score);

    enum Column { Number, Question, Impact, Tender, Answer, HandScore, Points, ColumnCount };

private:
    void refresh();

    ProjectContext &m_ctx;
    Phase m_phase;
    QString m_bidderId;
    QList<GridQuestion> m_questions;
    QTableWidget *m_table;
    QLabel *m_problem;
};

} // namespace Atelier::Sourcing
