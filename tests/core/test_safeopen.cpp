// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and damaged files: each is refused with its own message, and never modified.
#include "workspace.h"

#include "core/safeopen.h"
#include "core/sqlite.h"

#include <QElapsedTimer>

#include <sqlite3.h>

using namespace Atelier;
using Code = OpenError::Code;

namespace {

/// Makes a damaged copy of a valid project by running SQL on it with plain SQLite (as an attacker would).
QString tampered(Workspace &ws, const QString &name, const QString &sql)
{
    const QString source = ws.savedProject(QStringLiteral("valid-%1.atelier").arg(name));
    const QString target = ws.path(name);
    REQUIRE(QFile::copy(source, target));
    Sql::Connection db(target, SQLITE_OPEN_READWRITE);
    db.exec(sql);
    return target;
}

QString withBytes(Workspace &ws, const QString &name, const QByteArray &bytes)
{
    QFile file(ws.path(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return file.fileName();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// Opens `path` both ways (check only, and as a project); both must refuse with `code`.
void requireRefused(Workspace &ws, const QString &path, Code code)
{
    const QByteArray before = fileHash(path);
    OpenError error;
    CHECK_FALSE(UntrustedDatabase::load(path, ws.schema, error));
    INFO(error.message.toStdString());
    CHECK(error.code == code);
    CHECK(error.message.contains(QFileInfo(path).fileName()));
    OpenError again;
    CHECK_FALSE(Project::open(path, ws.schema, ws.area, {}, again));
    CHECK(again.code == code);
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(DocumentLock::lockPathFor(path)));
    CHECK(QDir(ws.area.directory()).entryList(QDir::Files).isEmpty()); // no working copy left behind
}

QString hashOf(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

TEST_CASE("A valid project passes every check", "[safeopen]")
{
    Workspace ws;
    const QString doc = ws.savedProject(QStringLiteral("ok.atelier"));
    OpenError error;
    auto db = UntrustedDatabase::load(doc, ws.schema, error);
    REQUIRE(db);
    CHECK_FALSE(error);
    CHECK(db->moduleVersions().value(QStringLiteral("core")) == coreSchema().latestVersion());
}

TEST_CASE("Refused: empty, not SQLite, another program's database", "[safeopen]")
{
    Workspace ws;
    requireRefused(ws, withBytes(ws, QStringLiteral("empty.atelier"), {}), Code::Empty);
    requireRefused(ws, withBytes(ws, QStringLiteral("notes.atelier"), QByteArray(4096, 'x')),
                   Code::NotSqlite);
    requireRefused(ws,
                   tampered(ws, QStringLiteral("other.atelier"), QStringLiteral("PRAGMA application_id = 7")),
                   Code::NotAtelier);
}

TEST_CASE("Refused: files from a newer Atelier", "[safeopen][version]")
{
    Workspace ws;
    requireRefused(ws,
                   tampered(ws, QStringLiteral("future.atelier"), QStringLiteral("PRAGMA user_version = 99")),
                   Code::NewerVersion);
    requireRefused(ws,
                   tampered(ws, QStringLiteral("future-core.atelier"),
                            QStringLiteral("UPDATE module_version SET version = 42 WHERE module = 'core'")),
                   Code::NewerVersion);
    requireRefused(ws,
                   tampered(ws, QStringLiteral("unknown-panel.atelier"),
                            QStringLiteral("INSERT INTO module_version VALUES ('telepathy', 1)")),
                   Code::UnknownModule);
}

TEST_CASE("Refused: truncated files", "[safeopen]")
{
    Workspace ws;
    const QByteArray whole = readAll(ws.savedProject(QStringLiteral("whole.atelier")));
    REQUIRE(whole.size() >= 4096);
    requireRefused(ws, withBytes(ws, QStringLiteral("cut-odd.atelier"), whole.left(whole.size() - 1000)),
                   Code::Truncated);
    requireRefused(
        ws, withBytes(ws, QStringLiteral("cut-page.atelier"), whole.left(whole.size() / 2 / 4096 * 4096)),
        Code::Truncated);
}

TEST_CASE("Refused: extra table, extra trigger, a view in place of a table, an altered table", "[safeopen]")
{
    Workspace ws;
    requireRefused(ws,
                   tampered(ws, QStringLiteral("extra-table.atelier"), QStringLiteral("CREATE TABLE x(a)")),
                   Code::UnexpectedSchema);
    requireRefused(ws,
                   tampered(ws, QStringLiteral("trigger.atelier"),
                            QStringLiteral("CREATE TRIGGER t AFTER UPDATE ON project BEGIN "
                                           "DELETE FROM participant; END")),
                   Code::UnexpectedSchema);
    requireRefused(ws,
                   tampered(ws, QStringLiteral("view.atelier"),
                            QStringLiteral("DROP TABLE participant; CREATE VIEW participant AS "
                                           "SELECT id, title AS name FROM project")),
                   Code::UnexpectedSchema);
    requireRefused(ws,
                   tampered(ws, QStringLiteral("altered.atelier"),
                            QStringLiteral("ALTER TABLE participant ADD COLUMN secret TEXT")),
                   Code::UnexpectedSchema);
    requireRefused(ws,
                   tampered(ws, QStringLiteral("no-project.atelier"), QStringLiteral("DELETE FROM project")),
                   Code::Damaged);
}

TEST_CASE("Refused: a file left in WAL mode", "[safeopen]")
{
    Workspace ws;
    requireRefused(ws,
                   tampered(ws, QStringLiteral("wal.atelier"), QStringLiteral("PRAGMA journal_mode = WAL")),
                   Code::Wal);
}

TEST_CASE("Refused: an oversized attachment", "[safeopen][attachment]")
{
    Workspace ws;
    const qint64 big = OpenLimits{}.maxAttachmentBytes + 1;
    requireRefused(ws,
                   tampered(ws, QStringLiteral("big.atelier"),
                            QStringLiteral("INSERT INTO attachment(id, title, size, sha256, data) VALUES "
                                           "('a', 'film', %1, 'x', zeroblob(%1))")
                                .arg(big)),
                   Code::AttachmentTooLarge);
}

TEST_CASE("Refused: one flipped byte inside an attachment (integrity_check cannot see it)",
          "[safeopen][attachment]")
{
    Workspace ws;
    const QByteArray marker = QByteArray("TEMOIGNAGE-") + QByteArray(2000, 'z') + QByteArray("-FIN");
    const QString doc =
        tampered(ws, QStringLiteral("flip.atelier"),
                 QStringLiteral("INSERT INTO attachment(id, title, size, sha256, data) VALUES "
                                "('a', 'témoignage', %1, '%2', CAST('%3' AS BLOB))")
                     .arg(marker.size())
                     .arg(hashOf(marker), QString::fromLatin1(marker)));
    {
        OpenError error;
        REQUIRE(UntrustedDatabase::load(doc, ws.schema, error)); // intact: accepted
    }
    QByteArray bytes = readAll(doc);
    const qsizetype at = bytes.indexOf(marker);
    REQUIRE(at >= 0);
    bytes[at + 500] = 'y';
    const QString flipped = withBytes(ws, QStringLiteral("flipped.atelier"), bytes);
    {
        Sql::Connection db(flipped, SQLITE_OPEN_READONLY);
        CHECK(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    }
    requireRefused(ws, flipped, Code::AttachmentCorrupt);
}

TEST_CASE("Refused: a missing file and a folder, with a message", "[safeopen]")
{
    Workspace ws;
    OpenError error;
    CHECK_FALSE(UntrustedDatabase::load(ws.path(QStringLiteral("nowhere.atelier")), ws.schema, error));
    CHECK(error.code == Code::Unreadable);
    CHECK_FALSE(QFile::exists(ws.path(QStringLiteral("nowhere.atelier")))); // never created by trying
    CHECK_FALSE(UntrustedDatabase::load(ws.dir.path(), ws.schema, error));
    CHECK(error.code == Code::Unreadable);
}

namespace {

/// Gives `table` a second row with the primary key of its first one, hidden behind its index, as a
/// hostile sender could: the index still lists one row, so quick_check and count(*) see nothing wrong.
void duplicateBehindIndex(const QString &path, const QString &table)
{
    const QString index = QStringLiteral("sqlite_autoindex_%1_1").arg(table);
    QString sql;
    qint64 root = 0;
    {
        Sql::Connection db(path, SQLITE_OPEN_READWRITE);
        sql = db.scalar(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = '%1'").arg(table))
                  .toString();
        root = db.scalar(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = '%1'").arg(index))
                   .toLongLong();
        REQUIRE(root > 0);
        db.exec(QStringLiteral("PRAGMA writable_schema = ON; DELETE FROM sqlite_schema WHERE name = '%1'; "
                               "UPDATE sqlite_schema SET sql = replace(sql, 'id TEXT PRIMARY KEY NOT NULL', "
                               "'id TEXT NOT NULL') WHERE name = '%2';")
                    .arg(index, table));
    }
    {
        Sql::Connection db(path, SQLITE_OPEN_READWRITE);
        db.exec(QStringLiteral("INSERT INTO %1 SELECT * FROM %1 LIMIT 1").arg(table));
    }
    Sql::Connection db(path, SQLITE_OPEN_READWRITE);
    db.exec(QStringLiteral("PRAGMA writable_schema = ON"));
    Sql::Statement restore(db, QStringLiteral("UPDATE sqlite_schema SET sql = ?1 WHERE name = ?2"));
    restore.bind(1, sql).bind(2, table).step();
    Sql::Statement index_(db, QStringLiteral("INSERT INTO sqlite_schema VALUES ('index', ?1, ?2, ?3, NULL)"));
    index_.bind(1, index).bind(2, table).bind(3, root).step();
}

} // namespace

TEST_CASE("Refused: two rows with one primary key behind an index that lists one (quick_check passes)",
          "[safeopen][hostile]")
{
    Workspace ws;
    for (const QString &table : {QStringLiteral("project"), QStringLiteral("participant")}) {
        const QString doc =
            tampered(ws, QStringLiteral("twin-%1.atelier").arg(table),
                     QStringLiteral("INSERT INTO participant(id, name) VALUES ('p', 'Anne')"));
        duplicateBehindIndex(doc, table);
        {
            // The lie that quick_check and an index-based count let through.
            Sql::Connection db(doc, SQLITE_OPEN_READONLY);
            CHECK(db.scalar(QStringLiteral("PRAGMA quick_check")).toString() == QStringLiteral("ok"));
            CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt() == 1);
            CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM %1 NOT INDEXED").arg(table)).toInt() == 2);
        }
        requireRefused(ws, doc, Code::Damaged);
    }
}

TEST_CASE("The schema is compared before anything of the file runs: a CHECK bomb is refused at once",
          "[safeopen][hostile]")
{
    Workspace ws;
    // Each row's CHECK builds a 32-million-character string (fourteen doublings): quick_check, which
    // evaluates CHECK constraints, would spend seconds over these rows before the schema was looked at.
    QString bomb = QStringLiteral("hex(zeroblob(1000))");
    for (int i = 0; i < 14; ++i)
        bomb = QStringLiteral("replace(%1, '0', '00')").arg(bomb);
    const QString doc = tampered(
        ws, QStringLiteral("bomb.atelier"),
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) "
                       "INSERT INTO participant(id, name) SELECT 'p' || i, 'Juré ' || i FROM n"));
    {
        Sql::Connection db(doc, SQLITE_OPEN_READWRITE);
        const QString sql =
            db.scalar(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'participant'")).toString();
        const qsizetype close = sql.lastIndexOf(QLatin1Char(')'));
        db.exec(QStringLiteral("PRAGMA writable_schema = ON"));
        Sql::Statement st(db, QStringLiteral("UPDATE sqlite_schema SET sql = ?1 WHERE name = 'participant'"));
        st.bind(1, sql.left(close) + QStringLiteral(", CHECK (length(%1) > 0)").arg(bomb) + sql.mid(close))
            .step();
    }
    {
        Sql::Connection db(doc, SQLITE_OPEN_READONLY);
        REQUIRE(db.scalar(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'participant'"))
                    .toString()
                    .contains(QStringLiteral("zeroblob")));
    }
    QElapsedTimer timer;
    timer.start();
    OpenError error;
    CHECK_FALSE(UntrustedDatabase::load(doc, ws.schema, error));
    CHECK(timer.elapsed() < 1000);
    CHECK(error.code == Code::UnexpectedSchema);
    requireRefused(ws, doc, Code::UnexpectedSchema);
}

TEST_CASE("Refused: a table whose root page lies outside the file or is shared", "[safeopen][hostile]")
{
    Workspace ws;
    requireRefused(ws,
                   tampered(ws, QStringLiteral("root-far.atelier"),
                            QStringLiteral("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET rootpage = "
                                           "100000 WHERE name = 'key_date'")),
                   Code::Damaged);
    requireRefused(ws,
                   tampered(ws, QStringLiteral("root-shared.atelier"),
                            QStringLiteral("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET rootpage = "
                                           "(SELECT rootpage FROM sqlite_schema WHERE name = 'participant') "
                                           "WHERE name = 'key_date'")),
                   Code::Damaged);
}

TEST_CASE("Refused: an attachment stored as text, whose size counts characters", "[safeopen][hostile]")
{
    Workspace ws;
    // Three characters, six bytes: a size of 3 matched length() on text; the bytes are 6.
    const QByteArray bytes = QStringLiteral("ééé").toUtf8();
    const QString doc =
        tampered(ws, QStringLiteral("text-attachment.atelier"),
                 QStringLiteral("INSERT INTO attachment(id, title, size, sha256, data) VALUES "
                                "('a', 'note', 3, '%1', 'ééé')")
                     .arg(hashOf(bytes)));
    requireRefused(ws, doc, Code::Damaged);
}

TEST_CASE("Refused: a value not of its column's kind, or a text far too long", "[safeopen][hostile]")
{
    Workspace ws;
    requireRefused(ws,
                   tampered(ws, QStringLiteral("blob-name.atelier"),
                            QStringLiteral("INSERT INTO participant(id, name) VALUES ('p', x'00ff00ff')")),
                   Code::Damaged);
    requireRefused(ws,
                   tampered(ws, QStringLiteral("text-position.atelier"),
                            QStringLiteral("INSERT INTO key_date(id, position) VALUES ('k', 'first')")),
                   Code::Damaged);
    OpenLimits small;
    small.maxTextCharacters = 1000;
    const QString longText = tampered(ws, QStringLiteral("long-name.atelier"),
                                      QStringLiteral("INSERT INTO participant(id, name) VALUES "
                                                     "('p', hex(zeroblob(600)))"));
    OpenError error;
    CHECK_FALSE(UntrustedDatabase::load(longText, ws.schema, error, small));
    CHECK(error.code == Code::Damaged);
    CHECK(UntrustedDatabase::load(longText, ws.schema, error)); // 1,200 characters: fine by default
}

TEST_CASE("The untrusted connection takes no double-quoted strings and writes nothing, not even temp",
          "[safeopen][hostile]")
{
    Workspace ws;
    OpenError error;
    auto db = UntrustedDatabase::load(ws.savedProject(QStringLiteral("fence.atelier")), ws.schema, error);
    REQUIRE(db);
    CHECK_THROWS_AS(db->connection().scalar(QStringLiteral("SELECT \"not a column\"")), Sql::Error);
    CHECK_THROWS_AS(db->connection().exec(QStringLiteral("CREATE TEMP TABLE t(a)")), Sql::Error);
    CHECK_THROWS_AS(db->connection().exec(QStringLiteral("CREATE TEMP TRIGGER t AFTER UPDATE ON project "
                                                         "BEGIN SELECT 1; END")),
                    Sql::Error);
    CHECK_THROWS_AS(db->connection().scalar(QStringLiteral("SELECT randomblob(10)")), Sql::Error);
    CHECK(db->connection().scalar(QStringLiteral("SELECT count(*) FROM project")).toInt() == 1);
}
