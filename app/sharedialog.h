// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sharecopy.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Atelier {

class Project;

/// Export for sharing: for which administration, from which, where; what personal data stays home.
/// Accepting writes the copy (ShareCopy::write) and says what was left out.
class ShareDialog : public QDialog
{
    Q_OBJECT
public:
    ShareDialog(Project &project, QList<PersonalData> personal, QWidget *parent = nullptr);

    /// What the last accepted share left out (for the message after it).
    const std::optional<ShareReport> &report() const { return m_report; }
    QString path() const;

    void accept() override;

private:
    void chooseFile();
    void updateButtons();

    Project &m_project;
    QList<PersonalData> m_personal;
    QLineEdit *m_recipient, *m_sender, *m_path;
    QLabel *m_leftOut;
    QPushButton *m_ok;
    std::optional<ShareReport> m_report;
};

} // namespace Atelier
