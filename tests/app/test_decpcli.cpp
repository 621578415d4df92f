// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// atelier decp export and import, run as a user would: exit codes, messages, nothing written on refusal.
#include "atelierrun.h"
#include "workspace.h"

#include "core/sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace {

QString demoProject(Workspace &ws)
{
    const QString demo = ws.path(QStringLiteral("demo.atelier"));
    const AtelierRun made = atelier({QStringLiteral("demo"), demo});
    REQUIRE(made.code == 0);
    return demo;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray marche(const QByteArray &id, const QByteArray &buyer = R"("acheteur": {"id": "21750001630066"},)")
{
    return R"({"id": ")" + id + R"(", )" + buyer + R"( "nature": "Marché", "objet": "Travaux de voirie",
        "codeCPV": "45233140-2", "procedure": "Procédure adaptée", "dureeMois": 6, "dateNotification": "2024-04-02",
        "montant": 84500.5, "titulaires": [{"titulaire": {"id": "55204599900869", "typeIdentifiant": "SIRET"}}]})";
}

} // namespace

TEST_CASE("atelier decp export writes the demo's contracts as DECP v2", "[cli][decp]")
{
    Workspace ws;
    const QString demo = demoProject(ws);
    const QByteArray before = fileHash(demo);
    const QString out = ws.path(QStringLiteral("decp.json"));
    const AtelierRun run =
        atelier({QStringLiteral("decp"), QStringLiteral("export"), demo, QStringLiteral("-o"), out});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.startsWith(QStringLiteral("2 contract(s) written to")));
    CHECK(fileHash(demo) == before);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonArray marches = QJsonDocument::fromJson(file.readAll())
                                   .object()
                                   .value(QStringLiteral("marches"))
                                   .toObject()
                                   .value(QStringLiteral("marche"))
                                   .toArray();
    REQUIRE(marches.size() == 2);
    CHECK(marches.at(0).toObject().value(QStringLiteral("id")).toString() ==
          QStringLiteral("2026MOE-CUIS01"));
    CHECK(marches.at(0).toObject().value(QStringLiteral("montant")).toDouble() == 980000);
    CHECK(marches.at(1).toObject().value(QStringLiteral("procedure")).toString() ==
          QStringLiteral("Marché passé sans publicité ni mise en concurrence préalable"));

    // The export read back into a library: the same two contracts.
    const QString library = ws.path(QStringLiteral("library.sqlite"));
    const AtelierRun back = atelier(
        {QStringLiteral("decp"), QStringLiteral("import"), out, QStringLiteral("--library"), library});
    CHECK(back.code == 0);
    CHECK(back.out.startsWith(
        QStringLiteral("decp.json: 2 read, 2 stored, 0 already in the library, 0 invalid.")));
}

TEST_CASE("atelier decp export refuses, naming each contract and its missing fields, and writes nothing",
          "[cli][decp]")
{
    Workspace ws;
    const QString demo = demoProject(ws);
    {
        Atelier::Sql::Connection db(demo, SQLITE_OPEN_READWRITE);
        db.exec(QStringLiteral(
            "UPDATE contract_decp SET buyer_siret = '2159999990001' WHERE decp_id = '2026MOE-CUIS01';"
            "UPDATE contract_decp SET ccag = 'unset', offers_received = 0 WHERE decp_id = '2026RD-CONT02'"));
    }
    const QString out = ws.path(QStringLiteral("decp.json"));
    const AtelierRun run =
        atelier({QStringLiteral("decp"), QStringLiteral("export"), demo, QStringLiteral("-o"), out});
    CHECK(run.code == 2);
    CHECK_FALSE(QFile::exists(out));
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 6);
    CHECK(lines.at(0) == QStringLiteral("2 contract(s) cannot be published yet: nothing was written."));
    CHECK(lines.at(1).startsWith(QStringLiteral("“Atelier Nord-Sud Architectes")));
    CHECK(lines.at(2) ==
          QStringLiteral("  acheteur.id: the buyer's SIRET has 14 digits; “2159999990001” is not one"));
    CHECK(lines.at(3).startsWith(QStringLiteral("“Coopérative Inox & Insertion")));
    CHECK(lines.at(4) == QStringLiteral("  ccag: The CCAG is required"));
    CHECK(lines.at(5) == QStringLiteral("  offresRecues: The number of offers received is required"));

    CHECK(atelier({QStringLiteral("decp"), QStringLiteral("export"), demo}).code == 1);
    CHECK(atelier({QStringLiteral("decp"), QStringLiteral("publish"), demo}).code == 1);
    CHECK(atelier({QStringLiteral("decp"), QStringLiteral("export"), ws.path(QStringLiteral("none.atelier")),
                   QStringLiteral("-o"), out})
              .code == 2);
}

