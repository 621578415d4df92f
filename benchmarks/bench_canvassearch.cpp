// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The canvas's search as you type, over 20,000 entries whose text is drawn word by word from the
// French of the templates shipped with the app (so words keep their natural frequencies). For each
// keystroke of words typed letter by letter: CanvasIndex::search (the match built from the typed
// text, the count, FTS5, the hits with their highlighted title and passage as HTML: what the panel
// shows) beside the raw FTS5 query — MATCH, ORDER BY rank, LIMIT 50, the same columns, prepared,
// bound and stepped through on the same database — and their ratio. Cold: the first run of that
// text after the index was built; warm: the median of 30 runs. A ranked answer must be the raw
// query's (same entries, same order); an unranked one (more than 2,000 entries match) must hold only
// entries that match; otherwise FAILED. Also: the index built from the store, with its own peak memory.
#include "benchtools.h"

#include "core/notifier.h"
#include "core/project.h"
#include "core/store.h"
#include "core/workingarea.h"
#include "sourcing/canvasimport.h"
#include "sourcing/canvasindex.h"
#include "sourcing/sourcingpanel.h"
#include "sourcing/sourcingschema.h"

#include <QGuiApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>

using namespace Atelier;
using namespace Atelier::Sourcing;
using Bench::ms;

