// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QTabWidget;

namespace Atelier {
struct ProjectContext;
}

namespace Atelier::Clause {

class CharterPage;
class EvolutionsPage;

/// The evolutivity-clause simulator (seed §6): the contracts on the left; for the chosen one, its
/// charter and the activations of its clause.
class ClauseView : public QWidget
{
    Q_OBJECT
public:
    explicit ClauseView(ProjectContext &ctx, QWidget *parent = nullptr);
    /// Shows the clause of a contract (asked from a checkpoint of the cockpit, through the shell).
    void showContract(const QString &contractId);
    QString contractId() const;

    QListWidget *contracts() const { return m_contracts; }
    CharterPage *charter() const { return m_charter; }
    EvolutionsPage *evolutions() const { return m_evolutions; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    void refreshContracts();
    void contractChosen();

    ProjectContext &m_ctx;
    QListWidget *m_contracts;
    QLabel *m_heading;
    QTabWidget *m_tabs;
    CharterPage *m_charter;
    EvolutionsPage *m_evolutions;
    QString m_shown;
};

} // namespace Atelier::Clause
