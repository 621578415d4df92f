// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSplitter>

class QPlainTextEdit;
class QTabWidget;

namespace Atelier {
struct ProjectContext;
class EntityTableEditor;
class FieldBinder;
} // namespace Atelier

namespace Atelier::Clause {

class ScenariosPage;

/// The activations of a contract's clause (seed §6): who triggered it and why, at which checkpoint;
/// for the chosen one, the state of play and reasons, the stakeholders' seats in the role-play, and
/// the scenarios with their simulation and consent round.
class EvolutionsPage : public QSplitter
{
    Q_OBJECT
public:
    explicit EvolutionsPage(ProjectContext &ctx, QWidget *parent = nullptr);
    void setContract(const QString &contractId);
    /// Opens a new activation of the clause with a seat for every stakeholder the seed names.
    QString activate();

    EntityTableEditor *evolutions() const { return m_evolutions; }
    EntityTableEditor *seats() const { return m_seats; }
    ScenariosPage *scenarios() const { return m_scenarios; }
    QTabWidget *details() const { return m_details; }

private:
    void showEvolution(const QString &id);

    ProjectContext &m_ctx;
    QString m_contractId;
    EntityTableEditor *m_evolutions, *m_seats;
    QTabWidget *m_details;
    QPlainTextEdit *m_stateOfPlay, *m_reasons;
    ScenariosPage *m_scenarios;
    FieldBinder *m_binder = nullptr;
};

} // namespace Atelier::Clause
