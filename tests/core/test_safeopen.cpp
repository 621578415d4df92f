// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and damaged files: each is refused with its own message, and never modified.
#include "workspace.h"

#include "core/safeopen.h"
#include "core/sqlite.h"

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
