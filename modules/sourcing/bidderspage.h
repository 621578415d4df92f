// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPushButton;

namespace Atelier {
class EntityTableEditor;
struct ProjectContext;
} // namespace Atelier

namespace Atelier::Sourcing {

class AnswersTable;
class ComparisonView;

/// The bidders, each one's answers to the grid (typed in or read from the CSV it filled), and
/// all of them compared.
class BiddersPage : public QWidget
{
    Q_OBJECT
public:
    explicit BiddersPage(ProjectContext &ctx, QWidget *parent = nullptr);

    EntityTableEditor *bidders() const { return m_bidders; }
    AnswersTable *answers() const { return m_answers; }
    ComparisonView *comparison() const { return m_comparison; }
    /// Reads a bidder's CSV; nothing is recorded when any line is wrong (`error` lists them).
    bool importCsv(const QString &bidderId, const QString &path, QString *error);

private:
    void importAnswers();

    ProjectContext &m_ctx;
    EntityTableEditor *m_bidders;
    AnswersTable *m_answers;
    ComparisonView *m_comparison;
    QPushButton *m_import;
};

} // namespace Atelier::Sourcing
