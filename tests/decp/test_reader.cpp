// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading DECP files as a stream: the shapes of the official examples (written here), invalid records
// counted with their index and byte offset and the reading going on, syntax errors, chunk boundaries.
#include "catchqt.h"

#include "decp/decpreader.h"

#include <QBuffer>

using namespace Atelier::Decp;

namespace {

struct Read
{
    ReadReport report;
    QList<PastContract> contracts;
};

Read readBytes(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    Read r;
    r.report = Reader::read(buffer, [&](const PastContract &c) {
        r.contracts << c;
        return true;
    });
    return r;
}

/// A marché in the official v2 shape (as exemples/json/marches_avec_modifications.json is written).
QByteArray officialMarche(const QByteArray &id, const QByteArray &buyer = "21750001630066",
                          const QByteArray &amount = "575000")
{
    return R"({
        "id": ")" +
           id + R"(",
        "acheteur": {"id": ")" +
           buyer + R"("},
        "marcheInnovant": true, "origineUE": 0.1, "origineFrance": 0.1, "ccag": "Travaux", "offresRecues": 4,
        "formePrix": "Forfaitaire", "typesPrix": {"typePrix": ["Définitif ferme"]},
        "considerationsEnvironnementales": {"considerationEnvironnementale": ["Clause environnementale"]},
        "attributionAvance": true,
        "considerationsSociales": {"considerationSociale": ["Clause sociale", "Critère social"]},
        "nature": "Marché", "objet": "envoi pour Json test", "codeCPV": "45000000-7",
        "techniques": {"technique": ["Concours", "Accord-cadre"]},
        "modalitesExecution": {"modaliteExecution": ["Tranches"]}, "idAccordCadre": "1234567890", "tauxAvance": 0,
        "titulaires": [{"titulaire": {"id": "55204599900869", "typeIdentifiant": "SIRET"}}],
        "typeGroupementOperateurs": "Pas de groupement", "sousTraitanceDeclaree": true,
        "datePublicationDonnees": "2024-05-25",
        "actesSousTraitance": [{"acteSousTraitance": {"id": 1, "sousTraitant": {"id": "214356", "typeIdentifiant": "SIRET"},
            "dureeMois": 12, "dateNotification": "2023-10-11", "montant": 123456.89, "variationPrix": "Révisable",
            "datePublicationDonnees": "2023-10-12"}}],
        "modifications": [{"modification": {"id": 1, "dureeMois": 12, "montant": 123457.87,
            "titulaires": [{"titulaire": {"id": "868768687576575", "typeIdentifiant": "SIRET"}}],
            "dateNotificationModification": "2022-10-18", "datePublicationDonneesModification": "2022-10-20"}}],
        "procedure": "Appel d'offres ouvert", "lieuExecution": {"code": "75000", "typeCode": "Code postal"},
        "dureeMois": 48, "dateNotification": "2024-05-15", "montant": )" +
           amount + "}";
}

PastContract expectedOfficial(const QString &id)
{
    return {id,
            QStringLiteral("21750001630066"),
            {QStringLiteral("55204599900869")},
            QStringLiteral("45000000"),
            57500000,
            48,
            QDate(2024, 5, 15),
            QStringLiteral("envoi pour Json test"),
            QStringLiteral("Marché"),
            QStringLiteral("Appel d'offres ouvert")};
}

} // namespace

TEST_CASE("The official v2 shape: marches.marche[], wrapped lists, nested ids not mistaken", "[decp][reader]")
{
    const Read r = readBytes("{\"marches\": {\"marche\": [" + officialMarche("TEST2022") + ",\n" +
                             officialMarche("TEST2022Bis") + "]}}");
    CHECK(r.report.recognised);
    CHECK(r.report.fatal.isEmpty());
    CHECK(r.report.read == 2);
    CHECK(r.report.valid == 2);
    CHECK(r.report.invalid.isEmpty());
    REQUIRE(r.contracts.size() == 2);
    CHECK(r.contracts.at(0) == expectedOfficial(QStringLiteral("TEST2022")));
    CHECK(r.contracts.at(1) == expectedOfficial(QStringLiteral("TEST2022Bis")));
}

