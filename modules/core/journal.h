// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The journal of a project: every committed change, who made it, when, in which administration, and
// what (a summary of its changeset), kept in the file and tamper-evident. Each entry's id is the SHA-256
// of its content and of the id of the entry before it (and, for a merge, of the other side's last
// entry), so a changed byte, or an entry taken out, breaks the chain where it happened.
#pragma once

#include "sqlite.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace Atelier {

class Schema;
class Store;
namespace Changes {
class Recorder;
}

/// Who makes the changes.
struct Author
{
    QString person, administration;
};

/// What a changeset did, table by table: the ids of the rows added, changed (with the columns) and removed.
/// It holds no value, so the journal never keeps anyone's personal data.
struct ChangeSummary
{
    struct Table
    {
        QString name;
        QStringList inserted, deleted;
        QList<std::pair<QString, QStringList>> updated;
    };
    QList<Table> tables;

    QString toJson() const;
    static ChangeSummary fromJson(const QString &json);
    /// In words, one line a table: "participant: 1 added, 2 changed (name, role)".
    QString describe() const;
    int size() const;
};

struct JournalEntry
{
    QString id, parent, merged;
    qint64 seq = 0;
    QString at, person, administration, action, modules, detail;

    /// The bytes the id is the SHA-256 of (docs/merge-and-journal.md gives their exact form).
    QByteArray canonical() const;
    QString computedId() const;
};

/// Records a journal entry for each write transaction of the working connection, inside it.
class Journal : public Sql::TransactionObserver
{
public:
    Journal(Sql::Connection &db, const Store &store, const Schema &schema);
    ~Journal() override;

    void setAuthor(Author author) { m_author = std::move(author); }
    const Author &author() const { return m_author; }
    /// The next entry records a merge whose other side's journal ended with `theirs`, ours with `ours`
    /// (before their entries were appended): the entry follows ours and names theirs.
    void setMerged(const QString &theirs, const QString &ours)
    {
        m_merged = theirs;
        m_mergeParent = ours;
    }

    void begun() override;
    void committing() override;

    /// The tables the journal does not follow: its own, the file's versions, the private ones.
    static QSet<QString> untracked(const Schema &schema);
    static QList<JournalEntry> entries(Sql::Connection &db);
    /// The id of the last entry ("" when there is none).
    static QString head(Sql::Connection &db);
    /// Appends entries recorded elsewhere (a merge brings the other side's), keeping their ids.
    static void append(Sql::Connection &db, const QList<JournalEntry> &entries);
    static ChangeSummary summarise(Sql::Connection &db, const QByteArray &changeset);
    /// Whose work the file holds when nobody said: the administration the copy was shared for, or the
    /// project's own.
    static Author defaultAuthor(Sql::Connection &db);

    struct Verdict
    {
        bool intact = true;
        int entries = 0;
        qint64 brokenAt = -1; ///< the seq of the first entry that does not hold
        QString why;          ///< in the user's language
    };
    static Verdict verify(Sql::Connection &db);

private:
    Sql::Connection &m_db;
    const Store &m_store;
    QHash<QString, QString> m_modules;
    std::unique_ptr<Changes::Recorder> m_recorder;
    Author m_author;
    QString m_merged, m_mergeParent;
};

struct JournalText
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Journal)
};

} // namespace Atelier
