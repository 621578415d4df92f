// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentcontroller.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace Atelier {

/// Editors record their text when they lose focus: make the one being typed in do it now, so that a
/// save or a close sees every keystroke.
static void commitPendingEdit()
{
    const QPointer<QWidget> editor = QApplication::focusWidget();
    if (!editor)
        return;
    editor->clearFocus();
    if (editor && editor->isVisible())
        editor->setFocus();
}

static QString fileFilter()
{
    return DocumentController::tr("Atelier Achat projects (*.atelier)");
}

DocumentController::DocumentController(const Schema &schema, WorkingArea area, QWidget *window)
    : QObject(window), m_schema(schema), m_area(std::move(area)), m_window(window)
{}

DocumentController::~DocumentController() = default;

void DocumentController::warn(const QString &title, const QString &message)
{
    QMessageBox::warning(m_window, title, message);
}

void DocumentController::setProject(std::unique_ptr<Project> project)
{
    Q_EMIT projectAboutToChange();
    m_project = std::move(project);
    if (m_project) {
        connect(m_project.get(), &Project::modifiedChanged, this, &DocumentController::stateChanged);
        connect(m_project.get(), &Project::documentPathChanged, this, &DocumentController::stateChanged);
        connect(&m_project->notifier(), &Notifier::writeFailed, this,
                [this](const QString &message) { warn(tr("Change not recorded"), message); });
    }
    Q_EMIT projectChanged(m_project.get());
    Q_EMIT stateChanged();
}

bool DocumentController::maybeSave()
{
    commitPendingEdit();
    if (!m_project || !m_project->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("Save the changes to “%1” before closing it?").arg(m_project->displayTitle()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setInformativeText(tr("If you don't save, the changes made since the last save are lost."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

bool DocumentController::newProject()
{
    if (!maybeSave())
        return false;
    QString error;
    std::unique_ptr<Project> project = Project::create(m_schema, m_area, &error);
    if (!project) {
        warn(tr("Cannot create a project"), error);
        return false;
    }
    setProject(std::move(project));
    return true;
}

bool DocumentController::open(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_project && m_project->documentPath() == absolute)
        return true;
    if (!maybeSave())
        return false;
    OpenOptions options;
    OpenError error;
    LockHolder holder;
    std::unique_ptr<Project> project = Project::open(absolute, m_schema, m_area, options, error, &holder);
    if (!project && error.code == OpenError::Code::LockedByOther) {
        QMessageBox box(QMessageBox::Question, tr("Project already open"), error.message, QMessageBox::Cancel,
                        m_window);
        QPushButton *readOnly = box.addButton(tr("Open read-only"), QMessageBox::AcceptRole);
        QPushButton *anyway = box.addButton(tr("Open anyway"), QMessageBox::DestructiveRole);
        box.setDefaultButton(readOnly);
        box.exec();
        if (box.clickedButton() != readOnly && box.clickedButton() != anyway)
            return false;
        options.readOnly = box.clickedButton() == readOnly;
        options.ignoreLock = box.clickedButton() == anyway;
        project = Project::open(absolute, m_schema, m_area, options, error);
    }
    if (!project) {
        if (error.code == OpenError::Code::Unreadable)
            m_recent.remove(absolute);
        Q_EMIT recentFilesChanged();
        warn(tr("Cannot open the project"), error.message);
        return false;
    }
    m_recent.add(absolute);
    Q_EMIT recentFilesChanged();
    setProject(std::move(project));
    return true;
}

bool DocumentController::openWithDialog()
{
    const QString start = m_project && !m_project->isUntitled()
                              ? QFileInfo(m_project->documentPath()).absolutePath()
                              : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open a project"), start, fileFilter());
    return !path.isEmpty() && open(path);
}

bool DocumentController::save()
{
    if (!m_project)
        return false;
    commitPendingEdit();
    if (m_project->isUntitled() || m_project->isReadOnly())
        return saveAs();
    QString error;
    if (!m_project->save(&error)) {
        warn(tr("Not saved"), error);
        return false;
    }
    Q_EMIT stateChanged();
    return true;
}

bool DocumentController::saveAs()
{
    if (!m_project)
        return false;
    commitPendingEdit();
    const QString suggested =
        m_project->isUntitled()
            ? QDir::home().filePath(m_project->displayTitle() + QStringLiteral(".atelier"))
            : m_project->documentPath();
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save the project as"), suggested, fileFilter());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".atelier")))
        path += QLatin1String(".atelier");
    QString error;
    if (!m_project->saveAs(path, &error)) {
        warn(tr("Not saved"), error);
        return false;
    }
    m_recent.add(path);
    Q_EMIT recentFilesChanged();
    Q_EMIT stateChanged();
    return true;
}

bool DocumentController::close()
{
    if (!maybeSave())
        return false;
    if (m_project)
        setProject(nullptr);
    return true;
}

bool DocumentController::offerRecovery()
{
    for (const RecoverableWork &work : m_area.recoverable()) {
        const QString where = work.documentPath.isEmpty() ? tr("a project never saved")
                                                          : QDir::toNativeSeparators(work.documentPath);
        QMessageBox box(QMessageBox::Question, tr("Recover unsaved work"),
                        tr("Atelier Achat was interrupted before “%1” (%2) was saved. Its last changes, made "
                           "%3, were kept. Recover them?")
                            .arg(work.title, where, QLocale().toString(work.lastEdit, QLocale::ShortFormat)),
                        QMessageBox::NoButton, m_window);
        QPushButton *recover = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("Discard the changes"), QMessageBox::DestructiveRole);
        box.addButton(tr("Later"), QMessageBox::RejectRole);
        box.setDefaultButton(recover);
        box.exec();
        if (box.clickedButton() == discard) {
            RecoverableWork(work).session.remove();
            continue;
        }
        if (box.clickedButton() != recover || !maybeSave())
            continue;
        OpenError error;
        std::unique_ptr<Project> project = Project::recover(work, m_schema, m_area, error);
        if (!project) {
            warn(tr("Cannot recover the work"), error.message);
            continue;
        }
        setProject(std::move(project));
        return true;
    }
    return false;
}

} // namespace Atelier
