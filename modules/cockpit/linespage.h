// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTabWidget;

namespace Atelier {
struct ProjectContext;
class EntityTableEditor;
} // namespace Atelier

namespace Atelier::Cockpit {

/// The investment lines of a strategy and, for the chosen line, what its mode calls for: the budget
/// (planned, committed, paid by period and funding source) always; contracts for purchases and R&D
/// contracts; the evaluation of positive externalities and royalties for R&D and small innovation
/// pacts (seed §7); the eligibility criteria and the public resources lent for a public-commons
/// partnership (seed §8); the beneficiary, conditions and instalments of a grant.
class LinesPage : public QWidget
{
    Q_OBJECT
public:
    LinesPage(ProjectContext &ctx, const QString &strategyId, QWidget *parent = nullptr);
    EntityTableEditor *lines() const { return m_lines; }
    QTabWidget *details() const { return m_details; }

private:
    void showLine(const QString &lineId);
    ProjectContext &m_ctx;
    EntityTableEditor *m_lines;
    QTabWidget *m_details;
    QString m_lineId;
};

} // namespace Atelier::Cockpit
