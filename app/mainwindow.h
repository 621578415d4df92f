// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "builtinpanels.h"

#include "core/workingarea.h"

#include <QMainWindow>
#include <QUndoGroup>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace Atelier {

class DocumentController;
class Project;
class ReportExporter;
class WelcomePage;

/// The workbench window: a navigator with one entry per panel, the current panel's view, the
/// File / Edit / Export / Panels / Settings / Help menus and a status bar telling the file and whether it
/// is saved. It hosts panels; it knows none of them by name.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Writes the contracts' public data (DECP v2 JSON) to `path`, or says what each contract lacks.
    bool exportDecp(const QString &path);
    /// Brings back the copy at `path`: refused with a message, or the merge dialog (Merge menu item).
    bool mergeCopy(const QString &path);
    /// The journal of changes, as a timeline.
    void showJournal();
    MainWindow(const BuiltinPanels &panels, WorkingArea area, QWidget *parent = nullptr);
    ~MainWindow() override;

    DocumentController &documents() { return *m_documents; }
    ReportExporter &reports() { return *m_reports; }
    QListWidget *navigator() const { return m_navigator; }
    /// The view of the panel shown now (null when no project is open).
    QWidget *currentPanelView() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showProject(Project *project);
    void dropViews();
    /// Brings forward the panel offering `destination` (a request of another panel) on `id`.
    void showDestination(const QString &destination, const QString &id);
    void updateState();
    void updateRecentMenu();
    void chooseLanguage(const QString &code);
    void shareCopy();
    void mergeCopyWithDialog();
    /// A module's name → its panel's title (the core's shared data: "Project").
    QHash<QString, QString> panelTitles() const;
    void about();

    const BuiltinPanels &m_panels;
    DocumentController *m_documents;
    ReportExporter *m_reports;
    QUndoGroup m_undoGroup;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    QListWidget *m_navigator;
    QStackedWidget *m_panelViews;
    QLabel *m_fileLabel;
    QLabel *m_stateLabel;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_projectActions; ///< enabled only while a project is open
};

} // namespace Atelier
