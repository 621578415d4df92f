// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace Atelier::Sql {

/// A failed SQLite call: the SQLite result code and its message.
class Error : public std::runtime_error
{
public:
    Error(int code, const QString &message);
    int code() const { return m_code; }
    QString message() const { return QString::fromUtf8(what()); }
    bool isDiskFull() const;
    bool isReadOnly() const;
    /// Another connection holds the database (SQLITE_BUSY, SQLITE_LOCKED): trying again later may work.
    bool isBusy() const;

private:
    int m_code;
};

/// Told of each outermost write transaction of a connection (Transaction below): the journal.
class TransactionObserver
{
public:
    virtual ~TransactionObserver() = default;
    virtual void begun() = 0;
    /// Inside the transaction, just before COMMIT: throwing Error makes the whole transaction fail.
    virtual void committing() = 0;
};

/// Owns one sqlite3 connection (RAII). Thin: only what Atelier needs of the C API.
class Connection
{
public:
    Connection() = default;
    /// Opens (or creates, when flags allow) a database file. Throws Error.
    Connection(const QString &path, int flags);
    ~Connection();
    Connection(Connection &&other) noexcept;
    Connection &operator=(Connection &&other) noexcept;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    static Connection openMemory();

    sqlite3 *handle() const { return m_db; }
    bool isOpen() const { return m_db != nullptr; }
    void close();

    /// Runs one or more statements without results. Throws Error.
    void exec(const QString &sql);
    /// Runs a query whose first row's first column is returned (null QVariant when no row).
    QVariant scalar(const QString &sql);

    void setObserver(TransactionObserver *observer) { m_observer = observer; }
    TransactionObserver *observer() const { return m_observer; }

private:
    sqlite3 *m_db = nullptr;
    TransactionObserver *m_observer = nullptr;
};

/// Copies `from`'s main database whole, page by page (the backup API), into `to`'s database `schema`.
/// Throws Error.
void copyDatabase(Connection &from, Connection &to, const char *schema = "main");

/// A prepared statement (RAII). Bind by 1-based index, step, read columns.
class Statement
{
public:
    Statement(Connection &db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, const QVariant &value);
    /// Advances to the next row; false when done. Throws Error.
    bool step();
    void reset();

    int columnCount() const;
    QString columnName(int i) const;
    QVariant value(int i) const;
    QString text(int i) const;
    qint64 integer(int i) const;
    QByteArray blob(int i) const;
    bool isNull(int i) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

/// Runs a write transaction with BEGIN IMMEDIATE; rolls back unless commit() was called. Inside a
/// transaction already open it is a savepoint, so that a command made of several writes is one
/// transaction (all of it or none of it reaches the disk).
class Transaction
{
public:
    explicit Transaction(Connection &db);
    ~Transaction();
    void commit();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

private:
    Connection &m_db;
    bool m_nested;
    bool m_done = false;
};

} // namespace Atelier::Sql
