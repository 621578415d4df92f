// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace Atelier {
struct ProjectContext;
class EntityTableEditor;
} // namespace Atelier

namespace Atelier::Modeler {

class FacilitatorTimer;

/// The role-play: the prescriber's proposal (a scenario and its elements), the amendments each role
/// proposes round after round, the group's decisions, and forks into new scenarios.
class RoundsPage : public QWidget
{
    Q_OBJECT
public:
    RoundsPage(ProjectContext &ctx, FacilitatorTimer &timer, QWidget *parent = nullptr);
    QString currentScenario() const;
    void selectScenario(const QString &id);
    int round() const;

private:
    void reloadScenarios();
    void showScenario();
    void decideCurrent(bool accept);

    ProjectContext &m_ctx;
    QComboBox *m_scenarios;
    QSpinBox *m_round;
    EntityTableEditor *m_elements;
    EntityTableEditor *m_amendments;
};

} // namespace Atelier::Modeler
