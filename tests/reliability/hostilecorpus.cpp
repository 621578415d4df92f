// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostilecorpus.h"

#include "core/sqlite.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <sqlite3.h>

#include <functional>

using namespace Atelier;
using Code = OpenError::Code;

namespace AtelierTest {

namespace {

struct Column
{
    QString name, type;
    bool notNull;
};

struct Table
{
    QString name, sql;
    QList<Column> columns;
};

QList<Table> readTables(const QString &path)
{
    Sql::Connection db(path, SQLITE_OPEN_READONLY);
    QList<Table> tables;
    Sql::Statement st(
        db, QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
    while (st.step()) {
        Table t{st.text(0), st.text(1), {}};
        Sql::Statement info(db, QStringLiteral("SELECT name, type, \"notnull\" FROM pragma_table_info(?1)"));
        info.bind(1, t.name);
        while (info.step())
            t.columns.append({info.text(0), info.text(1).toUpper(), info.integer(2) != 0});
        tables << t;
    }
    return tables;
}

/// Each step runs on a connection of its own (a schema written by hand is read again by the next).
using Step = std::function<void(Sql::Connection &)>;

Step sql(const QString &statements)
{
    return [statements](Sql::Connection &db) { db.exec(statements); };
}

Step setSchemaSql(const QString &name, const QString &text)
{
    return [name, text](Sql::Connection &db) {
        db.exec(QStringLiteral("PRAGMA writable_schema = ON"));
        Sql::Statement st(db, QStringLiteral("UPDATE sqlite_schema SET sql = ?1 WHERE name = ?2"));
        st.bind(1, text).bind(2, name).step();
    };
}

/// `sql` with `addition` put before its last closing parenthesis (a column or a constraint more).
QString withClause(const QString &sql, const QString &addition)
{
    const qsizetype close = sql.lastIndexOf(QLatin1Char(')'));
    return sql.left(close) + QStringLiteral(",\n    ") + addition + sql.mid(close);
}

class Writer
{
public:
    Writer(const QString &valid, const QString &folder, int *skipped)
        : m_valid(valid), m_folder(folder), m_skipped(skipped)
    {}

    void add(const QString &name, std::optional<Code> expected, const QList<Step> &steps)
    {
        const QString path = QDir(m_folder).filePath(name + QStringLiteral(".atelier"));
        QFile::remove(path);
        if (!QFile::copy(m_valid, path))
            return;
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        try {
            for (const Step &step : steps) {
                Sql::Connection db(path, SQLITE_OPEN_READWRITE);
                step(db);
            }
        } catch (const Sql::Error &) {
            QFile::remove(path); // SQLite itself would not write this variant
            ++*m_skipped;
            return;
        }
        m_files.append({name, path, expected});
    }

    void addBytes(const QString &name, Code expected, const std::function<void(QByteArray &)> &change)
    {
        QFile source(m_valid);
        if (!source.open(QIODevice::ReadOnly))
            return;
        QByteArray bytes = source.readAll();
        change(bytes);
        const QString path = QDir(m_folder).filePath(name + QStringLiteral(".atelier"));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return;
        m_files.append({name, path, expected});
    }

    QList<HostileFile> files() const { return m_files; }

private:
    QString m_valid, m_folder;
    int *m_skipped;
    QList<HostileFile> m_files;
};

/// A row of `table` to damage: its first row, or one added with the least each NOT NULL column needs.
QString ensureRow(const QString &path, const Table &table)
{
    Sql::Connection db(path, SQLITE_OPEN_READWRITE);
    const QVariant first = db.scalar(QStringLiteral("SELECT id FROM %1 LIMIT 1").arg(table.name));
    if (first.isValid())
        return first.toString();
    QStringList names{QStringLiteral("id")}, values{QStringLiteral("'hostile-row'")};
    Sql::Statement info(db, QStringLiteral("SELECT name, type, dflt_value FROM pragma_table_info(?1) "
                                           "WHERE \"notnull\" AND dflt_value IS NULL AND name <> 'id'"));
    info.bind(1, table.name);
    while (info.step()) {
        names << info.text(0);
        const QString type = info.text(1).toUpper();
        values << (type == QLatin1String("BLOB")   ? QStringLiteral("x''")
                   : type == QLatin1String("TEXT") ? QStringLiteral("''")
                                                   : QStringLiteral("0"));
    }
    db.exec(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                .arg(table.name, names.join(QLatin1Char(',')), values.join(QLatin1Char(','))));
    return QStringLiteral("hostile-row");
}

} // namespace

QList<HostileFile> writeHostileCorpus(const QString &valid, const QString &folder, int *skipped)
{
    // The tables are read from `valid` itself, so a panel that adds tables is covered without a change here.
    QDir().mkpath(folder);
    *skipped = 0;
    const QString withRows = QDir(folder).filePath(QStringLiteral(".base-with-rows.atelier"));
    QFile::remove(withRows);
    QFile::copy(valid, withRows);
    QFile::setPermissions(withRows, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QList<Table> tables = readTables(valid);
    QHash<QString, QString> rowOf;
    for (const Table &t : tables)
        if (t.name != QLatin1String("module_version"))
            rowOf.insert(t.name, ensureRow(withRows, t));

    {
        // The attachment added empty must still match its fingerprint: only the variants are hostile.
        Sql::Connection db(withRows, SQLITE_OPEN_READWRITE);
        db.exec(QStringLiteral("UPDATE attachment SET sha256 = "
                               "'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' "
                               "WHERE id = 'hostile-row'"));
    }
    Writer w(withRows, folder, skipped);
    for (const Table &t : tables) {
        if (t.name == QLatin1String("module_version"))
            continue;
        const QString T = t.name, row = rowOf.value(T);
        const QString where = QStringLiteral(" WHERE id = '%1'").arg(row);
        w.add(
            T + QStringLiteral("-trigger"), Code::UnexpectedSchema,
            {sql(QStringLiteral("CREATE TRIGGER hostile_t AFTER INSERT ON %1 BEGIN SELECT 1; END").arg(T))});
        w.add(T + QStringLiteral("-view"), Code::UnexpectedSchema,
              {sql(QStringLiteral("CREATE VIEW hostile_v AS SELECT * FROM %1").arg(T))});
        w.add(T + QStringLiteral("-index"), Code::UnexpectedSchema,
              {sql(QStringLiteral("CREATE INDEX hostile_i ON %1(id)").arg(T))});
        w.add(T + QStringLiteral("-column"), Code::UnexpectedSchema,
              {sql(QStringLiteral("ALTER TABLE %1 ADD COLUMN hostile TEXT").arg(T))});
        w.add(T + QStringLiteral("-same-name"), Code::UnexpectedSchema,
              {sql(QStringLiteral("DROP TABLE %1; CREATE TABLE %1(id TEXT PRIMARY KEY NOT NULL, other TEXT)")
                       .arg(T))});
        w.add(T + QStringLiteral("-check"), Code::UnexpectedSchema,
              {setSchemaSql(T, withClause(t.sql, QStringLiteral("CHECK (length(id) > 0)")))});
        w.add(T + QStringLiteral("-generated"), Code::UnexpectedSchema,
              {setSchemaSql(T, QString(t.sql).replace(
                                   QStringLiteral("id TEXT PRIMARY KEY NOT NULL,"),
                                   QStringLiteral("id TEXT PRIMARY KEY NOT NULL,\n    hostile_g TEXT "
                                                  "GENERATED ALWAYS AS (upper(id)) VIRTUAL,")))});
        static const QRegularExpression defaultLiteral(QStringLiteral("DEFAULT ('[^']*'|-?[0-9.]+)"));
        const QRegularExpressionMatch d = defaultLiteral.match(t.sql);
        if (d.hasMatch()) {
            QString changed = t.sql;
            changed.replace(d.capturedStart(), d.capturedLength(),
                            QStringLiteral("DEFAULT (length(%1) + 41)").arg(d.captured(1)));
            w.add(T + QStringLiteral("-default"), Code::UnexpectedSchema, {setSchemaSql(T, changed)});
            QString quoted = t.sql;
            quoted.replace(d.capturedStart(), d.capturedLength(), QStringLiteral("DEFAULT \"x\""));
            w.add(T + QStringLiteral("-double-quoted-default"), Code::UnexpectedSchema,
                  {setSchemaSql(T, quoted)});
        }
        // Values: of another kind, far too long, malformed UTF-8, NULL where forbidden, dangling references.
        QStringList dangling;
        bool typed = false, longText = false, utf8 = false, nulled = false;
        for (const Column &c : t.columns) {
            if (c.name == QLatin1String("id"))
                continue;
            if (c.name.endsWith(QLatin1String("_id")))
                dangling << QStringLiteral("%1 = 'nowhere'").arg(c.name);
            const QString set = QStringLiteral("UPDATE %1 SET %2 = %3") + where;
            const int before = *skipped;
            if (!typed) {
                const QString other = c.type == QLatin1String("BLOB") ? QStringLiteral("'text'")
                                                                      : QStringLiteral("x'00ff00ff'");
                w.add(T + QStringLiteral("-wrong-type"), Code::Damaged, {sql(set.arg(T, c.name, other))});
                typed = *skipped == before;
            }
            if (c.type == QLatin1String("TEXT") && !longText) {
                const int b = *skipped;
                w.add(T + QStringLiteral("-oversized-text"), Code::Damaged,
                      {sql(set.arg(T, c.name, QStringLiteral("hex(zeroblob(%1))").arg(kCorpusTextLimit)))});
                longText = *skipped == b;
            }
            if (c.type == QLatin1String("TEXT") && !utf8) {
                const int b = *skipped;
                w.add(T + QStringLiteral("-bad-utf8"), std::nullopt,
                      {sql(set.arg(T, c.name, QStringLiteral("CAST(x'41c328ff42e282' AS TEXT)")))});
                utf8 = *skipped == b;
            }
            if (c.notNull && !nulled) {
                const QString declared = QStringLiteral("%1 %2 NOT NULL").arg(c.name, c.type);
                if (t.sql.contains(declared)) {
                    QString loose = t.sql;
                    loose.replace(declared, QStringLiteral("%1 %2").arg(c.name, c.type));
                    const int b = *skipped;
                    w.add(T + QStringLiteral("-null"), Code::Damaged,
                          {setSchemaSql(T, loose), sql(set.arg(T, c.name, QStringLiteral("NULL"))),
                           setSchemaSql(T, t.sql)});
                    nulled = *skipped == b;
                }
            }
        }
        if (!dangling.isEmpty())
            w.add(T + QStringLiteral("-dangling"), std::nullopt,
                  {sql(QStringLiteral("UPDATE %1 SET %2").arg(T, dangling.join(QStringLiteral(", "))) +
                       where)});
        // Two rows with one primary key, the index listing one of them (quick_check sees nothing).
        const QString index = QStringLiteral("sqlite_autoindex_%1_1").arg(T);
        w.add(T + QStringLiteral("-duplicate-key"), Code::Damaged,
              {[=](Sql::Connection &db) {
                   db.exec(QStringLiteral(
                               "PRAGMA writable_schema = ON; CREATE TABLE hostile_keep AS SELECT "
                               "rootpage FROM sqlite_schema WHERE name = '%1'; DELETE FROM sqlite_schema "
                               "WHERE name = '%1';")
                               .arg(index));
               },
               setSchemaSql(T, QString(t.sql).replace(QStringLiteral("id TEXT PRIMARY KEY NOT NULL"),
                                                      QStringLiteral("id TEXT NOT NULL"))),
               sql(QStringLiteral("INSERT INTO %1 SELECT * FROM %1 WHERE id = '%2'").arg(T, row)),
               [=](Sql::Connection &db) {
                   db.exec(QStringLiteral(
                               "PRAGMA writable_schema = ON; INSERT INTO sqlite_schema SELECT 'index', "
                               "'%1', '%2', rootpage, NULL FROM hostile_keep;")
                               .arg(index, T));
               },
               setSchemaSql(T, t.sql), sql(QStringLiteral("DROP TABLE hostile_keep"))});
    }
    // The whole file.
    w.add(QStringLiteral("no-module-version"), Code::Damaged,
          {sql(QStringLiteral("DROP TABLE module_version"))});
    w.add(QStringLiteral("module-version-zero"), Code::Damaged,
          {sql(QStringLiteral("UPDATE module_version SET version = 0 WHERE module = 'core'"))});
    w.add(QStringLiteral("sqlite-stat1"), Code::UnexpectedSchema, {sql(QStringLiteral("ANALYZE"))});
    w.add(QStringLiteral("virtual-table"), Code::UnexpectedSchema,
          {sql(QStringLiteral("CREATE VIRTUAL TABLE hostile_fts USING fts5(x)"))});
    w.add(QStringLiteral("temp-trigger-in-schema"), Code::UnexpectedSchema,
          {sql(QStringLiteral(
              "CREATE TRIGGER hostile_any BEFORE DELETE ON project BEGIN SELECT RAISE(IGNORE); END"))});
    w.addBytes(QStringLiteral("bad-page-size"), Code::Truncated, [](QByteArray &b) {
        b[16] = char(0x03); // 1000: not a power of two
        b[17] = char(0xE8);
    });
    w.addBytes(QStringLiteral("page-count-beyond-file"), Code::Truncated, [](QByteArray &b) {
        b[28] = char(0x7f); // the header claims far more pages than the file has
    });
    w.addBytes(QStringLiteral("cut-in-half"), Code::Truncated,
               [](QByteArray &b) { b.truncate(b.size() / 2 + 100); });
    QFile::remove(withRows);
    return w.files();
}

} // namespace AtelierTest
