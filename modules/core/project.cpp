// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project.h"

#include "durablefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <sqlite3.h>

namespace Atelier {

bool ProjectContext::isReadOnly() const
{
    return project.isReadOnly();
}

Project::Project(Sql::Connection db, WorkingSession session, QString documentPath, bool readOnly, const Schema &schema)
    : m_db(std::move(db)), m_schema(schema), m_session(std::move(session)), m_documentPath(std::move(documentPath)),
      m_readOnly(readOnly), m_store(m_db, m_notifier), m_journal(std::make_unique<Journal>(m_db, m_store, m_schema)),
      m_context{*this, m_store, m_notifier, m_undoStack, m_navigation}
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        recordSession();
        Q_EMIT modifiedChanged(!clean);
    });
}

Project::~Project()
{
    disconnect(&m_undoStack, nullptr, this, nullptr); // closing records nothing more
    m_undoStack.clear();
    m_journal.reset(); // its session goes before the connection
    m_db.close();
    m_session.remove();
}

Sql::Connection Project::openWorkingCopy(const QString &path)
{
    Sql::Connection db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    UntrustedDatabase::harden(db, {});
    sqlite3_limit(db.handle(), SQLITE_LIMIT_ATTACHED, 1); // VACUUM INTO (save) attaches its target
    // Every command is durable when it returns; nobody else may touch this private file.
    db.exec(
        QStringLiteral("PRAGMA locking_mode = EXCLUSIVE; PRAGMA journal_mode = DELETE; "
                       "PRAGMA synchronous = FULL; PRAGMA secure_delete = ON; PRAGMA foreign_keys = ON;"));
    return db;
}

static QString workingCopyError(const WorkingArea &area, const QString &reason)
{
    return Project::tr(
               "The working copy could not be created in “%1” (%2). Check the free space on this computer.")
        .arg(QDir::toNativeSeparators(area.directory()), reason);
}

std::unique_ptr<Project> Project::create(const Schema &schema, const WorkingArea &area, QString *error)
{
    WorkingSession session = area.newSession();
    try {
        Sql::Connection db = openWorkingCopy(session.databasePath());
        schema.migrate(db);
        Sql::Statement insert(db, QStringLiteral("INSERT INTO project(id, created_at) VALUES (?1, ?2)"));
        insert.bind(1, newId()).bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).step();
        std::unique_ptr<Project> project(new Project(std::move(db), session, {}, false, schema));
        project->recordSession();
        return project;
    } catch (const Sql::Error &e) {
        session.remove();
        if (error)
            *error = workingCopyError(area, e.message());
        return nullptr;
    }
}

std::unique_ptr<Project> Project::fromChecked(UntrustedDatabase &checked, const Schema &schema,
                                              const WorkingArea &area, const QString &documentPath,
                                              bool readOnly, OpenError &error)
{
    WorkingSession session = area.newSession();
    try {
        Sql::Connection db = openWorkingCopy(session.databasePath());
        checked.copyInto(db);
        schema.migrate(db); // older files are brought up to date here, never in the document
        std::unique_ptr<Project> project(new Project(std::move(db), session, documentPath, readOnly, schema));
        project->recordSession();
        return project;
    } catch (const Sql::Error &e) {
        session.remove();
        error = {OpenError::Code::CannotCreateWorkingCopy, workingCopyError(area, e.message())};
        return nullptr;
    }
}

std::unique_ptr<Project> Project::open(const QString &path, const Schema &schema, const WorkingArea &area,
                                       const OpenOptions &options, OpenError &error, LockHolder *holder)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    std::optional<UntrustedDatabase> checked =
        UntrustedDatabase::load(absolute, schema, error, options.limits);
    if (!checked)
        return nullptr;
    DocumentLock lock;
    if (!options.readOnly) {
        LockHolder who;
        if (lock.acquire(absolute, &who) == DocumentLock::Result::HeldByOther) {
            if (!options.ignoreLock) {
                if (holder)
                    *holder = who;
                error = {
                    OpenError::Code::LockedByOther,
                    tr("“%1” is already open: %2. You can open it read-only, or open it anyway if you are "
                       "sure nobody is editing it.")
                        .arg(QFileInfo(path).fileName(), who.describe())};
                return nullptr;
            }
            lock.force(absolute);
        }
    }
    std::unique_ptr<Project> project = fromChecked(*checked, schema, area, absolute, options.readOnly, error);
    if (project)
        project->m_lock = std::move(lock);
    return project;
}

std::unique_ptr<Project> Project::recover(const RecoverableWork &work, const Schema &schema,
                                          const WorkingArea &area, OpenError &error)
{
    try {
        // A crash during a commit leaves a hot journal: let SQLite roll it back before reading the bytes.
        Sql::Connection settle(work.session.databasePath(), SQLITE_OPEN_READWRITE);
        settle.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    } catch (const Sql::Error &) {
        // load() below explains what is wrong with the file.
    }
    std::optional<UntrustedDatabase> checked =
        UntrustedDatabase::load(work.session.databasePath(), schema, error);
    if (!checked)
        return nullptr;
    std::unique_ptr<Project> project = fromChecked(*checked, schema, area, work.documentPath, false, error);
    if (!project)
        return nullptr;
    if (!work.documentPath.isEmpty())
        project->m_lock.acquire(work.documentPath);
    project->m_undoStack.resetClean(); // the recovered edits are not in the document yet
    project->recordSession();
    RecoverableWork(work).session.remove();
    return project;
}

