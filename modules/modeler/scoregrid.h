// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableWidget>

namespace Atelier {
struct ProjectContext;
}

namespace Atelier::Modeler {

/// The score (0 to 5) of every scenario (rows) on every impact sought (columns), typed like a
/// spreadsheet: Tab moves right, Enter moves down. A score typed goes through Workshop::setScore;
/// what the store then says updates the cells in place, so the cursor stays where the typing goes.
class ScoreGrid : public QTableWidget
{
    Q_OBJECT
public:
    explicit ScoreGrid(ProjectContext &ctx, QWidget *parent = nullptr);

protected:
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    enum class Change { Scores, Layout };
    void schedule(Change change);
    /// Rows and columns again (scenarios or criteria changed), the current cell kept.
    void rebuild();
    /// The cells' texts as the store has them, in place.
    void showScores();
    void onCellChanged(int row, int column);
    QString scenarioAt(int row) const;
    QString criterionAt(int column) const;

    ProjectContext &m_ctx;
    bool m_updating = false;
    bool m_pending = false;
    bool m_layoutPending = false;
};

} // namespace Atelier::Modeler