TEST_CASE("The flat shape of exemples/json/Marche-modification.json: one marché, lists not wrapped",
          "[decp][reader]")
{
    const QByteArray file = R"({
 "marches":{
	"marche":{
        "id": "Exemple1",
        "acheteur": {
        "id": "21750001630040"},
        "nature": "Marché",
        "objet": "exemple marche avec modification",
        "codeCPV": "45000000-7",
        "technique": ["Concours" , "Catalogue électronique"],
        "modaliteExecution": ["Tranches"],
        "idAccordCadre": null,
        "marcheInnovant": true,
        "procedure": "Appel d'offres ouvert",
        "lieuExecution": {"code": "75000", "typeCode": "Code postal"},
        "dureeMois": 48,
        "dateNotification": "2024-05-15",
        "datePublicationDonnees": "2024-05-25",
        "montant": 575000,
        "titulaires": [
		{
          "id": "55204599900869",
		  "typeIdentifiant": "SIRET"
        }
		],
        "modifications": [{"id": 1, "dateNotificationModification": "2024-06-15", "dureeMois": 52}]
	}
 }
})";
    const Read r = readBytes(file);
    CHECK(r.report.read == 1);
    CHECK(r.report.invalid.isEmpty());
    REQUIRE(r.contracts.size() == 1);
    const PastContract expected{QStringLiteral("Exemple1"),
                                QStringLiteral("21750001630040"),
                                {QStringLiteral("55204599900869")},
                                QStringLiteral("45000000"),
                                57500000,
                                48,
                                QDate(2024, 5, 15),
                                QStringLiteral("exemple marche avec modification"),
                                QStringLiteral("Marché"),
                                QStringLiteral("Appel d'offres ouvert")};
    CHECK(r.contracts.first() == expected);
}

TEST_CASE("A plain list of marchés, and {\"marches\": […]}", "[decp][reader]")
{
    const Read plain = readBytes("[" + officialMarche("A1") + "," + officialMarche("A2") + "]");
    CHECK(plain.report.recognised);
    CHECK(plain.report.valid == 2);
    const Read list = readBytes("{\"marches\": [" + officialMarche("B1") + "]}");
    CHECK(list.report.valid == 1);
    CHECK(list.contracts.first().id == QStringLiteral("B1"));
}

TEST_CASE("Invalid records are counted with their index, byte offset and reason; the reading goes on",
          "[decp][reader]")
{
    QByteArray bad = officialMarche("BAD1");
    bad.replace(R"("acheteur": {"id": "21750001630066"},)", "");
    QByteArray worse = officialMarche("BAD2", "2175000163006", "\"575000\"");
    const QByteArray file = "{\"marches\": {\"marche\": [" + officialMarche("OK1") + ",\n" + bad + ",\n" +
                            worse + ",\n42,\n" + officialMarche("OK2") + "]}}";
    const Read r = readBytes(file);
    CHECK(r.report.fatal.isEmpty());
    CHECK(r.report.read == 5);
    CHECK(r.report.valid == 2);
    REQUIRE(r.report.invalid.size() == 3);
    CHECK(r.contracts.at(0).id == QStringLiteral("OK1"));
    CHECK(r.contracts.at(1).id == QStringLiteral("OK2"));

    const InvalidRecord &missing = r.report.invalid.at(0);
    CHECK(missing.index == 2);
    CHECK(missing.offset == file.indexOf(bad));
    CHECK(missing.reason == QStringLiteral("acheteur.id is missing"));

    const InvalidRecord &wrong = r.report.invalid.at(1);
    CHECK(wrong.index == 3);
    CHECK(wrong.offset == file.indexOf(worse));
    CHECK(wrong.reason ==
          QStringLiteral("montant has a value of the wrong kind; acheteur.id must be a SIRET of 14 digits"));

    const InvalidRecord &number = r.report.invalid.at(2);
    CHECK(number.index == 4);
    CHECK(number.offset == file.indexOf(",\n42,") + 2);
    CHECK(number.reason == QStringLiteral("the record is not an object"));
}

