// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/lateronce.h"

#include <QObject>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Atelier {
struct ProjectContext;
class EntityTableEditor;
} // namespace Atelier

namespace Atelier::Clause {

class ConsentGrid;

/// The scenarios of one activation (seed §6): proposed by the prescriber and the company, each
/// simulated against the charter and the law, compared side by side, then put to the role-play's
/// consent round; the one consented by all is recorded as the decision. Two pages, shown as two
/// tabs: the scenarios as proposed, and their simulation side by side with the consent round.
class ScenariosPage : public QObject
{
    Q_OBJECT
public:
    explicit ScenariosPage(ProjectContext &ctx, QObject *parent = nullptr);
    void setEvolution(const QString &evolutionId);

    /// The scenarios and the indicators the chosen one changes.
    QWidget *proposalsPage() const { return m_proposalsPage; }
    /// Every scenario compared, the chosen one's verdict, its consent round and the decision.
    QWidget *simulationPage() const { return m_simulationPage; }

    EntityTableEditor *scenarios() const { return m_scenarios; }
    EntityTableEditor *indicatorChanges() const { return m_indicators; }
    QTableWidget *comparison() const { return m_comparison; }
    QLabel *verdict() const { return m_verdict; }
    ConsentGrid *consent() const { return m_consent; }
    QLabel *consentOutcome() const { return m_outcome; }
    QPushButton *recordButton() const { return m_record; }

private:
    void refresh();
    void record();
    QString scenarioId() const;

    ProjectContext &m_ctx;
    QString m_evolutionId;
    QWidget *m_proposalsPage, *m_simulationPage;
    EntityTableEditor *m_scenarios, *m_indicators;
    QTableWidget *m_comparison;
    QLabel *m_verdict;
    ConsentGrid *m_consent;
    QLabel *m_outcome;
    QPushButton *m_record;
    LaterOnce m_refreshLater{this, [this] { refresh(); }};
};

} // namespace Atelier::Clause
