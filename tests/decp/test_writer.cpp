// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON as the schema shapes it: {"marches":{"marche":[…]}}, the wrappers of its lists, dates,
// numbers, optional properties left out, and no property the schema does not know (additionalProperties).
#include "decpfixture.h"

#include "decp/decpwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Atelier::Decp;

/// A JSON value as compact text (an object's keys sorted, as QJsonObject keeps them).
static QByteArray compact(const QJsonValue &v)
{
    QJsonArray wrap{v};
    const QByteArray text = QJsonDocument(wrap).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

static QStringList words(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '));
}

static QJsonObject firstMarche(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.object().keys() == QStringList{QStringLiteral("marches")});
    const QJsonObject marches = doc.object().value(QStringLiteral("marches")).toObject();
    REQUIRE(marches.keys() == QStringList{QStringLiteral("marche")});
    REQUIRE(marches.value(QStringLiteral("marche")).isArray());
    return marches.value(QStringLiteral("marche")).toArray().first().toObject();
}

TEST_CASE("Amounts in euros with at most two decimals", "[decp][writer]")
{
    CHECK(Json::euros(98000000) == "980000");
    CHECK(Json::euros(12345689) == "123456.89");
    CHECK(Json::euros(12345690) == "123456.9");
    CHECK(Json::euros(100) == "1");
    CHECK(Json::euros(105) == "1.05");
}

TEST_CASE("A marché written as the schema wants it", "[decp][writer]")
{
    Marche m = completeMarche();
    const QJsonObject o = firstMarche(Json::write({m}));
    // Only the schema's properties (it allows no other), and idAccordCadre, origineUE, origineFrance and
    // modifications left out when not given.
    QStringList keys = o.keys();
    keys.sort();
    CHECK(
        keys ==
        words("acheteur attributionAvance ccag codeCPV considerationsEnvironnementales considerationsSociales"
              " dateNotification datePublicationDonnees dureeMois formePrix id lieuExecution marcheInnovant"
              " modalitesExecution montant nature objet offresRecues procedure sousTraitanceDeclaree"
              " tauxAvance techniques titulaires typeGroupementOperateurs typesPrix"));
    CHECK(o.value(QStringLiteral("id")).toString() == QStringLiteral("2026-CUIS-01"));
    CHECK(compact(o.value(QStringLiteral("acheteur"))) == R"({"id":"21590350100017"})");
    CHECK(o.value(QStringLiteral("nature")).toString() == QStringLiteral("Marché"));
    CHECK(o.value(QStringLiteral("codeCPV")).toString() == QStringLiteral("71221000-3"));
    CHECK(compact(o.value(QStringLiteral("techniques"))) == R"({"technique":["Sans objet"]})");
    CHECK(compact(o.value(QStringLiteral("modalitesExecution"))) == R"({"modaliteExecution":["Tranches"]})");
    CHECK(o.value(QStringLiteral("marcheInnovant")) == QJsonValue(false));
    CHECK(o.value(QStringLiteral("ccag")).toString() == QStringLiteral("Maitrise d'œuvre"));
    CHECK(o.value(QStringLiteral("offresRecues")) == QJsonValue(4));
    CHECK(o.value(QStringLiteral("attributionAvance")) == QJsonValue(true));
    CHECK(o.value(QStringLiteral("tauxAvance")) == QJsonValue(0.05));
    CHECK(o.value(QStringLiteral("typeGroupementOperateurs")).toString() == QStringLiteral("Solidaire"));
    CHECK(o.value(QStringLiteral("sousTraitanceDeclaree")) == QJsonValue(false));
    CHECK(compact(o.value(QStringLiteral("lieuExecution"))) ==
          R"({"code":"59350","typeCode":"Code commune"})");
    CHECK(o.value(QStringLiteral("dureeMois")) == QJsonValue(30));
    CHECK(o.value(QStringLiteral("dateNotification")).toString() == QStringLiteral("2026-02-16"));
    CHECK(o.value(QStringLiteral("datePublicationDonnees")).toString() == QStringLiteral("2026-03-02"));
    CHECK(o.value(QStringLiteral("montant")) == QJsonValue(980000));
    CHECK(compact(o.value(QStringLiteral("typesPrix"))) == R"({"typePrix":["Définitif révisable"]})");
    CHECK(o.value(QStringLiteral("formePrix")).toString() == QStringLiteral("Forfaitaire"));
    CHECK(compact(o.value(QStringLiteral("titulaires"))) ==
          R"([{"titulaire":{"id":"80295478500028","typeIdentifiant":"SIRET"}}])");
    CHECK(compact(o.value(QStringLiteral("considerationsSociales"))) ==
          R"({"considerationSociale":["Pas de considération sociale"]})");
    CHECK(compact(o.value(QStringLiteral("considerationsEnvironnementales"))) ==
          R"({"considerationEnvironnementale":["Clause environnementale","Critère environnemental"]})");
}

TEST_CASE("Modifications wrapped one by one, with only what changed", "[decp][writer]")
{
    Marche m = completeMarche();
    m.frameworkId = QStringLiteral("AC-2025-7");
    m.originEu = 0.6;
    m.originFrance = 0.4;
    Modification a;
    a.id = 1;
    a.notifiedOn = QDate(2026, 11, 20);
    a.publishedOn = QDate(2026, 12, 3);
    a.amountCents = 104800000;
    a.durationMonths = 32;
    Modification b;
    b.id = 2;
    b.notifiedOn = QDate(2026, 12, 1);
    b.publishedOn = QDate(2026, 12, 3);
    b.amountCents = 104812345;
    m.modifications = {a, b};
    const QJsonObject o = firstMarche(Json::write({m, completeMarche()}));
    CHECK(o.value(QStringLiteral("idAccordCadre")).toString() == QStringLiteral("AC-2025-7"));
    CHECK(o.value(QStringLiteral("origineUE")) == QJsonValue(0.6));
    CHECK(o.value(QStringLiteral("origineFrance")) == QJsonValue(0.4));
    const QJsonArray mods = o.value(QStringLiteral("modifications")).toArray();
    REQUIRE(mods.size() == 2);
    CHECK(compact(mods.at(0)) == R"({"modification":{"dateNotificationModification":"2026-11-20",)"
                                 R"("datePublicationDonneesModification":"2026-12-03","dureeMois":32,"id":1,)"
                                 R"("montant":1048000}})");
    CHECK(compact(mods.at(1)) ==
          R"({"modification":{"dateNotificationModification":"2026-12-01",)"
          R"("datePublicationDonneesModification":"2026-12-03","id":2,"montant":1048123.45}})");
}
