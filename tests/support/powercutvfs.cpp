// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "powercutvfs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cstring>

namespace AtelierTest {

namespace {

constexpr qint64 kSector = 4096; // the unix VFS's sector size: the unit a cut may tear a write at

struct CutFile
{
    sqlite3_file base;
    PowerCutVfs *owner;
    PowerCutVfs::Tracked *tracked; // null for temporary files, which no cut concerns
    QString *path;
    sqlite3_file *real; // follows this struct in the same allocation
};

PowerCutVfs *ownerOf(sqlite3_vfs *vfs)
{
    return static_cast<PowerCutVfs *>(vfs->pAppData);
}

CutFile *cut(sqlite3_file *f)
{
    return reinterpret_cast<CutFile *>(f);
}

QByteArray readDisk(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int xClose(sqlite3_file *f)
{
    CutFile *c = cut(f);
    const int rc = c->real->pMethods ? c->real->pMethods->xClose(c->real) : SQLITE_OK;
    delete c->path;
    c->path = nullptr;
    return rc;
}

int xRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    return cut(f)->real->pMethods->xRead(cut(f)->real, buffer, amount, offset);
}

int xWrite(sqlite3_file *f, const void *data, int amount, sqlite3_int64 offset)
{
    CutFile *c = cut(f);
    if (!c->tracked)
        return c->real->pMethods->xWrite(c->real, data, amount, offset);
    int fault = 0;
    sqlite3_int64 size = 0;
    c->real->pMethods->xFileSize(c->real, &size);
    // Only a write that makes the file longer needs space: overwriting in place never meets a full disk.
    if (!c->owner->event(true, &fault, offset + amount > size))
        return SQLITE_IOERR_WRITE;
    if (fault)
        return fault == SQLITE_FULL ? SQLITE_FULL : SQLITE_IOERR_WRITE;
    const int rc = c->real->pMethods->xWrite(c->real, data, amount, offset);
    if (rc == SQLITE_OK)
        c->tracked->pending.push_back({offset, amount, QByteArray(static_cast<const char *>(data), amount)});
    return rc;
}

int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    CutFile *c = cut(f);
    if (!c->tracked)
        return c->real->pMethods->xTruncate(c->real, size);
    int fault = 0;
    if (!c->owner->event(true, &fault))
        return SQLITE_IOERR_TRUNCATE;
    if (fault)
        return SQLITE_IOERR_TRUNCATE;
    const int rc = c->real->pMethods->xTruncate(c->real, size);
    if (rc == SQLITE_OK)
        c->tracked->pending.push_back({-1, size, {}});
    return rc;
}

int xSync(sqlite3_file *f, int flags)
{
    CutFile *c = cut(f);
    if (!c->tracked)
        return c->real->pMethods->xSync(c->real, flags);
    int fault = 0;
    if (!c->owner->event(true, &fault))
        return SQLITE_IOERR_FSYNC;
    if (fault)
        return SQLITE_IOERR_FSYNC;
    const int rc = c->real->pMethods->xSync(c->real, flags);
    if (rc == SQLITE_OK)
        c->owner->syncFile(*c->path, *c->tracked);
    return rc;
}

int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return cut(f)->real->pMethods->xFileSize(cut(f)->real, size);
}
int xLock(sqlite3_file *f, int lock)
{
    return cut(f)->real->pMethods->xLock(cut(f)->real, lock);
}
int xUnlock(sqlite3_file *f, int lock)
{
    return cut(f)->real->pMethods->xUnlock(cut(f)->real, lock);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return cut(f)->real->pMethods->xCheckReservedLock(cut(f)->real, out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return cut(f)->real->pMethods->xFileControl(cut(f)->real, op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return cut(f)->real->pMethods->xSectorSize(cut(f)->real);
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return cut(f)->real->pMethods->xDeviceCharacteristics(cut(f)->real);
}

const sqlite3_io_methods kMethods = {1, // no shared memory, no memory map: the working copy uses neither
                                     xClose,
                                     xRead,
                                     xWrite,
                                     xTruncate,
                                     xSync,
                                     xFileSize,
                                     xLock,
                                     xUnlock,
                                     xCheckReservedLock,
                                     xFileControl,
                                     xSectorSize,
                                     xDeviceCharacteristics,
                                     nullptr,
                                     nullptr,
                                     nullptr,
                                     nullptr,
                                     nullptr,
                                     nullptr};

int xOpen(sqlite3_vfs *vfs, const char *name, sqlite3_file *f, int flags, int *outFlags)
{
    PowerCutVfs *owner = ownerOf(vfs);
    CutFile *c = cut(f);
    c->base.pMethods = nullptr;
    c->owner = owner;
    c->tracked = nullptr;
    c->path = nullptr;
    c->real = reinterpret_cast<sqlite3_file *>(c + 1);
    const bool temporary = !name || (flags & SQLITE_OPEN_DELETEONCLOSE);
    QString path;
    bool existed = false;
    if (!temporary) {
        path = QFileInfo(QString::fromUtf8(name)).absoluteFilePath();
        existed = QFileInfo::exists(path);
    }
    const int rc = owner->system()->xOpen(owner->system(), name, c->real, flags, outFlags);
    if (rc != SQLITE_OK)
        return rc;
    c->base.pMethods = &kMethods;
    if (!temporary) {
        const bool journal = flags & (SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_SUPER_JOURNAL | SQLITE_OPEN_WAL);
        const bool created = !existed && (flags & SQLITE_OPEN_CREATE);
        c->path = new QString(path);
        c->tracked = owner->track(path, created, created && journal);
    }
    return SQLITE_OK;
}

int xDelete(sqlite3_vfs *vfs, const char *name, int syncDir)
{
    PowerCutVfs *owner = ownerOf(vfs);
    int fault = 0;
    if (!owner->event(false, &fault))
        return SQLITE_IOERR_DELETE;
    const int rc = owner->system()->xDelete(owner->system(), name, syncDir);
    if (rc == SQLITE_OK) {
        const QString path = QFileInfo(QString::fromUtf8(name)).absoluteFilePath();
        owner->deleted(path);
        if (syncDir)
            owner->folderSynced(QFileInfo(path).absolutePath());
    }
    return rc;
}

int xAccess(sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
    return ownerOf(vfs)->system()->xAccess(ownerOf(vfs)->system(), name, flags, out);
}
int xFullPathname(sqlite3_vfs *vfs, const char *name, int n, char *out)
{
    return ownerOf(vfs)->system()->xFullPathname(ownerOf(vfs)->system(), name, n, out);
}
int xRandomness(sqlite3_vfs *vfs, int n, char *out)
{
    return ownerOf(vfs)->system()->xRandomness(ownerOf(vfs)->system(), n, out);
}
int xSleep(sqlite3_vfs *vfs, int microseconds)
{
    return ownerOf(vfs)->system()->xSleep(ownerOf(vfs)->system(), microseconds);
}
int xCurrentTime(sqlite3_vfs *vfs, double *out)
{
    return ownerOf(vfs)->system()->xCurrentTime(ownerOf(vfs)->system(), out);
}
int xGetLastError(sqlite3_vfs *vfs, int n, char *out)
{
    return ownerOf(vfs)->system()->xGetLastError(ownerOf(vfs)->system(), n, out);
}
int xCurrentTimeInt64(sqlite3_vfs *vfs, sqlite3_int64 *out)
{
    return ownerOf(vfs)->system()->xCurrentTimeInt64(ownerOf(vfs)->system(), out);
}

} // namespace

PowerCutVfs::PowerCutVfs() : m_vfs(std::make_unique<sqlite3_vfs>()), m_system(sqlite3_vfs_find(nullptr))
{
    std::memset(m_vfs.get(), 0, sizeof(sqlite3_vfs));
    m_vfs->iVersion = 2;
    m_vfs->szOsFile = int(sizeof(CutFile)) + m_system->szOsFile;
    m_vfs->mxPathname = m_system->mxPathname;
    m_vfs->zName = "atelier-power-cut";
    m_vfs->pAppData = this;
    m_vfs->xOpen = xOpen;
    m_vfs->xDelete = xDelete;
    m_vfs->xAccess = xAccess;
    m_vfs->xFullPathname = xFullPathname;
    m_vfs->xRandomness = xRandomness;
    m_vfs->xSleep = xSleep;
    m_vfs->xCurrentTime = xCurrentTime;
    m_vfs->xGetLastError = xGetLastError;
    m_vfs->xCurrentTimeInt64 = xCurrentTimeInt64;
    sqlite3_vfs_register(m_vfs.get(), 1);
    Atelier::DurableFile::setWatcher(this);
}

PowerCutVfs::~PowerCutVfs()
{
    Atelier::DurableFile::setWatcher(nullptr);
    sqlite3_vfs_unregister(m_vfs.get());
    sqlite3_vfs_register(m_system, 1);
}

void PowerCutVfs::armCut(qint64 events, quint64 seed)
{
    m_cutAt = m_events + events;
    m_random.seed(seed);
}

bool PowerCutVfs::event(bool isWrite, int *faultCode, bool isData)
{
    if (m_off)
        return false;
    ++m_events;
    if (m_cutAt > 0 && m_events >= m_cutAt) {
        m_off = true;
        ++m_cuts;
        return false;
    }
    // A full disk refuses data written, not a sync or a truncation; an I/O error may come at any of them.
    const bool concerned = isWrite && (isData || m_faultCode != SQLITE_FULL);
    if (concerned && (m_faultActive || (m_faultAt > 0 && --m_faultAt == 0))) {
        m_faultActive = m_faultSticky;
        ++m_faultsInjected;
        *faultCode = m_faultCode;
    }
    return true;
}

void PowerCutVfs::armFault(qint64 nth, Fault fault, bool sticky)
{
    m_faultAt = nth;
    m_faultCode = fault == Fault::DiskFull ? SQLITE_FULL : SQLITE_IOERR;
    m_faultSticky = sticky;
    m_faultActive = false;
}

void PowerCutVfs::disarmFault()
{
    m_faultAt = 0;
    m_faultActive = false;
}

PowerCutVfs::Tracked *PowerCutVfs::track(const QString &path, bool created, bool newJournal)
{
    auto [found, isNew] = m_files.try_emplace(path);
    Tracked &t = found->second;
    if (isNew) {
        t.entryDurable = !created; // a file that was there before we looked is taken as durable
        if (!created)
            t.durable = readDisk(path);
    } else if (created) {
        // A new file under a name deleted before the folder was synced: the old one may come back.
        if (t.entryDurable && !t.existsNow && !t.ghost)
            t.ghost = t.durable;
        t.entryDurable = false;
        t.durable.clear();
        t.pending.clear();
        t.syncedOnce = false;
    }
    t.existsNow = true;
    t.newJournal = newJournal;
    return &t;
}

void PowerCutVfs::syncFile(const QString &path, Tracked &t)
{
    t.durable = readDisk(path);
    t.pending.clear();
    if (t.newJournal && !t.syncedOnce) // the unix VFS syncs a new journal's folder on its first sync
        folderSynced(QFileInfo(path).absolutePath());
    t.syncedOnce = true;
}

void PowerCutVfs::folderSynced(const QString &folder)
{
    for (auto &[path, t] : m_files) {
        if (QFileInfo(path).absolutePath() != folder)
            continue;
        t.entryDurable = t.existsNow;
        t.ghost.reset();
    }
}

bool PowerCutVfs::sync(const QString &path)
{
    int fault = 0;
    if (!event(true, &fault) || fault)
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    syncFile(absolute, *track(absolute, false, false));
    return true;
}

bool PowerCutVfs::rename(const QString &source, const QString &target)
{
    int fault = 0;
    if (!event(false, &fault))
        return false;
    const QString from = QFileInfo(source).absoluteFilePath(), to = QFileInfo(target).absoluteFilePath();
    Tracked moved = *track(from, false, false);
    const auto known = m_files.find(to);
    const bool existed = known != m_files.end() ? known->second.existsNow : QFileInfo::exists(to);
    Tracked &dst = *track(to, !existed, false); // the document replaced: as durable as it was saved
    if (dst.entryDurable && !dst.ghost)
        dst.ghost = dst.durable; // until the folder is synced, the old document may come back
    dst.durable = moved.durable;
    dst.pending = moved.pending;
    dst.entryDurable = false;
    dst.existsNow = true;
    m_files.erase(from);
    return true;
}

bool PowerCutVfs::syncFolder(const QString &folder)
{
    int fault = 0;
    if (!event(false, &fault))
        return false;
    folderSynced(QFileInfo(folder).absoluteFilePath());
    return true;
}

void PowerCutVfs::deleted(const QString &path)
{
    const auto found = m_files.find(path);
    if (found == m_files.end())
        return;
    Tracked &t = found->second;
    if (t.entryDurable && !t.ghost)
        t.ghost = t.durable;
    t.existsNow = false;
    t.pending.clear();
}

QByteArray PowerCutVfs::outcome(const Tracked &t)
{
    QByteArray bytes = t.durable;
    for (const Op &op : t.pending) {
        const int fate = int(m_random.bounded(3)); // 0 lost, 1 whole, 2 torn at a sector
        if (fate == 0)
            continue;
        if (op.offset < 0) {
            bytes.resize(qMin<qint64>(bytes.size(), op.size));
            continue;
        }
        qint64 length = op.data.size();
        if (fate == 2 && length > kSector)
            length = kSector * qint64(m_random.bounded(int(length / kSector) + 1));
        if (length == 0)
            continue;
        if (bytes.size() < op.offset + length)
            bytes.resize(op.offset + length, '\0');
        std::memcpy(bytes.data() + op.offset, op.data.constData(), size_t(length));
    }
    return bytes;
}

void PowerCutVfs::settle()
{
    for (const auto &[path, t] : m_files) {
        // Which file the name shows: the current one if its entry is durable; otherwise either.
        enum { Absent, Current, Ghost } shown = Absent;
        if (t.existsNow)
            shown = t.entryDurable || m_random.bounded(2) ? Current : (t.ghost ? Ghost : Absent);
        else if (t.ghost)
            shown = m_random.bounded(2) ? Ghost : Absent;
        QFile::remove(path);
        if (shown == Absent)
            continue;
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(shown == Current ? outcome(t) : *t.ghost);
    }
    m_files.clear();
    m_off = false;
    m_cutAt = 0;
}

} // namespace AtelierTest