TEST_CASE("atelier decp import counts, reports each invalid record, and never duplicates", "[cli][decp]")
{
    Workspace ws;
    const QByteArray bad = marche("V-2", "");
    const QByteArray json =
        "{\"marches\": {\"marche\": [" + marche("V-1") + ",\n" + bad + ",\n" + marche("V-3") + "]}}";
    const QString file = ws.path(QStringLiteral("decp-2024.json"));
    writeFile(file, json);
    const QString library = ws.path(QStringLiteral("library.sqlite"));
    const QStringList args{QStringLiteral("decp"), QStringLiteral("import"), file,
                           QStringLiteral("--library"), library};
    const AtelierRun first = atelier(args);
    INFO(first.err.toStdString());
    REQUIRE(first.code == 0);
    QStringList lines = first.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0) ==
          QStringLiteral("decp-2024.json: 3 read, 2 stored, 0 already in the library, 1 invalid."));
    CHECK(lines.at(1) == QStringLiteral("record 2 (byte %1): acheteur.id is missing").arg(json.indexOf(bad)));
    CHECK(lines.at(2).endsWith(QStringLiteral("library.sqlite” (2 contract(s)).")));

    const AtelierRun again = atelier(args);
    CHECK(again.code == 0);
    CHECK(again.out.startsWith(
        QStringLiteral("decp-2024.json: 3 read, 0 stored, 2 already in the library, 1 invalid.")));
    CHECK(again.out.contains(QStringLiteral("(2 contract(s)).")));

    // In French, each count agrees with its number (0 and 1 singular), the colon after a narrow space.
    const QString french = ws.path(QStringLiteral("bibliotheque.sqlite"));
    const QStringList inFrench{QStringLiteral("decp"), QStringLiteral("import"), file,
                               QStringLiteral("--library"), french};
    const QString minimal = QStringLiteral("minimal-does-not-exist"), fr = QStringLiteral("fr_FR.UTF-8");
    const QStringList firstFr =
        atelier(inFrench, minimal, fr).out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(firstFr.size() == 3);
    CHECK(firstFr.at(0) ==
          QStringLiteral("decp-2024.json\u202f: 3 marchés lus, 2 enregistrés, 0 déjà dans la "
                         "bibliothèque, 1 invalide."));
    CHECK(firstFr.at(2).endsWith(QStringLiteral("bibliotheque.sqlite\u00a0» (2 marchés).")));
    const QStringList againFr =
        atelier(inFrench, minimal, fr).out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(againFr.size() == 3);
    CHECK(againFr.at(0) == QStringLiteral("decp-2024.json\u202f: 3 marchés lus, 0 enregistré, 2 déjà dans la "
                                          "bibliothèque, 1 invalide."));
}

TEST_CASE("atelier decp import: a file that cannot be read at all is refused with exit 2", "[cli][decp]")
{
    Workspace ws;
    const QString library = ws.path(QStringLiteral("library.sqlite"));
    const AtelierRun missing =
        atelier({QStringLiteral("decp"), QStringLiteral("import"), ws.path(QStringLiteral("absent.json")),
                 QStringLiteral("--library"), library});
    CHECK(missing.code == 2);
    CHECK(missing.err.contains(QStringLiteral("“absent.json” cannot be read")));

    const QString text = ws.path(QStringLiteral("notes.json"));
    writeFile(text, "Ceci n'est pas du JSON");
    const AtelierRun notJson = atelier(
        {QStringLiteral("decp"), QStringLiteral("import"), text, QStringLiteral("--library"), library});
    CHECK(notJson.code == 2);
    CHECK(notJson.err.startsWith(QStringLiteral("“notes.json” cannot be read as DECP JSON (at byte 0: ")));

    const QString other = ws.path(QStringLiteral("other.json"));
    writeFile(other, R"({"dataset": []})");
    const AtelierRun notDecp = atelier(
        {QStringLiteral("decp"), QStringLiteral("import"), other, QStringLiteral("--library"), library});
    CHECK(notDecp.code == 2);
    CHECK(notDecp.err.contains(QStringLiteral("holds no DECP marché")));

    // A file cut short: what came before is kept, the reading's end is said, exit 0.
    const QString cut = ws.path(QStringLiteral("cut.json"));
    const QByteArray whole = "[" + marche("W-1") + ",\n" + marche("W-2") + "]";
    writeFile(cut, whole.left(whole.size() - 30));
    const AtelierRun partial = atelier(
        {QStringLiteral("decp"), QStringLiteral("import"), cut, QStringLiteral("--library"), library});
    CHECK(partial.code == 0);
    CHECK(partial.out.startsWith(
        QStringLiteral("cut.json: 2 read, 1 stored, 0 already in the library, 1 invalid.")));
    CHECK(partial.err.startsWith(QStringLiteral("The reading stopped at byte %1: ").arg(whole.size() - 30)));

    CHECK(
        atelier({QStringLiteral("decp"), QStringLiteral("import"), cut, QStringLiteral("--library")}).code ==
        1);
}