TEST_CASE("Each field the library keeps is checked against the schema", "[decp][reader]")
{
    auto reasonFor = [](const QByteArray &from, const QByteArray &to) {
        QByteArray m = officialMarche("X");
        REQUIRE(m.contains(from));
        m.replace(from, to);
        const Read r = readBytes("[" + m + "]");
        REQUIRE(r.report.invalid.size() == 1);
        return r.report.invalid.first().reason;
    };
    CHECK(reasonFor(R"("codeCPV": "45000000-7")", R"("codeCPV": "4500000")") ==
          QStringLiteral("codeCPV must be 8 digits, optionally followed by “-” and a check digit"));
    CHECK(reasonFor(R"("dateNotification": "2024-05-15")", R"("dateNotification": "15/05/2024")") ==
          QStringLiteral("dateNotification must be a date written YYYY-MM-DD"));
    CHECK(reasonFor(R"("dureeMois": 48,)", R"("dureeMois": 0,)") ==
          QStringLiteral("dureeMois must be a whole number of months, at least 1"));
    CHECK(reasonFor(R"("dureeMois": 48,)", R"("dureeMois": 4.5,)") ==
          QStringLiteral("dureeMois must be a whole number of months, at least 1"));
    CHECK(reasonFor(R"("montant": 575000)", R"("montant": 0.5)") ==
          QStringLiteral("montant must be a number of euros, at least 1"));
    CHECK(reasonFor(R"("procedure": "Appel d'offres ouvert")",
                    R"("procedure": "Procédure concurrentielle avec négociation")") ==
          QStringLiteral(
              "procedure “Procédure concurrentielle avec négociation” is not one of the official values"));
    CHECK(reasonFor(R"("nature": "Marché")", R"("nature": "Concession de travaux")") ==
          QStringLiteral("nature “Concession de travaux” is not one of the official values"));
    CHECK(reasonFor(R"("id": "X")", R"("id": "")") == QStringLiteral("id must have 1 to 16 characters"));
    // Characters, not bytes nor UTF-16 units: sixteen "𝄞" (4 bytes, 2 units each) are 16 characters.
    QByteArray sixteen;
    for (int i = 0; i < 16; ++i)
        sixteen += "\xF0\x9D\x84\x9E";
    QByteArray m = officialMarche(sixteen);
    CHECK(readBytes("[" + m + "]").contracts.size() == 1);
    CHECK(reasonFor(R"("id": "X")", R"("id": ")" + sixteen + "e\"") ==
          QStringLiteral("id must have 1 to 16 characters"));
    CHECK(reasonFor(R"("id": "X")", R"("id": ["X"])") == QStringLiteral("id has a value of the wrong kind"));
    CHECK(reasonFor(R"("montant": 575000)", R"("montant": {"valeur": 575000})") ==
          QStringLiteral("montant has a value of the wrong kind"));
    CHECK(reasonFor(R"([{"titulaire": {"id": "55204599900869", "typeIdentifiant": "SIRET"}}])", "[]") ==
          QStringLiteral("titulaires must name at least one holder"));
}

TEST_CASE("Amounts read exactly from the number's text", "[decp][reader]")
{
    auto cents = [](const QByteArray &amount) {
        const Read r = readBytes("[" + officialMarche("X", "21750001630066", amount) + "]");
        REQUIRE(r.contracts.size() == 1);
        return r.contracts.first().amountCents;
    };
    CHECK(cents("123457.87") == 12345787);
    CHECK(cents("12.345") == 1235); // half up beyond two decimals
    CHECK(cents("12.344") == 1234);
    CHECK(cents("1.5e3") == 150000);
    CHECK(cents("40000.0") == 4000000);
}

