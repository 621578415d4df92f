// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Atelier::DurableFile {

/// Flushes a file's data to the disk (fsync). False with `error` set on failure.
bool sync(const QString &path, QString *error);
/// Syncs a folder, so that the files created, renamed or deleted in it survive a power cut.
bool syncFolder(const QString &folder, QString *error);
/// Replaces `target` by `source` atomically (rename), then syncs the folder so the rename itself survives.
bool replace(const QString &source, const QString &target, QString *error);

/// A seam for the power-cut tests (tests/support/powercutvfs.h), which model the disk under SQLite and
/// must see these steps too: each is told to the watcher before it is done, and fails (as after a power
/// cut) when the watcher refuses it. No watcher (the default, and always outside tests): nothing is told.
class Watcher
{
public:
    virtual ~Watcher() = default;
    virtual bool sync(const QString &path) = 0;
    virtual bool rename(const QString &source, const QString &target) = 0;
    virtual bool syncFolder(const QString &folder) = 0;
};
void setWatcher(Watcher *watcher);

} // namespace Atelier::DurableFile
