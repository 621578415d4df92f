// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "durablefile.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Atelier::DurableFile {

static Watcher *g_watcher = nullptr;

void setWatcher(Watcher *watcher)
{
    g_watcher = watcher;
}

static bool fail(QString *error)
{
    if (error)
        *error = QString::fromLocal8Bit(std::strerror(errno));
    return false;
}

static bool refused(QString *error)
{
    errno = EIO; // what a machine that stopped would have answered
    return fail(error);
}

static bool syncPath(const QString &path, int flags, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return fail(error);
    const bool ok = ::fsync(fd) == 0;
    const int savedErrno = errno;
    ::close(fd);
    errno = savedErrno;
    return ok || fail(error);
}

bool sync(const QString &path, QString *error)
{
    if (g_watcher && !g_watcher->sync(path))
        return refused(error);
    return syncPath(path, O_RDONLY, error);
}

bool syncFolder(const QString &folder, QString *error)
{
    if (g_watcher && !g_watcher->syncFolder(folder))
        return refused(error);
    return syncPath(folder, O_RDONLY | O_DIRECTORY, error);
}

bool replace(const QString &source, const QString &target, QString *error)
{
    if (g_watcher && !g_watcher->rename(source, target))
        return refused(error);
    if (std::rename(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) != 0)
        return fail(error);
    return syncFolder(QFileInfo(target).absolutePath(), error);
}

} // namespace Atelier::DurableFile
