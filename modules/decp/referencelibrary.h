// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comparables.h"
#include "decpreader.h"
#include "pastcontract.h"

#include "core/sqlite.h"

#include <QString>

#include <functional>
#include <memory>

class QIODevice;
struct sqlite3_stmt;

namespace Atelier::Decp {

/// What an import into the library did.
struct ImportReport
{
    ReadReport file;
    qint64 stored = 0;     ///< new contracts kept
    qint64 duplicates = 0; ///< already in the library (same buyer and contract identifier)
};

/// What an import did, for the user, in the chosen language: "decp.json: 3 read, 2 stored,
/// 0 already in the library, 1 invalid.", then the concessions skipped when there were some. The window
/// and the command line say the same.
QStringList importSummary(const QString &fileName, const ImportReport &report);

/// Why the library at `path` failed, for the user: held by another program (try again), damaged (remove
/// it: a new one is made), or SQLite's reason.
QString describeLibraryError(const QString &path, const Sql::Error &error);

/// The local reference library of past contracts (DECP imported): a SQLite file of its own, apart from
/// any project (a project travels to another administration; the library stays on this computer).
/// A contract is known by its buyer's SIRET and its identifier: importing it again changes nothing.
class ReferenceLibrary
{
public:
    /// The default file: reference-library.sqlite under the user's application data folder.
    static QString defaultPath();
    /// Opens (creating when absent) the library; nullptr and `error` when the file is not one.
    static std::unique_ptr<ReferenceLibrary> open(const QString &path, QString *error);

    /// Reads a DECP file as a stream (on a thread of its own, `device` is read there) and keeps its valid
    /// marchés, in one transaction (none of them when the library fails; a syntax error in the file keeps
    /// those before it).
    ImportReport import(QIODevice &device);
    /// Keeps one contract; false when the library already has it. Call inside begin()/commit() for speed.
    bool add(const PastContract &contract);
    void begin();
    void commit();

    qint64 count() const;
    /// The matches of a query, their distribution of amounts, and the most recent rows.
    Comparables comparables(const ComparableQuery &query) const;

    ~ReferenceLibrary();

private:
    explicit ReferenceLibrary(Sql::Connection db);
    struct Statements;
    struct BulkKeys;
    bool addInBulk(qint64 key, const QByteArray &buyer, const QByteArray &id,
                   const std::function<void(sqlite3_stmt *)> &bind);
    mutable Sql::Connection m_db;
    std::unique_ptr<Statements> m_statements;
    std::unique_ptr<BulkKeys> m_bulk; ///< during a first import into an empty library
};

} // namespace Atelier::Decp
