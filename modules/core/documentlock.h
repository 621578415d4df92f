// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Atelier {

/// Who holds a document open, as written in its lock file.
struct LockHolder
{
    QString user, host;
    qint64 pid = 0;
    QDateTime since;
    /// "Marie on PC-ACHATS-2, since 14:03" in the user's language.
    QString describe() const;
};

/// A lock file beside a document (".<name>.lock") telling other instances, on this machine or
/// through a network share, who has the document open. SQLite itself gives no such sign.
class DocumentLock
{
public:
    DocumentLock() = default;
    ~DocumentLock();
    DocumentLock(DocumentLock &&other) noexcept;
    DocumentLock &operator=(DocumentLock &&other) noexcept;

    enum class Result { Acquired, HeldByOther, NotPossible };
    /// Takes the lock for `documentPath`; a stale lock (dead process on this machine) is taken over.
    /// With HeldByOther, `holder` says who has it. NotPossible: the folder cannot be written (the
    /// document is then opened without a lock, as on a read-only medium).
    Result acquire(const QString &documentPath, LockHolder *holder = nullptr);
    /// Takes the lock even when somebody else holds it (the user chose "open anyway").
    void force(const QString &documentPath);
    void release();
    bool isHeld() const { return !m_path.isEmpty(); }

    static QString lockPathFor(const QString &documentPath);
    static bool isProcessAlive(qint64 pid);

private:
    bool write(const QString &lockPath, bool exclusive);
    QString m_path;
    QString m_token;
};

} // namespace Atelier
