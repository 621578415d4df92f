// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QTableWidget;

namespace Atelier {

class Project;

/// The journal as a timeline, newest first: when, who, which administration, which panels, what; filtered
/// by panel, person and administration; and whether its chain of fingerprints holds.
class JournalDialog : public QDialog
{
    Q_OBJECT
public:
    /// `panelTitles`: a module's name → its panel's title.
    JournalDialog(Project &project, QHash<QString, QString> panelTitles, QWidget *parent = nullptr);
    /// How many entries the filters let through.
    int shownCount() const;

private:
    void fill();
    void filter();

    Project &m_project;
    QHash<QString, QString> m_panelTitles;
    QLabel *m_verdict;
    QComboBox *m_panel, *m_person, *m_administration;
    QTableWidget *m_entries;
};

} // namespace Atelier
