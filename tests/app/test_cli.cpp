// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command line, run as a user would: the real binary, no display.
#include "atelierrun.h"
#include "workspace.h"

#include "core/sqlite.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <sqlite3.h>

TEST_CASE("atelier --version and --help", "[cli]")
{
    const AtelierRun v = atelier({QStringLiteral("--version")});
    CHECK(v.code == 0);
    CHECK(v.out.startsWith(QStringLiteral("Atelier Achat 0.")));
    const AtelierRun h = atelier({QStringLiteral("--help")});
    CHECK(h.code == 0);
    CHECK(h.out.contains(QStringLiteral("atelier check FILE")));
    CHECK(h.out.contains(QStringLiteral("atelier export avenant FILE")));
    CHECK(atelier({QStringLiteral("check")}).code == 1);
}

TEST_CASE("atelier demo writes a valid project that check and info accept", "[cli][demo]")
{
    Workspace ws;
    const QString demo = ws.path(QStringLiteral("démo.atelier"));
    const AtelierRun made = atelier({QStringLiteral("demo"), demo});
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
    const AtelierRun checked = atelier({QStringLiteral("check"), demo});
    CHECK(checked.code == 0);
    CHECK(checked.err.isEmpty());
    const QByteArray before = fileHash(demo);
    const AtelierRun info = atelier({QStringLiteral("info"), demo});
    REQUIRE(info.code == 0);
    const QJsonObject json = QJsonDocument::fromJson(info.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("formatVersion")).toInt() == 1);
    CHECK(json.value(QStringLiteral("modules")).toObject().value(QStringLiteral("core")).toInt() >= 2);
    CHECK(json.value(QStringLiteral("title")).toString().startsWith(QStringLiteral("Restauration scolaire")));
    const QJsonObject tables = json.value(QStringLiteral("tables")).toObject();
    CHECK(tables.value(QStringLiteral("participant")).toInt() >= 15);
    CHECK(tables.value(QStringLiteral("attachment")).toInt() >= 3);
    CHECK(fileHash(demo) == before);
    CHECK_FALSE(QFile::exists(Atelier::DocumentLock::lockPathFor(demo)));

    const AtelierRun again = atelier({QStringLiteral("demo"), demo});
    CHECK(again.code == 2);
    CHECK(again.err.contains(QStringLiteral("already exists")));
    CHECK(fileHash(demo) == before);
}

TEST_CASE("atelier check refuses bad files with one line on stderr and code 2", "[cli]")
{
    Workspace ws;
    QFile empty(ws.path(QStringLiteral("vide.atelier")));
    REQUIRE(empty.open(QIODevice::WriteOnly));
    empty.close();
    const QString trigger = ws.savedProject(QStringLiteral("piégé.atelier"));
    {
        Atelier::Sql::Connection db(trigger, SQLITE_OPEN_READWRITE);
        db.exec(
            QStringLiteral("CREATE TRIGGER t AFTER INSERT ON participant BEGIN DELETE FROM project; END"));
    }
    for (const QString &file : {empty.fileName(), trigger, ws.path(QStringLiteral("absent.atelier"))}) {
        const QByteArray before = fileHash(file);
        const AtelierRun r = atelier({QStringLiteral("check"), file});
        INFO(file.toStdString());
        CHECK(r.code == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.trimmed().count(QLatin1Char('\n')) == 0);
        CHECK(r.err.contains(QFileInfo(file).fileName()));
        CHECK(fileHash(file) == before);
        CHECK(atelier({QStringLiteral("info"), file}).code == 2);
    }
}
