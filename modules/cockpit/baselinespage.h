// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace Atelier {
struct ProjectContext;
class EntityTableEditor;
} // namespace Atelier

namespace Atelier::Cockpit {

/// Baselines: freeze the plan (budget, timeline, indicator targets) under a name and a date, then
/// see what changed since any of them.
class BaselinesPage : public QWidget
{
    Q_OBJECT
public:
    explicit BaselinesPage(ProjectContext &ctx, QWidget *parent = nullptr);
    EntityTableEditor *baselines() const { return m_baselines; }
    QTableWidget *differences() const { return m_differences; }
    /// Whose changes are shown: the whole project (first entry) or one strategy.
    QComboBox *scope() const { return m_scope; }
    /// Freezes the current plan under `name`; returns the new baseline's id (empty when refused).
    QString freeze(const QString &name);

private:
    void compare();
    void refreshScope();
    ProjectContext &m_ctx;
    EntityTableEditor *m_baselines;
    QComboBox *m_scope;
    QLabel *m_summary;
    QTableWidget *m_differences;
};

} // namespace Atelier::Cockpit
