// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencelibrary.h"

#include "decpvalues.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStandardPaths>

#include <sqlite3.h>

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace Atelier::Decp {

/// "ATLB": the reference library's application_id (a project file has "ATLR").
static constexpr int kLibraryId = 0x41544C42;

// A contract is known by its buyer and identifier; `key` is a 64-bit fingerprint of the two (FNV-1a),
// whose integer index costs a fraction of a text one when a million contracts are inserted at random
// places (two contracts with the same fingerprint: the second is kept with no key). Holders are kept as
// one line each in `holders`: comparables always look within a CPV range first, then filter. The CPV
// code's 8 digits and the notification date (yyyymmdd) are integers: an index of integers only.
static const char *kLibrarySchema = R"sql(
CREATE TABLE IF NOT EXISTS past_contract (
    key INTEGER,
    buyer TEXT NOT NULL,
    decp_id TEXT NOT NULL,
    cpv INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    duration_months INTEGER NOT NULL,
    notified INTEGER NOT NULL,
    object TEXT NOT NULL,
    nature TEXT NOT NULL,
    procedure TEXT NOT NULL,
    holders TEXT NOT NULL
);
)sql";

// The duplicates' index, and the comparables' covering index. A first import into an empty library
// builds both once at the end (sorting once costs far less than a million inserts at random places),
// finding its duplicates meanwhile in memory.
static const char *kKeyIndex = "CREATE UNIQUE INDEX IF NOT EXISTS past_contract_key ON past_contract (key)";
static const char *kCpvIndex = "CREATE INDEX IF NOT EXISTS past_contract_cpv ON past_contract (cpv, "
                               "amount_cents, duration_months, notified)";

/// The insert statements, prepared once (raw sqlite3: the import stores 100,000 contracts a second).
struct ReferenceLibrary::Statements
{
    sqlite3_stmt *contract = nullptr, *same = nullptr, *unkeyed = nullptr, *byRow = nullptr;
    ~Statements()
    {
        sqlite3_finalize(contract);
        sqlite3_finalize(same);
        sqlite3_finalize(unkeyed);
        sqlite3_finalize(byRow);
    }
};

/// A first import's duplicates found without the index: the row of each fingerprint stored so far, and
/// the contracts stored without one (a fingerprint shared by two different contracts).
struct ReferenceLibrary::BulkKeys
{
    QHash<qint64, qint64> rows;
    QSet<QByteArray> unkeyed;
};

/// FNV-1a, 64 bits, of the buyer and the identifier (a unit separator between them): stable everywhere.
static qint64 keyOf(const QByteArray &buyer, const QByteArray &id)
{
    quint64 h = 14695981039346656037ULL;
    auto mix = [&h](const QByteArray &bytes) {
        for (const char c : bytes) {
            h ^= quint8(c);
            h *= 1099511628211ULL;
        }
    };
    mix(buyer);
    mix(QByteArray(1, '\x1f'));
    mix(id);
    return qint64(h);
}

static void check(sqlite3 *db, int rc)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        throw Sql::Error(rc, QString::fromUtf8(sqlite3_errmsg(db)));
}

QString ReferenceLibrary::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("reference-library.sqlite"));
}

std::unique_ptr<ReferenceLibrary> ReferenceLibrary::open(const QString &path, QString *error)
{
    try {
        QDir().mkpath(QFileInfo(path).absolutePath());
        // NOMUTEX: a connection is used by one thread at a time (the import's reading thread never touches
        // it).
        Sql::Connection db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX);
        db.exec(QStringLiteral("PRAGMA busy_timeout=2000")); // another program's write: wait for it a little
        const int id = db.scalar(QStringLiteral("PRAGMA application_id")).toInt();
        const bool empty = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema")).toInt() == 0;
        if (id != kLibraryId && !empty) {
            if (error)
                *error =
                    DecpText::tr("“%1” is not a reference library of Atelier Achat: choose another file.")
                        .arg(QFileInfo(path).fileName());
            return nullptr;
        }
        // 128 MiB of page cache hold the indexes of a million contracts, where imports insert at random.
        db.exec(QStringLiteral(
            "PRAGMA journal_mode=DELETE; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-131072;"));
        db.exec(QStringLiteral("PRAGMA application_id=%1; PRAGMA user_version=1;").arg(kLibraryId));
        db.exec(QString::fromUtf8(kLibrarySchema));
        db.exec(QString::fromUtf8(kKeyIndex));
        db.exec(QString::fromUtf8(kCpvIndex));
        return std::unique_ptr<ReferenceLibrary>(new ReferenceLibrary(std::move(db)));
    } catch (const Sql::Error &e) {
        if (error)
            *error = describeLibraryError(path, e);
        return nullptr;
    }
}

