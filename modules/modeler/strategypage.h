// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;

namespace Atelier {
struct ProjectContext;
class EntityTableEditor;
} // namespace Atelier

namespace Atelier::Modeler {

/// The end of the workshop: the chosen scenario becomes a strategy — investment lines, each with its
/// mode, budget, timing, actors and impacts (the public-commons checklist of seed §8 on such
/// lines) — and the questions raised are handed to the sourcing canvas.
class StrategyPage : public QWidget
{
    Q_OBJECT
public:
    explicit StrategyPage(ProjectContext &ctx, QWidget *parent = nullptr);
    QComboBox *scenarioChoice() const { return m_scenario; }
    EntityTableEditor *strategies() const { return m_strategies; }
    EntityTableEditor *lines() const { return m_lines; }

private:
    void reloadScenarios();

    ProjectContext &m_ctx;
    QComboBox *m_scenario;
    EntityTableEditor *m_strategies;
    EntityTableEditor *m_lines;
};

} // namespace Atelier::Modeler
