// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recentfiles.h"

#include "core/project.h"

#include <QObject>

#include <memory>

class QWidget;

namespace Atelier {

/// The file life cycle as the user sees it: new, open (with the lock question), save, save as,
/// close (asking about unsaved changes), recovery after a crash. Owns the open project; tells the
/// window when it is replaced, so that views go before the project they read.
class DocumentController : public QObject
{
    Q_OBJECT
public:
    DocumentController(const Schema &schema, WorkingArea area, QWidget *window);
    ~DocumentController() override;

    Project *project() const { return m_project.get(); }
    RecentFiles &recentFiles() { return m_recent; }

    bool newProject();
    /// Opens a document (asking first about unsaved changes); false when refused or cancelled.
    bool open(const QString &path);
    bool openWithDialog();
    bool save();
    bool saveAs();
    /// Closes the project, asking first about unsaved changes; false when the user cancels.
    bool close();
    /// Offers to recover work left by an instance that did not close; true when one was recovered.
    bool offerRecovery();

Q_SIGNALS:
    /// The open project is about to be replaced: views must let go of it now.
    void projectAboutToChange();
    /// A new project (or none) is open.
    void projectChanged(Atelier::Project *project);
    /// Path, modified mark or read-only state changed.
    void stateChanged();
    void recentFilesChanged();

private:
    bool maybeSave();
    void setProject(std::unique_ptr<Project> project);
    void warn(const QString &title, const QString &message);

    const Schema &m_schema;
    WorkingArea m_area;
    QWidget *m_window;
    RecentFiles m_recent;
    std::unique_ptr<Project> m_project;
};

} // namespace Atelier