QString describeLibraryError(const QString &path, const Sql::Error &error)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const int primary = error.code() & 0xff;
    if (error.isBusy())
        return DecpText::tr("The reference library “%1” is being written by another program: try again in a "
                            "moment.")
            .arg(shown);
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        return DecpText::tr("The reference library “%1” cannot be read: it is damaged. Remove or rename this "
                            "file; an empty library is made in its place the next time it is opened.")
            .arg(shown);
    return DecpText::tr("The reference library “%1” cannot be opened (%2).").arg(shown, error.message());
}

ReferenceLibrary::ReferenceLibrary(Sql::Connection db) : m_db(std::move(db)), m_statements(new Statements)
{
    sqlite3 *h = m_db.handle();
    const char *columns =
        "buyer, decp_id, cpv, amount_cents, duration_months, notified, object, nature, procedure,"
        " holders";
    const QByteArray insert = QByteArray("INSERT OR IGNORE INTO past_contract (key, ") + columns +
                              ") VALUES (?11,?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)";
    const QByteArray unkeyed = QByteArray("INSERT INTO past_contract (key, ") + columns +
                               ") VALUES (NULL,?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)";
    check(h, sqlite3_prepare_v2(h, insert.constData(), -1, &m_statements->contract, nullptr));
    check(h, sqlite3_prepare_v2(h, unkeyed.constData(), -1, &m_statements->unkeyed, nullptr));
    check(h, sqlite3_prepare_v2(
                 h,
                 "SELECT 1 FROM past_contract WHERE key = ?1 AND buyer = ?2 AND decp_id = ?3"
                 " UNION ALL SELECT 1 FROM past_contract WHERE key IS NULL AND buyer = ?2 AND decp_id = ?3",
                 -1, &m_statements->same, nullptr));
    check(h, sqlite3_prepare_v2(h, "SELECT buyer = ?2 AND decp_id = ?3 FROM past_contract WHERE rowid = ?1",
                                -1, &m_statements->byRow, nullptr));
}

ReferenceLibrary::~ReferenceLibrary() = default;

void ReferenceLibrary::begin()
{
    m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

void ReferenceLibrary::commit()
{
    m_db.exec(QStringLiteral("COMMIT"));
}

/// Binds without a copy: `utf8` must live until the statement is stepped (every parameter is bound
/// again before each step).
static void bindText(sqlite3_stmt *st, int index, const QByteArray &utf8)
{
    sqlite3_bind_text(st, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

static int step(sqlite3 *db, sqlite3_stmt *st)
{
    const int rc = sqlite3_step(st);
    sqlite3_reset(st);
    check(db, rc);
    return rc;
}

bool ReferenceLibrary::add(const PastContract &c)
{
    sqlite3 *h = m_db.handle();
    const QByteArray buyer = c.buyerSiret.toUtf8(), id = c.id.toUtf8(), object = c.object.toUtf8(),
                     nature = c.nature.toUtf8(), procedure = c.procedure.toUtf8(),
                     holders = c.holders.join(QLatin1Char('\n')).toUtf8();
    const qint64 key = keyOf(buyer, id);
    auto bind = [&](sqlite3_stmt *st) {
        bindText(st, 1, buyer);
        bindText(st, 2, id);
        sqlite3_bind_int64(st, 3, c.cpv.toLongLong());
        sqlite3_bind_int64(st, 4, c.amountCents);
        sqlite3_bind_int(st, 5, c.durationMonths);
        sqlite3_bind_int(st, 6,
                         c.notifiedOn.year() * 10000 + c.notifiedOn.month() * 100 + c.notifiedOn.day());
        bindText(st, 7, object);
        bindText(st, 8, nature);
        bindText(st, 9, procedure);
        bindText(st, 10, holders);
    };
    if (m_bulk)
        return addInBulk(key, buyer, id, bind);
    sqlite3_stmt *insert = m_statements->contract;
    bind(insert);
    sqlite3_bind_int64(insert, 11, key);
    step(h, insert);
    if (sqlite3_changes(h) > 0)
        return true;
    // The fingerprint is taken: the same contract, or (very rarely) another with the same fingerprint.
    sqlite3_stmt *same = m_statements->same;
    sqlite3_bind_int64(same, 1, key);
    bindText(same, 2, buyer);
    bindText(same, 3, id);
    if (step(h, same) == SQLITE_ROW)
        return false;
    bind(m_statements->unkeyed);
    step(h, m_statements->unkeyed);
    return true;
}

bool ReferenceLibrary::addInBulk(qint64 key, const QByteArray &buyer, const QByteArray &id,
                                 const std::function<void(sqlite3_stmt *)> &bind)
{
    sqlite3 *h = m_db.handle();
    const auto seen = m_bulk->rows.constFind(key);
    if (seen == m_bulk->rows.constEnd()) {
        sqlite3_stmt *insert = m_statements->contract;
        bind(insert);
        sqlite3_bind_int64(insert, 11, key);
        step(h, insert);
        m_bulk->rows.insert(key, sqlite3_last_insert_rowid(h));
        return true;
    }
    sqlite3_stmt *byRow = m_statements->byRow;
    sqlite3_bind_int64(byRow, 1, *seen);
    bindText(byRow, 2, buyer);
    bindText(byRow, 3, id);
    const int rc = sqlite3_step(byRow);
    const bool same = rc == SQLITE_ROW && sqlite3_column_int(byRow, 0) == 1;
    sqlite3_reset(byRow);
    check(h, rc);
    const QByteArray whole = buyer + '\x1f' + id;
    if (same || m_bulk->unkeyed.contains(whole))
        return false;
    m_bulk->unkeyed.insert(whole);
    bind(m_statements->unkeyed);
    step(h, m_statements->unkeyed);
    return true;
}

namespace {

/// The records the reading thread hands to the storing one, in batches; at most a few batches wait, so
/// that memory stays bounded whatever the file's size.
class BatchQueue
{
public:
    using Batch = std::vector<PastContract>;
    static constexpr size_t kBatch = 2048, kWaiting = 4;

    /// Waits for room; false once the storing side gave up (the reading then stops).
    bool push(Batch batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_batches.size() < kWaiting || m_cancelled; });
        if (!m_cancelled)
            m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return !m_cancelled;
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_changed.notify_all();
    }
    void cancel()
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_batches.clear();
        m_changed.notify_all();
    }
    /// The next batch; false once the reading is over and every batch was taken.
    bool pop(Batch &batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_batches.empty() || m_done; });
        if (m_batches.empty())
            return false;
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return true;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    bool m_done = false, m_cancelled = false;
};

} // namespace

