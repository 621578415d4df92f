// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvasindex.h"

#include "frenchtokenizer.h"
#include "sourcingschema.h"

#include "core/notifier.h"
#include "core/store.h"

#include <QRegularExpression>

#include <sqlite3.h>

namespace Atelier::Sourcing {

/// The fields of an entry searched besides its title and tags (whatever its kind: an empty field
/// costs nothing).
static const char *const kBodyColumns[] = {"actor_kind", "territory", "capacities", "contact", "reference",
                                           "scope", "link", "worked", "did_not_work", "unit", "source", "notes"};

/// Marks the matched words in FTS5's output: control characters no entry can hold, turned into
/// HTML once the rest of the text is escaped.
static const QChar kOpen(0x02), kClose(0x03);

CanvasIndex::CanvasIndex(const Store &store, Notifier &notifier, QObject *parent)
    : QObject(parent), m_store(store), m_db(Sql::Connection::openMemory())
{
    if (!registerFrenchTokenizer(m_db.handle()))
        throw Sql::Error(SQLITE_ERROR, QStringLiteral("FTS5 is missing from this SQLite"));
    m_db.exec(QStringLiteral("CREATE VIRTUAL TABLE entry_search USING fts5(title, tags, body, "
                             "tokenize = '%1 remove_diacritics 2', prefix = '1 2 3');"
                             // Ranked by FTS5 itself: ORDER BY rank sorts inside FTS5, so the titles and
                             // passages are marked up for the rows returned only, not for every match.
                             "INSERT INTO entry_search(entry_search, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0)');")
                  .arg(QLatin1String(kFrenchTokenizer)));
    m_insert = std::make_unique<Sql::Statement>(
        m_db, QStringLiteral("INSERT INTO entry_search(rowid, title, tags, body) VALUES (?, ?, ?, ?)"));
    rebuild();
    const QString entries = QString::fromLatin1(Tables::entry().name);
    connect(&notifier, &Notifier::rowInserted, this, [this, entries](const QString &table, const QString &id) {
        if (table == entries)
            onChanged(table, id);
    });
    connect(&notifier, &Notifier::valueChanged, this,
            [this, entries](const QString &table, const QString &id, const QString &) {
                if (table == entries)
                    onChanged(table, id);
            });
    connect(&notifier, &Notifier::rowRemoved, this, [this, entries](const QString &table, const QString &id) {
        if (table == entries)
            drop(id);
    });
    connect(&notifier, &Notifier::tableReloaded, this, [this, entries](const QString &table) {
        if (table == entries)
            rebuild();
    });
}

void CanvasIndex::rebuild()
{
    Sql::Transaction batch(m_db);
    m_db.exec(QStringLiteral("DELETE FROM entry_search;"));
    m_rowids.clear();
    m_entries.clear();
    for (const Row &entry : m_store.rows(Tables::entry()))
        put(entry);
    batch.commit();
    // One search now, so that the first keystroke does not pay for FTS5 reading its structure and
    // SQLite preparing the queries for the first time.
    (void)search(QStringLiteral("a"), 1);
}

void CanvasIndex::onChanged(const QString &, const QString &id)
{
    const Row entry = m_store.row(Tables::entry(), id);
    drop(id);
    if (!entry.isEmpty())
        put(entry);
}

void CanvasIndex::put(const Row &entry)
{
    QStringList body;
    for (const char *column : kBodyColumns)
        if (const QString value = text(entry, column); !value.isEmpty())
            body << value;
    const QString id = text(entry, "id");
    const qint64 rowid = m_nextRowid++;
    m_insert->reset();
    m_insert->bind(1, rowid).bind(2, text(entry, "title")).bind(3, text(entry, "tags")).bind(4, body.join(QLatin1Char('\n')));
    m_insert->step();
    m_rowids.insert(id, rowid);
    m_entries.insert(rowid, {id, text(entry, "chapter_id"), text(entry, "kind")});
}

void CanvasIndex::drop(const QString &entryId)
{
    const auto it = m_rowids.constFind(entryId);
    if (it == m_rowids.constEnd())
        return;
    Sql::Statement remove(m_db, QStringLiteral("DELETE FROM entry_search WHERE rowid = ?"));
    remove.bind(1, it.value());
    remove.step();
    m_entries.remove(it.value());
    m_rowids.erase(it);
}

QString CanvasIndex::matchExpression(const QString &typed)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    QStringList terms;
    for (auto it = word.globalMatch(typed); it.hasNext();)
        terms << QLatin1Char('"') + it.next().captured() + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

QString CanvasIndex::searchSql()
{
    return QStringLiteral("SELECT rowid, highlight(entry_search, 0, char(2), char(3)), "
                          "snippet(entry_search, 2, char(2), char(3), '…', 14), rank "
                          "FROM entry_search WHERE entry_search MATCH ? ORDER BY rank LIMIT ?");
}

/// FTS5's marked text as HTML: escaped, the marks as bold, Markdown's emphasis signs left out.
static QString toHtml(QString marked)
{
    static const QRegularExpression markdown(QStringLiteral("\\*\\*|__|^#+\\s|\\n"), QRegularExpression::MultilineOption);
    marked.replace(markdown, QStringLiteral(" "));
    QString html = marked.toHtmlEscaped();
    html.replace(kOpen, QStringLiteral("<b>"));
    html.replace(kClose, QStringLiteral("</b>"));
    return html.trimmed();
}

void CanvasIndex::collect(Sql::Statement &query, QList<SearchHit> &hits, QSet<qint64> *seen) const
{
    while (query.step()) {
        const qint64 rowid = query.integer(0);
        if (seen && seen->contains(rowid))
            continue;
        if (seen)
            seen->insert(rowid);
        const Indexed indexed = m_entries.value(rowid);
        hits.append({indexed.id, indexed.chapterId, indexed.kind, toHtml(query.text(1)), toHtml(query.text(2)),
                     query.value(3).toDouble()});
    }
}

SearchResult CanvasIndex::search(const QString &typed, int limit)
{
    const QString match = matchExpression(typed);
    SearchResult result;
    if (match.isEmpty())
        return result;
    // How many entries match, counted no further than the ranking's limit (cheap: no scoring).
    Sql::Statement count(m_db, QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM entry_search "
                                              "WHERE entry_search MATCH ? LIMIT ?)"));
    count.bind(1, match).bind(2, kMaxRanked + 1);
    result.matches = count.step() ? int(count.integer(0)) : 0;
    result.ranked = result.matches <= kMaxRanked;
    if (result.ranked) {
        Sql::Statement query(m_db, searchSql());
        query.bind(1, match).bind(2, limit);
        collect(query, result.hits);
        return result;
    }
    // Too many to rank: the entries whose title matches, then the others, in the canvas's order.
    QSet<qint64> seen;
    for (const QString &where : {QStringLiteral("{title} : (%1)").arg(match), match}) {
        if (result.hits.size() >= limit)
            break;
        Sql::Statement query(m_db, QStringLiteral("SELECT rowid, highlight(entry_search, 0, char(2), char(3)), "
                                                  "snippet(entry_search, 2, char(2), char(3), '…', 14), 0 "
                                                  "FROM entry_search WHERE entry_search MATCH ? LIMIT ?"));
        query.bind(1, where).bind(2, limit);
        collect(query, result.hits, &seen);
    }
    while (result.hits.size() > limit)
        result.hits.removeLast();
    return result;
}

} // namespace Atelier::Sourcing