TEST_CASE("Concessions are counted apart; a syntax error stops the reading, keeping what came before",
          "[decp][reader]")
{
    const Read c = readBytes("{\"marches\": {\"marche\": [" + officialMarche("M1") +
                             "], \"contrat-concession\": [{\"id\": \"C1\"}, {\"id\": \"C2\"}]}}");
    CHECK(c.report.valid == 1);
    CHECK(c.report.concessions == 2);
    CHECK(c.report.invalid.isEmpty());

    const QByteArray cut =
        "{\"marches\": {\"marche\": [" + officialMarche("M1") + ",\n" + officialMarche("M2");
    const QByteArray truncated = cut.left(cut.size() - 40);
    const Read r = readBytes(truncated);
    CHECK(r.report.valid == 1);
    CHECK(r.report.read == 2);
    REQUIRE(r.report.invalid.size() == 1);
    CHECK(r.report.invalid.first().index == 2);
    CHECK(r.report.invalid.first().offset == truncated.size());
    CHECK(r.report.fatal.startsWith(QStringLiteral("at byte %1: ").arg(truncated.size())));
}

TEST_CASE("Not DECP, empty, a BOM, and records across the reader's chunks", "[decp][reader]")
{
    CHECK_FALSE(readBytes(R"({"dataset": {"rows": []}})").report.recognised);
    const Read empty = readBytes(QByteArray());
    CHECK(empty.report.fatal == QStringLiteral("at byte 0: the file is empty"));

    QByteArray big = "\xEF\xBB\xBF{\"marches\": {\"marche\": [";
    for (int i = 0; i < 600; ++i)
        big += (i ? ",\n" : "") + officialMarche("N" + QByteArray::number(i));
    big += "]}}";
    REQUIRE(big.size() > 3 * 256 * 1024); // several chunks of the reader
    const Read r = readBytes(big);
    CHECK(r.report.fatal.isEmpty());
    CHECK(r.report.valid == 600);
    CHECK(r.report.bytes == big.size());
    REQUIRE(r.contracts.size() == 600);
    CHECK(r.contracts.at(599).id == QStringLiteral("N599"));
    CHECK(r.contracts.at(599) == expectedOfficial(QStringLiteral("N599")));
}

TEST_CASE("A text that is not UTF-8 stops the reading at its byte, wherever it stands", "[decp][reader]")
{
    // Each malformed sequence is worked out from Unicode's table 3-7 (well-formed UTF-8 byte sequences).
    const QByteArray malformed[] = {
        "\xC3",             // a lead byte cut by the end of the text
        "\xC3(",            // a lead byte without its continuation
        "\xC0\xA9",         // an overlong form of "©"'s ASCII cousin
        "\xE0\x80\xAF",     // an overlong three-byte "/"
        "\xED\xA0\x80",     // a surrogate (U+D800) written in UTF-8
        "\xF4\x90\x80\x80", // above U+10FFFF
        "\xFF",             // never in UTF-8
        "\x80",             // a continuation with no lead
    };
    const QByteArray first = officialMarche("OK1");
    for (const QByteArray &bytes : malformed) {
        CAPTURE(bytes.toHex());
        // In a field the library keeps (objet), in one it ignores (ccag), and in a key.
        for (const auto &[from, to] :
             {std::pair<QByteArray, QByteArray>{"envoi pour Json test", "envoi pour Json test" + bytes},
              {"\"Travaux\"", "\"Trav" + bytes + "aux\""},
              {"\"ccag\"", "\"cc" + bytes + "ag\""}}) {
            QByteArray second = officialMarche("BAD");
            REQUIRE(second.contains(from));
            second.replace(from, to);
            const QByteArray file = "{\"marches\": {\"marche\": [" + first + ",\n" + second + "]}}";
            const qint64 at = file.indexOf(to, file.indexOf(second)) + to.indexOf(bytes);
            const Read r = readBytes(file);
            CHECK(r.report.valid == 1);
            CHECK(r.report.read == 2);
            CHECK(r.report.fatal == QStringLiteral("at byte %1: a text is not valid UTF-8").arg(at));
            REQUIRE(r.report.invalid.size() == 1);
            CHECK(r.report.invalid.first().index == 2);
            CHECK(r.report.invalid.first().offset == at);
        }
    }
    // Well-formed texts of every length of sequence, at the edges of what table 3-7 allows, are kept.
    const QByteArray edges = "\xC2\x80 \xDF\xBF \xE0\xA0\x80 \xED\x9F\xBF \xEE\x80\x80 \xF0\x90\x80\x80 "
                             "\xF4\x8F\xBF\xBF é€𝄞";
    QByteArray fine = officialMarche("OK2");
    fine.replace("envoi pour Json test", edges);
    const Read r = readBytes("[" + fine + "]");
    CHECK(r.report.fatal.isEmpty());
    REQUIRE(r.contracts.size() == 1);
    CHECK(r.contracts.first().object.toUtf8() == edges);
}

