// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;

namespace Atelier {
struct ProjectContext;
class EntityTableEditor;
} // namespace Atelier

namespace Atelier::Tour {

/// The day: its date and the two workplaces, the people on each side, and the timed agenda of the
/// two visits with its conflicts and gaps.
class DayPage : public QWidget
{
    Q_OBJECT
public:
    explicit DayPage(ProjectContext &ctx, QWidget *parent = nullptr);
    void setTour(const QString &tourId);

private:
    void refreshIssues();

    ProjectContext &m_ctx;
    QString m_tour;
    EntityTableEditor *m_dayRow;
    EntityTableEditor *m_people;
    EntityTableEditor *m_agenda;
    QListWidget *m_issues;
};

} // namespace Atelier::Tour
