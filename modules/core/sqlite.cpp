// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlite.h"

#include <sqlite3.h>

#include <utility>

namespace Atelier::Sql {

static QString lastMessage(sqlite3 *db, int code)
{
    if (db)
        return QString::fromUtf8(sqlite3_errmsg(db));
    return QString::fromUtf8(sqlite3_errstr(code));
}

Error::Error(int code, const QString &message) : std::runtime_error(message.toStdString()), m_code(code) {}

bool Error::isDiskFull() const
{
    return (m_code & 0xff) == SQLITE_FULL;
}

bool Error::isReadOnly() const
{
    const int primary = m_code & 0xff;
    return primary == SQLITE_READONLY || primary == SQLITE_CANTOPEN || primary == SQLITE_PERM;
}

bool Error::isBusy() const
{
    const int primary = m_code & 0xff;
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

Connection::Connection(const QString &path, int flags)
{
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags | SQLITE_OPEN_NOFOLLOW, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = lastMessage(m_db, rc);
        close();
        throw Error(rc, message);
    }
    sqlite3_extended_result_codes(m_db, 1);
}

Connection::~Connection()
{
    close();
}

Connection::Connection(Connection &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_observer(std::exchange(other.m_observer, nullptr))
{}

Connection &Connection::operator=(Connection &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_observer = std::exchange(other.m_observer, nullptr);
    }
    return *this;
}

Connection Connection::openMemory()
{
    return Connection(QStringLiteral(":memory:"), SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY);
}

void Connection::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Connection::exec(const QString &sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString message = err ? QString::fromUtf8(err) : lastMessage(m_db, rc);
        sqlite3_free(err);
        throw Error(rc, message);
    }
}

QVariant Connection::scalar(const QString &sql)
{
    Statement st(*this, sql);
    return st.step() ? st.value(0) : QVariant();
}

Statement::Statement(Connection &db, const QString &sql) : m_db(db.handle())
{
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        throw Error(rc, lastMessage(m_db, rc));
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, const QVariant &value)
{
    int rc = SQLITE_OK;
    if (value.isNull() || !value.isValid()) {
        rc = sqlite3_bind_null(m_stmt, index);
    } else {
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            rc = sqlite3_bind_int64(m_stmt, index, value.toLongLong());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(m_stmt, index, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            rc = sqlite3_bind_blob64(m_stmt, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                                     SQLITE_TRANSIENT);
            break;
        }
        default: {
            const QByteArray utf8 = value.toString().toUtf8();
            rc = sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                                     SQLITE_TRANSIENT, SQLITE_UTF8);
        }
        }
    }
    if (rc != SQLITE_OK)
        throw Error(rc, lastMessage(m_db, rc));
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throw Error(rc, lastMessage(m_db, rc));
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QString Statement::columnName(int i) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, i));
}

QVariant Statement::value(int i) const
{
    switch (sqlite3_column_type(m_stmt, i)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_stmt, i)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, i));
    case SQLITE_BLOB:
        return QVariant(blob(i));
    case SQLITE_TEXT:
        return QVariant(text(i));
    default:
        return QVariant();
    }
}

QString Statement::text(int i) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, i));
}

qint64 Statement::integer(int i) const
{
    return sqlite3_column_int64(m_stmt, i);
}

QByteArray Statement::blob(int i) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, i));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, i));
}

bool Statement::isNull(int i) const
{
    return sqlite3_column_type(m_stmt, i) == SQLITE_NULL;
}

Transaction::Transaction(Connection &db) : m_db(db), m_nested(sqlite3_get_autocommit(db.handle()) == 0)
{
    m_db.exec(m_nested ? QStringLiteral("SAVEPOINT nested") : QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_nested && m_db.observer()) {
        try {
            m_db.observer()->begun();
        } catch (...) {
            m_db.exec(QStringLiteral("ROLLBACK"));
            throw;
        }
    }
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec(m_nested ? QStringLiteral("ROLLBACK TO nested; RELEASE nested")
                               : QStringLiteral("ROLLBACK"));
        } catch (const Error &) {
            // SQLite may already have rolled back (disk full); nothing more to undo.
        }
    }
}

void Transaction::commit()
{
    if (!m_nested && m_db.observer())
        m_db.observer()->committing();
    m_db.exec(m_nested ? QStringLiteral("RELEASE nested") : QStringLiteral("COMMIT"));
    m_done = true;
}

void copyDatabase(Connection &from, Connection &to, const char *schema)
{
    sqlite3_backup *backup = sqlite3_backup_init(to.handle(), schema, from.handle(), "main");
    if (!backup)
        throw Error(sqlite3_errcode(to.handle()), QString::fromUtf8(sqlite3_errmsg(to.handle())));
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE || finished != SQLITE_OK)
        throw Error(finished != SQLITE_OK ? finished : stepped,
                    QString::fromUtf8(sqlite3_errstr(finished != SQLITE_OK ? finished : stepped)));
}

} // namespace Atelier::Sql
