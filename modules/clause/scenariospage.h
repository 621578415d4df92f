// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/lateronce.h"

#include <QHash>
#include <QObject>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Atelier {
struct ProjectContext;
class EntityTableEditor;
class FieldBinder;
} // namespace Atelier

namespace Atelier::Clause {

class ConsentGrid;

/// The scenarios of one activation (seed §6): proposed by the prescriber and the company, each
/// simulated against the charter and the law, compared side by side, then put to the role-play's
/// consent round; an objection can be integrated into an amended copy of the scenario, whose round
/// starts anew, until a scenario stands with no objection. The buyer answers the questions of the
/// legal frame (R2194-2, R2194-7) and signs the frame off, apart from the group's consent; the one
/// consented by all and signed off is recorded as the decision. Two pages, shown as two tabs: the
/// scenarios as proposed, and their simulation side by side with the consent round.
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
    QPushButton *signOffButton() const { return m_signOff; }
    QPushButton *withdrawSignOffButton() const { return m_withdraw; }
    QLabel *signOffText() const { return m_signOffText; }
    QPushButton *amendButton() const { return m_amend; }
    /// The objection the chosen scenario answers (empty for a first proposal).
    QLabel *answersText() const { return m_answers; }
    /// The questions of the legal frame, by column of the scenario ("replaces_holder").
    QComboBox *question(const QString &column) const { return m_questionBoxes.value(column); }

    /// Integrates the objection of that stance into an amended scenario, and shows it.
    QString amend(const QString &stanceId);

private:
    void refresh();
    void record();
    void signOff();
    void amendChosen();
    void bindQuestions();
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
    QPushButton *m_signOff, *m_withdraw, *m_amend;
    QLabel *m_signOffText, *m_answers;
    QWidget *m_questions;
    QHash<QString, QComboBox *> m_questionBoxes;
    QPlainTextEdit *m_legalReasons;
    FieldBinder *m_binder = nullptr;
    QString m_boundScenario;
    LaterOnce m_refreshLater{this, [this] { refresh(); }};
};

} // namespace Atelier::Clause