ImportReport ReferenceLibrary::import(QIODevice &device)
{
    // The file is parsed on a thread of its own while this one stores (the two take about as long), in
    // one transaction: pages added by it are never journaled, and an index page changed many times is
    // journaled once (batches of transactions would journal the hot index pages again and again).
    ImportReport report;
    BatchQueue queue;
    std::exception_ptr readingFailed; // set by the reading thread before it finishes the queue
    std::thread reading([&] {
        try {
            BatchQueue::Batch batch;
            batch.reserve(BatchQueue::kBatch);
            report.file = Reader::read(device, [&](PastContract &&c) {
                batch.push_back(std::move(c));
                if (batch.size() < BatchQueue::kBatch)
                    return true;
                const bool goOn = queue.push(std::move(batch));
                batch = {};
                batch.reserve(BatchQueue::kBatch);
                return goOn;
            });
            queue.push(std::move(batch));
        } catch (...) {
            readingFailed = std::current_exception();
        }
        queue.finish();
    });
    QString failure;
    try {
        begin();
        const bool first = count() == 0;
        if (first) {
            m_db.exec(QStringLiteral("DROP INDEX past_contract_key; DROP INDEX past_contract_cpv;"));
            m_bulk = std::make_unique<BulkKeys>();
        }
        BatchQueue::Batch batch;
        while (queue.pop(batch))
            for (const PastContract &c : batch) {
                if (add(c))
                    ++report.stored;
                else
                    ++report.duplicates;
            }
        if (readingFailed)
            std::rethrow_exception(readingFailed);
        if (first) {
            m_bulk.reset();
            m_db.exec(QString::fromUtf8(kKeyIndex));
            m_db.exec(QString::fromUtf8(kCpvIndex));
        }
        commit();
    } catch (const Sql::Error &e) {
        failure = e.message();
    } catch (const std::exception &e) { // memory exhausted, on either thread
        failure = QString::fromLocal8Bit(e.what());
    } catch (...) {
        failure = QStringLiteral("?");
    }
    if (!failure.isEmpty()) {
        m_bulk.reset(); // the rollback brings the indexes back
        queue.cancel(); // the reading stops at its next batch and keeps nothing
    }
    reading.join();
    if (!failure.isEmpty()) {
        try {
            m_db.exec(QStringLiteral("ROLLBACK"));
        } catch (const Sql::Error &) {
        }
        report.stored = report.duplicates = 0;
        report.file.fatal =
            DecpText::tr("the library could not store the contracts (%1): none was kept").arg(failure);
    }
    return report;
}

QStringList importSummary(const QString &fileName, const ImportReport &report)
{
    QStringList lines{DecpText::tr("%1: %2, %3, %4, %5.")
                          .arg(fileName, DecpText::tr("%Ln read", nullptr, int(report.file.read)),
                               DecpText::tr("%Ln stored", nullptr, int(report.stored)),
                               DecpText::tr("%Ln already in the library", nullptr, int(report.duplicates)),
                               DecpText::tr("%Ln invalid", nullptr, int(report.file.invalid.size())))};
    if (report.file.concessions > 0)
        lines << DecpText::tr("%Ln concession contract(s) skipped: the library keeps marchés.", nullptr,
                              int(report.file.concessions));
    return lines;
}

qint64 ReferenceLibrary::count() const
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM past_contract")).toLongLong();
}

} // namespace Atelier::Decp
