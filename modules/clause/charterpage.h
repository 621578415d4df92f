// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace Atelier {
struct ProjectContext;
class EntityTableEditor;
class FieldBinder;
} // namespace Atelier

namespace Atelier::Clause {

/// The charter of a contract's clause (seed §6): agreed at the start by both parties, it states the
/// criteria under which the contract may evolve, the safeguards that protect the company and the
/// public policy, and the limits the simulation checks every scenario against.
class CharterPage : public QWidget
{
    Q_OBJECT
public:
    explicit CharterPage(ProjectContext &ctx, QWidget *parent = nullptr);
    void setContract(const QString &contractId);
    QString charterId() const { return m_charterId; }
    QPushButton *draftButton() const { return m_draft; }
    EntityTableEditor *limits() const { return m_limits; }
    /// What the law needs of the contract beyond the cockpit (consultation's date, the CAO).
    EntityTableEditor *contractFacts() const { return m_facts; }

private:
    void refresh();
    void draft();

    ProjectContext &m_ctx;
    QString m_contractId, m_charterId;
    QStackedWidget *m_stack;
    QLabel *m_none;
    QPushButton *m_draft;
    EntityTableEditor *m_limits;
    EntityTableEditor *m_facts;
    QWidget *m_form;
    QPlainTextEdit *m_criteria, *m_safeguards;
    FieldBinder *m_binder = nullptr;
};

} // namespace Atelier::Clause
