// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changes.h"

#include "sqlite.h"

#include <sqlite3.h>

#include <QHash>

namespace Atelier::Changes {

static Sql::Error failure(sqlite3 *db, int rc, const char *what)
{
    return Sql::Error(rc, QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc))));
}

Recorder::Recorder(Sql::Connection &db, QSet<QString> excluded) : m_db(db), m_excluded(std::move(excluded))
{
    start();
}

Recorder::~Recorder()
{
    if (m_session)
        sqlite3session_delete(m_session);
}

int Recorder::filter(void *self, const char *table)
{
    return static_cast<Recorder *>(self)->m_excluded.contains(QString::fromUtf8(table)) ? 0 : 1;
}

void Recorder::start()
{
    sqlite3_session *session = nullptr;
    int rc = sqlite3session_create(m_db.handle(), "main", &session);
    if (rc == SQLITE_OK) {
        sqlite3session_table_filter(session, &Recorder::filter, this);
        rc = sqlite3session_attach(session, nullptr);
    }
    if (rc != SQLITE_OK) {
        if (session)
            sqlite3session_delete(session);
        throw failure(m_db.handle(), rc, "session");
    }
    // The old one goes once the new one exists (sqlite3session_delete takes no null).
    if (sqlite3_session *old = std::exchange(m_session, session))
        sqlite3session_delete(old);
}

void Recorder::restart()
{
    start();
}

bool Recorder::isEmpty() const
{
    return sqlite3session_isempty(m_session) != 0;
}

QByteArray Recorder::changeset() const
{
    int size = 0;
    void *data = nullptr;
    const int rc = sqlite3session_changeset(m_session, &size, &data);
    if (rc != SQLITE_OK) {
        sqlite3_free(data);
        throw failure(m_db.handle(), rc, "changeset");
    }
    QByteArray result(static_cast<const char *>(data), size);
    sqlite3_free(data);
    return result;
}

static std::optional<QVariant> fromValue(sqlite3_value *value)
{
    if (!value)
        return std::nullopt;
    switch (sqlite3_value_type(value)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_value_int64(value)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_value_double(value));
    case SQLITE_TEXT:
        return QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(value)),
                                          sqlite3_value_bytes(value)));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char *>(sqlite3_value_blob(value)), sqlite3_value_bytes(value)));
    default:
        return QVariant();
    }
}

QString Change::id() const
{
    const qsizetype i = columns.indexOf(QLatin1String("id"));
    const std::optional<QVariant> &v = op == Op::Insert ? after.value(i) : before.value(i);
    return v ? v->toString() : QString();
}

QStringList Change::changedColumns() const
{
    QStringList result;
    for (qsizetype i = 0; i < columns.size(); ++i)
        if (after.value(i) && columns[i] != QLatin1String("id"))
            result << columns[i];
    return result;
}

namespace {
/// A changeset iterator (RAII).
class Iterator
{
public:
    explicit Iterator(const QByteArray &changeset)
    {
        const int rc = sqlite3changeset_start(&m_it, int(changeset.size()), const_cast<char *>(changeset.constData()));
        if (rc != SQLITE_OK)
            throw failure(nullptr, rc, "changeset");
    }
    ~Iterator() { sqlite3changeset_finalize(m_it); }
    Iterator(const Iterator &) = delete;
    Iterator &operator=(const Iterator &) = delete;
    bool next()
    {
        const int rc = sqlite3changeset_next(m_it);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            throw failure(nullptr, rc, "changeset");
        return false;
    }
    sqlite3_changeset_iter *get() const { return m_it; }

private:
    sqlite3_changeset_iter *m_it = nullptr;
};
} // namespace

static QStringList columnsOf(Sql::Connection &db, const QString &table)
{
    QStringList names;
    Sql::Statement st(db, QStringLiteral("SELECT name FROM pragma_table_info(?1) ORDER BY cid"));
    st.bind(1, table);
    while (st.step())
        names << st.text(0);
    return names;
}

