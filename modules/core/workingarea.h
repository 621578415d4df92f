// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Atelier {

/// One open project's private working copy on local disk, with a small sidecar file that says which
/// document it belongs to, which process edits it, and whether it holds unsaved work.
class WorkingSession
{
public:
    WorkingSession() = default;
    WorkingSession(QString databasePath, QString sidecarPath);

    QString databasePath() const { return m_database; }
    QString sidecarPath() const { return m_sidecar; }

    /// Records the state; written atomically and synced, so it survives a crash.
    bool record(const QString &documentPath, const QString &title, bool dirty);
    /// Deletes the working copy and its sidecar (after a clean close, or a discarded recovery).
    void remove();

private:
    QString m_database, m_sidecar;
};

/// Unsaved work left behind by an instance that ended without closing its project.
struct RecoverableWork
{
    WorkingSession session;
    QString documentPath; ///< empty for a project never saved
    QString title;
    QDateTime lastEdit;
};

/// The folder holding every working copy of this user (QStandardPaths' app data, or a test's folder).
class WorkingArea
{
public:
    explicit WorkingArea(QString directory);
    QString directory() const { return m_dir; }

    /// A fresh session (nothing is created on disk yet but the folder).
    WorkingSession newSession() const;
    /// Sessions whose process is gone and which hold unsaved work. Clean orphans are deleted.
    QList<RecoverableWork> recoverable() const;

private:
    QString m_dir;
};

} // namespace Atelier
