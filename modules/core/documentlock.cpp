// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentlock.h"

#include "entities.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace Atelier {

static QString currentUser()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("?") : user;
}

QString LockHolder::describe() const
{
    const QString when = QLocale().toString(since.toLocalTime(), QLocale::ShortFormat);
    return QCoreApplication::translate("Atelier::DocumentLock", "%1 on the computer %2, since %3")
        .arg(user, host, when);
}

DocumentLock::~DocumentLock()
{
    release();
}

DocumentLock::DocumentLock(DocumentLock &&other) noexcept
    : m_path(std::exchange(other.m_path, {})), m_token(std::exchange(other.m_token, {}))
{}

DocumentLock &DocumentLock::operator=(DocumentLock &&other) noexcept
{
    if (this != &other) {
        release();
        m_path = std::exchange(other.m_path, {});
        m_token = std::exchange(other.m_token, {});
    }
    return *this;
}

QString DocumentLock::lockPathFor(const QString &documentPath)
{
    const QFileInfo info(documentPath);
    return info.absoluteDir().filePath(QStringLiteral(".%1.lock").arg(info.fileName()));
}

bool DocumentLock::isProcessAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

static bool readHolder(const QString &lockPath, LockHolder &holder)
{
    QFile file(lockPath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject o = QJsonDocument::fromJson(file.read(4096)).object();
    holder.user = o.value(QLatin1String("user")).toString();
    holder.host = o.value(QLatin1String("host")).toString();
    holder.pid = qint64(o.value(QLatin1String("pid")).toDouble());
    holder.since = QDateTime::fromString(o.value(QLatin1String("since")).toString(), Qt::ISODate);
    return true;
}

bool DocumentLock::write(const QString &lockPath, bool exclusive)
{
    QFile file(lockPath);
    const auto mode = QIODevice::WriteOnly | (exclusive ? QIODevice::NewOnly : QIODevice::Truncate);
    if (!file.open(mode))
        return false;
    m_token = newId();
    const QJsonObject o{{QLatin1String("user"), currentUser()},
                        {QLatin1String("host"), QSysInfo::machineHostName()},
                        {QLatin1String("pid"), double(QCoreApplication::applicationPid())},
                        {QLatin1String("since"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                        {QLatin1String("token"), m_token}};
    if (file.write(QJsonDocument(o).toJson()) < 0 || !file.flush())
        return false;
    m_path = lockPath;
    return true;
}

DocumentLock::Result DocumentLock::acquire(const QString &documentPath, LockHolder *holder)
{
    release();
    const QString lockPath = lockPathFor(documentPath);
    if (write(lockPath, true))
        return Result::Acquired;
    LockHolder current;
    if (!QFileInfo::exists(lockPath) || !readHolder(lockPath, current))
        return Result::NotPossible;
    const bool stale = current.host == QSysInfo::machineHostName() && !isProcessAlive(current.pid);
    if (stale && write(lockPath, false))
        return Result::Acquired;
    if (holder)
        *holder = current;
    return Result::HeldByOther;
}

void DocumentLock::force(const QString &documentPath)
{
    release();
    write(lockPathFor(documentPath), false);
}

void DocumentLock::release()
{
    if (m_path.isEmpty())
        return;
    // Remove the lock only while it is still ours (somebody may have forced it since).
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(file.read(4096)).object();
        file.close();
        if (o.value(QLatin1String("token")).toString() == m_token)
            QFile::remove(m_path);
    }
    m_path.clear();
    m_token.clear();
}

} // namespace Atelier