namespace {

constexpr int kEntries = 20000;

/// Every word of the templates' French, in order, repeats included.
QStringList templateWords()
{
    QStringList words;
    static const QRegularExpression word(QStringLiteral("[\\p{L}]+"));
    for (const CanvasTemplate &t : CanvasImport::templates()) {
        QFile file(t.resource);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        for (auto it = word.globalMatch(text); it.hasNext();)
            words << it.next().captured();
    }
    return words;
}

QString phrase(const QStringList &words, QRandomGenerator &random, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << words.at(random.bounded(int(words.size())));
    return out.join(QLatin1Char(' '));
}

/// The rowids the raw FTS5 query returns, and the time it took (prepare, bind, every row read).
QList<qint64> raw(Sql::Connection &db, const QString &match, double *elapsed)
{
    QElapsedTimer t;
    t.start();
    Sql::Statement query(db, CanvasIndex::searchSql());
    query.bind(1, match).bind(2, 50);
    QList<qint64> rows;
    while (query.step()) {
        rows << query.integer(0);
        (void)query.text(1);
        (void)query.text(2);
        (void)query.value(3);
    }
    *elapsed = ms(t);
    return rows;
}

/// Whether the entry is one the raw match finds (its text holds every word typed as a prefix).
bool matches(CanvasIndex &index, const QString &typed, const QString &entryId)
{
    Sql::Statement query(index.database(), QStringLiteral("SELECT rowid FROM entry_search WHERE entry_search MATCH ?"));
    query.bind(1, CanvasIndex::matchExpression(typed));
    while (query.step())
        if (index.entryOf(query.integer(0)) == entryId)
            return true;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    Bench::offscreenByDefault();
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    WorkingArea area(dir.filePath(QStringLiteral("work")));
    SourcingPanel panel;
    const Schema schema({coreSchema(), panel.migrations()});
    QString error;
    std::unique_ptr<Project> project = Project::create(schema, area, &error);
    if (!project) {
        std::printf("FAILED: %s\n", qPrintable(error));
        return 1;
    }
    Store &store = project->context().store;
    QRandomGenerator random(20261201);
    const QStringList words = templateWords();
    if (words.size() < 1000) {
        std::printf("FAILED: the templates hold %lld words\n", qlonglong(words.size()));
        return 1;
    }
    const QString chapter = newId();
    store.atomically([&] {
        store.insert(Tables::chapter(), {{QStringLiteral("id"), chapter}, {QStringLiteral("title"), QStringLiteral("Guide")}});
        for (int i = 0; i < kEntries; ++i)
            store.insert(Tables::entry(), {{QStringLiteral("id"), newId()},
                                           {QStringLiteral("chapter_id"), chapter},
                                           {QStringLiteral("kind"), QStringLiteral("lesson")},
                                           {QStringLiteral("title"), phrase(words, random, 4)},
                                           {QStringLiteral("worked"), phrase(words, random, 30)},
                                           {QStringLiteral("did_not_work"), phrase(words, random, 20)},
                                           {QStringLiteral("notes"), phrase(words, random, 40)},
                                           {QStringLiteral("tags"), phrase(words, random, 2)},
                                           {QStringLiteral("position"), i}});
    });

    const long before = Bench::statusKiB("VmRSS:");
    Bench::resetPeak();
    QElapsedTimer t;
    t.start();
    CanvasIndex index(store, project->context().notifier);
    const double build = ms(t);
    const long buildPeak = Bench::statusKiB("VmHWM:") - before;
    std::printf("Canvas search, %d entries of 96 words drawn from the templates' %lld (Qt %s, SQLite %s, %d cores)\n\n",
                kEntries, qlonglong(words.size()), qVersion(), sqlite3_libversion(), QThread::idealThreadCount());
    std::printf("| step | time (ms) | its own peak (MiB) |\n|---|---:|---:|\n");
    t.restart();
    const qsizetype read = store.rows(Tables::entry()).size();
    const double reading = ms(t);
    std::printf("| index built from the store (every entry read, FTS5 filled) | %.0f | %.1f |\n", build,
                double(buildPeak) / 1024);
    std::printf("| of which: reading the %lld entries from the store alone (afterwards) | %.0f | |\n\n", qlonglong(read),
                reading);
    if (index.size() != kEntries) {
        std::printf("FAILED: %d entries indexed\n", index.size());
        return 1;
    }

    std::printf("| typed | found | ranked | search, cold (ms) | search, warm median (ms) | raw FTS5 ranked, warm "
                "median (ms) | ratio (warm) |\n|---|---:|:---:|---:|---:|---:|---:|\n");
    const QStringList typed{QStringLiteral("réemploi"), QStringLiteral("legumerie coop"), QStringLiteral("cantine bio"),
                            QStringLiteral("de la")};
    double worst = 0, worstRatio = 0;
    bool failed = false;
    for (const QString &text : typed)
        for (int n = 1; n <= text.size(); ++n) {
            const QString prefix = text.left(n);
            if (prefix.endsWith(QLatin1Char(' ')))
                continue;
            t.restart();
            const SearchResult first = index.search(prefix);
            const double cold = ms(t);
            QList<double> ours, theirs;
            QList<qint64> rawRows;
            for (int i = 0; i < 30; ++i) {
                t.restart();
                const SearchResult again = index.search(prefix);
                ours << ms(t);
                double elapsed = 0;
                rawRows = raw(index.database(), CanvasIndex::matchExpression(prefix), &elapsed);
                theirs << elapsed;
                if (again.hits.size() != first.hits.size())
                    failed = true;
            }
            bool same = true;
            if (first.ranked) { // the raw query's entries, in its order
                same = rawRows.size() == first.hits.size();
                for (int i = 0; same && i < first.hits.size(); ++i)
                    same = first.hits[i].entryId == index.entryOf(rawRows[i]);
            } else { // only entries that match
                for (const SearchHit &hit : first.hits)
                    same = same && matches(index, prefix, hit.entryId);
                same = same && first.hits.size() == 50;
            }
            const double warm = Bench::stats(ours).median, peer = Bench::stats(theirs).median;
            std::printf("| %s | %s | %s | %.2f | %.2f | %.2f | %.2f |%s\n", qPrintable(prefix),
                        first.ranked ? qPrintable(QString::number(first.matches)) : "> 2000", first.ranked ? "yes" : "no",
                        cold, warm, peer, warm / peer, same ? "" : " FAILED");
            failed = failed || !same;
            worst = std::max({worst, cold, Bench::stats(ours).worst});
            worstRatio = std::max(worstRatio, warm / peer);
        }
    std::printf("\nSlowest keystroke answered (cold or warm): %.2f ms (target < 20 ms); highest ratio to raw FTS5: "
                "%.2f (target ≤ 2)\n",
                worst, worstRatio);
    return failed ? 1 : 0;
}
