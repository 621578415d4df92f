// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/lateronce.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace Atelier {
struct ProjectContext;
class EntityTableEditor;
} // namespace Atelier

namespace Atelier::Tour {

/// Quiz “le suivi administratif du marché”: the questions (answers A to D, the right one, its
/// explanation and article), the answers each participant gave, typed back after the day (a letter
/// per cell), and the scores.
class QuizPage : public QWidget
{
    Q_OBJECT
public:
    explicit QuizPage(ProjectContext &ctx, QWidget *parent = nullptr);
    void setTour(const QString &tourId);

private:
    static QString hint();
    void refreshAnswers();
    void refreshProblems();
    void answerTyped(QTableWidgetItem *item);

    ProjectContext &m_ctx;
    QString m_tour;
    EntityTableEditor *m_questions;
    QLabel *m_problems;
    QTableWidget *m_answers;
    QLabel *m_answerHint;
    QTableWidget *m_scores;
    LaterOnce m_refresh; ///< the answers are redrawn once the cell's edit is over
};

} // namespace Atelier::Tour
