// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentlock.h"
#include "journal.h"
#include "navigation.h"
#include "notifier.h"
#include "openerror.h"
#include "projectcontext.h"
#include "safeopen.h"
#include "schema.h"
#include "sqlite.h"
#include "store.h"
#include "workingarea.h"

#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace Atelier {

/// How to open a document.
struct OpenOptions
{
    bool readOnly = false;   ///< a view only: no edits, no lock taken
    bool ignoreLock = false; ///< the user chose to open a document somebody else holds
    OpenLimits limits = {};
};

/// One open project: the document the user sees (the .atelier file, written only by save/saveAs)
/// and the private working copy every edit goes to (durable at once, recoverable after a crash).
/// Owns the working connection, the store, the notifier and the undo stack.
class Project : public QObject
{
    Q_OBJECT
public:
    /// A new, untitled project.
    static std::unique_ptr<Project> create(const Schema &schema, const WorkingArea &area, QString *error);
    /// Opens a document through safe open. On refusal returns null with `error` filled; with
    /// LockedByOther, `holder` says who has it (retry with readOnly or ignoreLock).
    static std::unique_ptr<Project> open(const QString &path, const Schema &schema, const WorkingArea &area,
                                         const OpenOptions &options, OpenError &error,
                                         LockHolder *holder = nullptr);
    /// Reopens unsaved work left by a crashed instance; it comes back modified, tied to its document.
    static std::unique_ptr<Project> recover(const RecoverableWork &work, const Schema &schema,
                                            const WorkingArea &area, OpenError &error);
    ~Project() override;

    QString documentPath() const { return m_documentPath; }
    bool isUntitled() const { return m_documentPath.isEmpty(); }
    bool isReadOnly() const { return m_readOnly; }
    bool isModified() const { return !m_undoStack.isClean(); }
    /// The project's title, or "Untitled project".
    QString displayTitle() const;
    QString workingCopyPath() const { return m_session.databasePath(); }

    /// Writes the document atomically (temporary file in the same folder, fsync, rename).
    bool save(QString *error);
    /// Writes to a new document path, which becomes this project's document.
    bool saveAs(const QString &path, QString *error);
    /// Writes a copy of the project to `path` that is not this project's document (a copy to share):
    /// the working copy is copied into memory, `prepare` changes that copy (what must not travel
    /// removed, in transactions of its own), and it is written like a save (a fresh file, so nothing deleted
    /// survives in it, then fsync and rename). `prepare` throws Sql::Error to refuse; nothing is written then.
    bool writeCopy(const QString &path, const std::function<void(Sql::Connection &)> &prepare, QString *error);

    Store &store() { return m_store; }
    Notifier &notifier() { return m_notifier; }
    QUndoStack &undoStack() { return m_undoStack; }
    ProjectContext &context() { return m_context; }
    /// The journal of changes (who, when, what), written with every change.
    Journal &journal() { return *m_journal; }
    const Schema &schema() const { return m_schema; }

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void documentPathChanged(const QString &path);

private:
    Project(Sql::Connection db, WorkingSession session, QString documentPath, bool readOnly, const Schema &schema);
    static Sql::Connection openWorkingCopy(const QString &path);
    static std::unique_ptr<Project> fromChecked(UntrustedDatabase &checked, const Schema &schema,
                                                const WorkingArea &area, const QString &documentPath,
                                                bool readOnly, OpenError &error);
    void recordSession();
    bool writeDocument(const QString &path, QString *error);
    static bool writeDatabase(Sql::Connection &db, const QString &path, QString *error);

    Sql::Connection m_db;
    Schema m_schema;
    WorkingSession m_session;
    QString m_documentPath;
    mutable QString m_lastTitle;
    bool m_readOnly;
    DocumentLock m_lock;
    Notifier m_notifier;
    Store m_store;
    std::unique_ptr<Journal> m_journal;
    QUndoStack m_undoStack;
    Navigation m_navigation;
    ProjectContext m_context;
};

} // namespace Atelier
