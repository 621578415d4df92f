// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;

namespace Atelier {

/// What the window shows when no project is open: create, open, or pick a recent project.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setRecentFiles(const QStringList &paths);

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void recentRequested(const QString &path);

private:
    QListWidget *m_recent;
};

} // namespace Atelier
