// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A test-only SQLite VFS over the system's, in the manner of SQLite's own crash tests: it records every
// write, truncation, sync and deletion, and can
//  - cut the power at a chosen event: from then on nothing reaches the disk; settle() then leaves each file
//    as a machine would find it after the cut: its content at its last sync plus a random part of the
//    writes since (each applied whole, torn at a sector, or lost), and each file created or deleted since
//    its folder was last synced either there or not;
//  - inject a fault (SQLITE_FULL, SQLITE_IOERR) at the n-th write or sync, once or until disarmed.
// What counts as synced follows the unix VFS: fsync of the file; the folder is synced on the first sync
// of a new journal and by a delete that asks for it.

#include "core/durablefile.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3_vfs;

namespace AtelierTest {

class PowerCutVfs : public Atelier::DurableFile::Watcher
{
public:
    PowerCutVfs();
    ~PowerCutVfs(); ///< unregisters; the system VFS is the default again
    PowerCutVfs(const PowerCutVfs &) = delete;
    PowerCutVfs &operator=(const PowerCutVfs &) = delete;

    /// Cuts the power just before the `events`-th write, truncation, sync or delete from now.
    void armCut(qint64 events, quint64 seed);
    bool poweredOff() const { return m_off; }
    /// After every connection is closed: writes to disk what the cut left, and forgets every file.
    void settle();

    enum class Fault { DiskFull, IoError };
    /// Fails the `nth` write, truncation or sync from now with `fault` (a full disk: the nth write that
    /// makes a file longer, since overwriting, syncing and truncating need no space); `sticky`: every later
    /// one too.
    void armFault(qint64 nth, Fault fault, bool sticky);
    void disarmFault();
    qint64 faultsInjected() const { return m_faultsInjected; }
    bool faultPending() const { return m_faultAt > 0; }

    qint64 events() const { return m_events; }

    // Save's own steps (DurableFile), modelled like the VFS's: a sync makes a file's content durable; a
    // rename is in the folder only once the folder is synced (until then the old file may come back).
    bool sync(const QString &path) override;
    bool rename(const QString &source, const QString &target) override;
    bool syncFolder(const QString &folder) override;
    qint64 cuts() const { return m_cuts; }

    // --- for the VFS callbacks only ---
    struct Op
    {
        qint64 offset; // -1: a truncation to `size`
        qint64 size;
        QByteArray data;
    };
    struct Tracked
    {
        bool existsNow = false;
        bool entryDurable = false;       ///< the name is in the folder as last synced
        QByteArray durable;              ///< the current file's content at its last sync
        std::vector<Op> pending;         ///< since then
        std::optional<QByteArray> ghost; ///< a deleted file the folder may still show after a cut
        bool newJournal = false, syncedOnce = false;
    };
    Tracked *track(const QString &path, bool created, bool newJournal);
    /// An event: false when it must not happen (power off); `faultCode` set when a fault is injected.
    bool event(bool isWrite, int *faultCode, bool isData = false);
    void syncFile(const QString &path, Tracked &t);
    void folderSynced(const QString &folder);
    void deleted(const QString &path);
    sqlite3_vfs *system() const { return m_system; }

private:
    QByteArray outcome(const Tracked &t);

    std::unique_ptr<sqlite3_vfs> m_vfs;
    sqlite3_vfs *m_system = nullptr;
    std::map<QString, Tracked> m_files; // node-based: a file keeps a pointer to its entry
    QRandomGenerator m_random;
    qint64 m_events = 0, m_cutAt = 0, m_cuts = 0;
    bool m_off = false;
    qint64 m_faultAt = 0, m_faultsInjected = 0;
    int m_faultCode = 0;
    bool m_faultSticky = false, m_faultActive = false;
};

} // namespace AtelierTest