TEST_CASE("Natures and procedures: each spelling judged, however many the file has", "[decp][reader]")
{
    // More unofficial spellings than the reader remembers (64), each met twice, between official ones.
    QByteArray file = "[";
    for (int round = 0; round < 2; ++round)
        for (int i = 0; i < 100; ++i) {
            QByteArray m = officialMarche("R" + QByteArray::number(round) + "N" + QByteArray::number(i));
            if (i % 2)
                m.replace(R"("procedure": "Appel d'offres ouvert")",
                          R"("procedure": "Procédure n°)" + QByteArray::number(i) + "\"");
            file += (file.size() > 1 ? "," : "") + m;
        }
    file += "]";
    const Read r = readBytes(file);
    CHECK(r.report.valid == 100);
    REQUIRE(r.report.invalid.size() == 100);
    for (const InvalidRecord &bad : r.report.invalid) {
        const qint64 i = (bad.index - 1) % 100;
        CHECK(i % 2 == 1);
        CHECK(bad.reason ==
              QStringLiteral("procedure “Procédure n°%1” is not one of the official values").arg(i));
    }
    for (const PastContract &c : r.contracts)
        CHECK(c.procedure == QStringLiteral("Appel d'offres ouvert"));
}

TEST_CASE("A zero byte is never taken for the file's end", "[decp][reader]")
{
    const QByteArray whole = "{\"marches\": {\"marche\": [" + officialMarche("OK1") + "]}}";
    // After the document, between two values, inside a text: each stops the reading where the zero is.
    const QByteArray cases[] = {whole + QByteArray("\0\0{garbage", 10), whole + QByteArray(" \0", 2),
                                whole.left(24) + QByteArray("\0", 1) + whole.mid(24),
                                QByteArray(whole).replace("envoi pour", QByteArray("envoi\0pour", 10))};
    for (const QByteArray &file : cases) {
        const qint64 zero = file.indexOf('\0');
        CAPTURE(zero);
        const Read r = readBytes(file);
        CHECK(r.report.fatal ==
              QStringLiteral("at byte %1: a zero byte stands here: the file is damaged or is not JSON")
                  .arg(zero));
        CHECK(r.report.bytes == zero);
        CHECK(r.report.valid == (zero > whole.size() - 4 ? 1 : 0));
    }
}

TEST_CASE("The caller stops the reading by returning false", "[decp][reader]")
{
    QByteArray file = "[" + officialMarche("A") + "," + officialMarche("B") + "," + officialMarche("C") + "]";
    QBuffer buffer(&file);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    QStringList ids;
    const ReadReport report = Reader::read(buffer, [&](PastContract &&c) {
        ids << c.id;
        return ids.size() < 2;
    });
    CHECK(ids == QStringList{QStringLiteral("A"), QStringLiteral("B")});
    CHECK(report.read == 2);
    CHECK(report.valid == 2);
    CHECK(report.invalid.isEmpty());
    CHECK(report.fatal.isEmpty());
    CHECK(report.bytes == file.indexOf(officialMarche("C")) - 1);
}

