// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSplitter>

class QAction;

namespace Atelier {
struct ProjectContext;
class EntityTableEditor;
} // namespace Atelier

namespace Atelier::Cockpit {

/// Checkpoints (points d'étape): when, who is convened, the agenda, and the decisions taken at the
/// one chosen (with the contract concerned and the legal basis). For one strategy, or, with an
/// empty strategy id, the checkpoints of the whole project, which concern every strategy.
class CheckpointsPage : public QSplitter
{
    Q_OBJECT
public:
    CheckpointsPage(ProjectContext &ctx, const QString &strategyId, QWidget *parent = nullptr);
    EntityTableEditor *checkpoints() const { return m_checkpoints; }
    EntityTableEditor *decisions() const { return m_decisions; }
    /// Opens the evolutivity clause of a contract (in the panel that offers it): the contract of the
    /// chosen decision, or one picked in its menu among the contracts the checkpoint may concern.
    QAction *clauseAction() const { return m_clause; }
    /// The contracts the clause menu offers, in order.
    QStringList clauseContracts() const;
    void openClause(const QString &contractId);

private:
    void fillClauseMenu();

    ProjectContext &m_ctx;
    QString m_strategyId;
    EntityTableEditor *m_checkpoints, *m_decisions;
    QAction *m_clause;
};

} // namespace Atelier::Cockpit
