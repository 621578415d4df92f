// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entities.h"
#include "core/sqlite.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

namespace Atelier {
class Store;
class Notifier;
} // namespace Atelier

namespace Atelier::Sourcing {

/// One entry found.
struct SearchHit
{
    QString entryId;
    QString chapterId;
    QString kind;
    QString title;   ///< HTML: the title, matched words in <b>
    QString snippet; ///< HTML: the best passage of the other fields, matched words in <b>
    double rank = 0; ///< bm25: smaller is better
};

/// What a search found. A text that most of the canvas contains ("d", "de") is not ranked: scoring
/// every entry would cost more than a keystroke may take, and such a ranking tells nothing; its
/// entries whose title matches come first, in the canvas's order, and the user is told to type more.
struct SearchResult
{
    QList<SearchHit> hits;
    int matches = 0;     ///< entries found (when ranked), or kMaxRanked + 1 (when too many)
    bool ranked = true;  ///< false: more than kMaxRanked entries match
};

/// Full-text search over every entry of the canvas: SQLite FTS5 in a database of its own, in
/// memory, built from the store when the project opens and kept up to date from the notifier.
/// Derived data only: nothing of it is written into the project file, so a shared file carries no
/// index to trust or to merge. Accents and ligatures are folded ("reemploi" finds "réemploi", "oeuvre"
/// finds "œuvre": frenchtokenizer.h), every word of the
/// query is a prefix, and hits are ranked by bm25 (title counts most, then tags, then the rest).
class CanvasIndex : public QObject
{
    Q_OBJECT
public:
    CanvasIndex(const Store &store, Notifier &notifier, QObject *parent = nullptr);

    /// Beyond this many entries found, the hits are not ranked (SearchResult).
    static constexpr int kMaxRanked = 2000;

    /// The best hits for what the user typed (nothing for an empty or punctuation-only text).
    SearchResult search(const QString &typed, int limit = 50);
    /// The FTS5 query for what the user typed: each word quoted, as a prefix (`"reemp"*`).
    static QString matchExpression(const QString &typed);
    /// The ranked query search() runs when few enough entries match, also the benchmark's raw peer
    /// (parameters: the match, the limit).
    static QString searchSql();
    Sql::Connection &database() { return m_db; }
    /// The entry a row of the FTS5 table indexes (for checking the raw query's answers).
    QString entryOf(qint64 rowid) const { return m_entries.value(rowid).id; }
    int size() const { return int(m_rowids.size()); }

    /// Indexes every entry again from the store.
    void rebuild();

private:
    void put(const Row &entry);
    void drop(const QString &entryId);
    void onChanged(const QString &table, const QString &id);
    /// Reads the hits of a prepared query whose columns are rowid, marked title, marked passage, rank.
    void collect(Sql::Statement &query, QList<SearchHit> &hits, QSet<qint64> *seen = nullptr) const;

    /// What a hit shows besides FTS5's text.
    struct Indexed
    {
        QString id, chapterId, kind;
    };

    const Store &m_store;
    Sql::Connection m_db;
    std::unique_ptr<Sql::Statement> m_insert; ///< prepared once: the index is filled row by row
    QHash<QString, qint64> m_rowids;
    QHash<qint64, Indexed> m_entries;
    qint64 m_nextRowid = 1;
};

} // namespace Atelier::Sourcing