TEST_CASE("A syntax error in the middle of a file is named as such, at its byte", "[decp][reader]")
{
    auto fatal = [](const QByteArray &file) { return readBytes(file).report.fatal; };
    // Offsets counted by hand: the byte RapidJSON stopped on.
    CHECK(fatal(R"({"marches":[1 2]})") ==
          QStringLiteral("at byte 14: a list is malformed here (“,” or “]” is missing)"));
    CHECK(fatal(R"({"marches" [1]})") ==
          QStringLiteral("at byte 11: an object is malformed here (a name, “:”, “,” or “}” is missing)"));
    CHECK(fatal(R"([] x)") == QStringLiteral("at byte 3: something follows the end of the JSON document"));
    CHECK(fatal(R"([{"montant": 1e400}])") == QStringLiteral("at byte 13: a number is too large to be read"));
    // Nesting deeper than any marché: stopped at the 65th opening bracket, before RapidJSON's recursion
    // could exhaust a thread's stack.
    const Read deep = readBytes(QByteArray(100000, '['));
    CHECK(deep.report.fatal ==
          QStringLiteral("at byte 64: lists and objects are nested too deeply here (more than 64 levels)"));
    QByteArray inRecord = officialMarche("D");
    inRecord.replace(R"("objet": "envoi pour Json test")", R"("objet": )" + QByteArray(70, '['));
    const Read stopped = readBytes("[" + officialMarche("OK") + "," + inRecord + "]");
    CHECK(stopped.report.valid == 1);
    REQUIRE(stopped.report.invalid.size() == 1);
    CHECK(stopped.report.invalid.first().reason ==
          QStringLiteral("lists and objects are nested too deeply here (more than 64 levels)"));
}

TEST_CASE("Numbers read as exact decimals, whatever their exponent", "[decp][reader]")
{
    auto record = [](const QByteArray &amount, const QByteArray &months) {
        QByteArray m = officialMarche("X", "21750001630066", amount);
        m.replace(R"("dureeMois": 48,)", R"("dureeMois": )" + months + ",");
        return readBytes("[" + m + "]");
    };
    auto cents = [&](const QByteArray &amount) {
        const Read r = record(amount, "48");
        REQUIRE(r.contracts.size() == 1);
        return r.contracts.first().amountCents;
    };
    // Worked out by hand: the point moved by the exponent, then half up on the third decimal.
    CHECK(cents("1.005e0") == 101);
    CHECK(cents("1.004e0") == 100);
    CHECK(cents("9.99999e2") == 100000);
    CHECK(cents("12345E-2") == 12345);
    CHECK(cents("0.0001234e7") == 123400);
    CHECK(cents("1e+3") == 100000);
    CHECK(cents("5000000000000e-10") == 50000);
    auto months = [&](const QByteArray &text) {
        const Read r = record("1000", text);
        return r.contracts.isEmpty() ? -1 : r.contracts.first().durationMonths;
    };
    CHECK(months("12") == 12);
    CHECK(months("12.000") == 12);
    CHECK(months("1.2e1") == 12);
    CHECK(months("120e-1") == 12);
    CHECK(months("12.001") == -1);
    CHECK(months("0.999") == -1);
    CHECK(months("1.25e1") == -1);
    CHECK(months("1e12") == -1);
    const Read tooSmall = record("5e-3", "12");
    REQUIRE(tooSmall.report.invalid.size() == 1);
    CHECK(tooSmall.report.invalid.first().reason ==
          QStringLiteral("montant must be a number of euros, at least 1"));
}

TEST_CASE("A holder's identifier that is a list or an object is of the wrong kind", "[decp][reader]")
{
    QByteArray m = officialMarche("H");
    m.replace(R"({"titulaire": {"id": "55204599900869", "typeIdentifiant": "SIRET"}})",
              R"({"titulaire": {"id": ["55204599900869"], "typeIdentifiant": "SIRET"}})");
    const Read r = readBytes("[" + m + "]");
    REQUIRE(r.report.invalid.size() == 1);
    CHECK(r.report.invalid.first().reason ==
          QStringLiteral(
              "titulaires.id has a value of the wrong kind; titulaires must name at least one holder"));
}