void forEach(Sql::Connection &db, const QByteArray &changeset, const std::function<void(const Change &)> &visit)
{
    QHash<QString, QStringList> names;
    Iterator it(changeset);
    while (it.next()) {
        const char *table = nullptr;
        int count = 0, op = 0, indirect = 0;
        sqlite3changeset_op(it.get(), &table, &count, &op, &indirect);
        Change change;
        change.table = QString::fromUtf8(table);
        change.op = op == SQLITE_INSERT ? Change::Op::Insert : op == SQLITE_DELETE ? Change::Op::Delete : Change::Op::Update;
        auto found = names.find(change.table);
        if (found == names.end())
            found = names.insert(change.table, columnsOf(db, change.table));
        change.columns = *found;
        if (change.columns.size() != count)
            throw Sql::Error(SQLITE_SCHEMA, QStringLiteral("changeset: %1 does not have %2 columns").arg(change.table).arg(count));
        for (int i = 0; i < count; ++i) {
            sqlite3_value *value = nullptr;
            if (change.op != Change::Op::Insert && sqlite3changeset_old(it.get(), i, &value) == SQLITE_OK)
                change.before << fromValue(value);
            else
                change.before << std::nullopt;
            value = nullptr;
            if (change.op != Change::Op::Delete && sqlite3changeset_new(it.get(), i, &value) == SQLITE_OK)
                change.after << fromValue(value);
            else
                change.after << std::nullopt;
        }
        visit(change);
    }
}

QStringList tables(const QByteArray &changeset)
{
    QStringList result;
    Iterator it(changeset);
    while (it.next()) {
        const char *table = nullptr;
        int count = 0, op = 0, indirect = 0;
        sqlite3changeset_op(it.get(), &table, &count, &op, &indirect);
        const QString name = QString::fromUtf8(table);
        if (!result.contains(name))
            result << name;
    }
    return result;
}

QByteArray diff(Sql::Connection &db, const QString &from, const QStringList &tables)
{
    sqlite3_session *session = nullptr;
    int rc = sqlite3session_create(db.handle(), "main", &session);
    if (rc != SQLITE_OK)
        throw failure(db.handle(), rc, "session");
    const std::unique_ptr<sqlite3_session, void (*)(sqlite3_session *)> owner(session, sqlite3session_delete);
    const QByteArray schema = from.toUtf8();
    for (const QString &table : tables) {
        const QByteArray name = table.toUtf8();
        rc = sqlite3session_attach(session, name.constData());
        char *message = nullptr;
        if (rc == SQLITE_OK)
            rc = sqlite3session_diff(session, schema.constData(), name.constData(), &message);
        if (rc != SQLITE_OK) {
            const QString why = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
            sqlite3_free(message);
            throw Sql::Error(rc, QStringLiteral("diff of %1: %2").arg(table, why));
        }
    }
    int size = 0;
    void *data = nullptr;
    rc = sqlite3session_changeset(session, &size, &data);
    QByteArray result(static_cast<const char *>(data), rc == SQLITE_OK ? size : 0);
    sqlite3_free(data);
    if (rc != SQLITE_OK)
        throw failure(db.handle(), rc, "changeset");
    return result;
}

QByteArray invert(const QByteArray &changeset)
{
    int size = 0;
    void *data = nullptr;
    const int rc = sqlite3changeset_invert(int(changeset.size()), changeset.constData(), &size, &data);
    QByteArray result(static_cast<const char *>(data), rc == SQLITE_OK ? size : 0);
    sqlite3_free(data);
    if (rc != SQLITE_OK)
        throw failure(nullptr, rc, "invert");
    return result;
}

static int abortOnConflict(void *, int, sqlite3_changeset_iter *)
{
    return SQLITE_CHANGESET_ABORT;
}

void applyExactly(Sql::Connection &db, const QByteArray &changeset)
{
    const int rc = sqlite3changeset_apply(db.handle(), int(changeset.size()), const_cast<char *>(changeset.constData()),
                                          nullptr, &abortOnConflict, nullptr);
    if (rc != SQLITE_OK)
        throw Sql::Error(rc, QStringLiteral("the project is not as this step left it: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
}

} // namespace Atelier::Changes
