// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Atelier {
class EntityTableEditor;
struct ProjectContext;
} // namespace Atelier

namespace Atelier::Sourcing {

/// The question grid published with the tender: its questions linked to the impacts sought, how
/// each is scored, and its export for the tender documents (ODT, PDF, CSV).
class GridPage : public QWidget
{
    Q_OBJECT
public:
    explicit GridPage(ProjectContext &ctx, QWidget *parent = nullptr);

    EntityTableEditor *questions() const { return m_questions; }
    EntityTableEditor *rule() const { return m_rule; }
    EntityTableEditor *choices() const { return m_choices; }
    QLabel *ruleInWords() const { return m_words; }
    /// Writes the grid in a format ("odt", "pdf", "csv") to `path`; false (and why) when it cannot.
    bool exportTo(const QString &format, const QString &path, QString *error);

private:
    void questionChosen();
    void addCanvasQuestions();
    void exportAs(const QString &format);

    ProjectContext &m_ctx;
    EntityTableEditor *m_questions;
    EntityTableEditor *m_rule;
    EntityTableEditor *m_choices;
    QLabel *m_words;
    QLabel *m_total;
    QPushButton *m_fromCanvas;
    QString m_shown; ///< the question the rule and choices show
};

} // namespace Atelier::Sourcing
