// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSplitter>

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

private:
    EntityTableEditor *m_checkpoints, *m_decisions;
};

} // namespace Atelier::Cockpit