QString Project::displayTitle() const
{
    try {
        m_lastTitle =
            m_store.value(Entities::project(), m_store.projectId(), QStringLiteral("title")).toString();
    } catch (const Sql::Error &) {
        // the working copy cannot be read at this moment (an I/O error): the title last read stands
    }
    return m_lastTitle.trimmed().isEmpty() ? tr("Untitled project") : m_lastTitle;
}

void Project::recordSession()
{
    m_session.record(m_documentPath, displayTitle(), isModified());
}

static QFileDevice::Permissions permissionsFor(const QString &target)
{
    if (QFileInfo::exists(target))
        return QFile::permissions(target);
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
}

bool Project::writeDocument(const QString &path, QString *error)
{
    return writeDatabase(m_db, path, error);
}

bool Project::writeCopy(const QString &path, const std::function<void(Sql::Connection &)> &prepare, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == m_documentPath) {
        *error = tr("A copy cannot replace the project's own file: choose another name.");
        return false;
    }
    DocumentLock lock;
    LockHolder who;
    if (lock.acquire(absolute, &who) == DocumentLock::Result::HeldByOther) {
        *error = tr("“%1” is open elsewhere (%2): choose another name.").arg(QFileInfo(path).fileName(), who.describe());
        return false;
    }
    // In memory, but without SQLITE_OPEN_MEMORY, which attached files (VACUUM INTO's target) would inherit.
    Sql::Connection copy(QStringLiteral(":memory:"), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    try {
        // Page by page into memory: nothing of the copy touches a disk before `prepare` has run.
        Sql::copyDatabase(m_db, copy);
        prepare(copy);
    } catch (const Sql::Error &e) {
        *error = tr("The copy could not be prepared (%1): nothing was written.").arg(e.message());
        return false;
    }
    return writeDatabase(copy, absolute, error);
}

bool Project::writeDatabase(Sql::Connection &db, const QString &path, QString *error)
{
    const QFileInfo target(path);
    const QString folder = QDir::toNativeSeparators(target.absolutePath());
    if (!target.absoluteDir().exists()) {
        *error = tr("The folder “%1” is no longer there (a USB key removed, or a network share "
                    "disconnected?). Your work is safe in the working copy: reconnect it and save again, or "
                    "choose another folder with Save As.")
                     .arg(folder);
        return false;
    }
    QTemporaryFile temp(
        target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.saving").arg(target.fileName())));
    if (!temp.open()) {
        *error = tr("Atelier Achat cannot write in the folder “%1” (%2). Choose another folder with Save As.")
                     .arg(folder, temp.errorString());
        return false;
    }
    temp.close();
    QString reason;
    try {
        Sql::Statement vacuum(db, QStringLiteral("VACUUM INTO ?1"));
        vacuum.bind(1, temp.fileName()).step();
    } catch (const Sql::Error &e) {
        reason = e.isDiskFull() ? tr("the disk is full") : e.message();
    }
    if (reason.isEmpty()) {
        QFile::setPermissions(temp.fileName(), permissionsFor(path));
        if (DurableFile::sync(temp.fileName(), &reason) &&
            DurableFile::replace(temp.fileName(), path, &reason)) {
            temp.setAutoRemove(false); // it has become the document
            return true;
        }
    }
    *error = tr("“%1” could not be saved in “%2” (%3). The previous version of the file is intact and your "
                "work is safe in the working copy: free some space or choose another folder with Save As.")
                 .arg(target.fileName(), folder, reason);
    return false;
}

bool Project::save(QString *error)
{
    if (isUntitled() || m_readOnly) {
        *error = tr("This project has no file of its own yet: use Save As.");
        return false;
    }
    if (!writeDocument(m_documentPath, error))
        return false;
    m_undoStack.setClean();
    recordSession();
    return true;
}

bool Project::saveAs(const QString &path, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    DocumentLock lock;
    const bool keepLock = absolute == m_documentPath && m_lock.isHeld();
    if (!keepLock) {
        LockHolder who;
        if (lock.acquire(absolute, &who) == DocumentLock::Result::HeldByOther) {
            *error = tr("“%1” is open elsewhere (%2): choose another name.")
                         .arg(QFileInfo(path).fileName(), who.describe());
            return false;
        }
    }
    if (!writeDocument(absolute, error))
        return false;
    if (!keepLock)
        m_lock = std::move(lock);
    m_documentPath = absolute;
    m_readOnly = false;
    m_undoStack.setClean();
    recordSession();
    Q_EMIT documentPathChanged(m_documentPath);
    return true;
}

} // namespace Atelier
