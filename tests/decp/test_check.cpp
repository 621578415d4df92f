// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every constraint of the official schema the export relies on: required properties, enumerations,
// patterns, minimums and maximums, lists. Each case breaks one thing and expects exactly it named.
#include "decpfixture.h"

#include "decp/decpvalues.h"

using namespace Atelier::Decp;

TEST_CASE("A complete marché has nothing missing", "[decp][check]")
{
    CHECK(Check::missing(completeMarche()).isEmpty());
}

TEST_CASE("An empty marché names every required property of the schema, in its order", "[decp][check]")
{
    Marche empty;
    const QStringList expected{
        QStringLiteral("id"),
        QStringLiteral("acheteur.id"),
        QStringLiteral("nature"),
        QStringLiteral("objet"),
        QStringLiteral("codeCPV"),
        QStringLiteral("techniques.technique"),
        QStringLiteral("modalitesExecution.modaliteExecution"),
        QStringLiteral("marcheInnovant"),
        QStringLiteral("ccag"),
        QStringLiteral("offresRecues"),
        QStringLiteral("attributionAvance"),
        QStringLiteral("typeGroupementOperateurs"),
        QStringLiteral("sousTraitanceDeclaree"),
        QStringLiteral("procedure"),
        QStringLiteral("lieuExecution.code"),
        QStringLiteral("lieuExecution.typeCode"),
        QStringLiteral("dureeMois"),
        QStringLiteral("dateNotification"),
        QStringLiteral("datePublicationDonnees"),
        QStringLiteral("montant"),
        QStringLiteral("typesPrix.typePrix"),
        QStringLiteral("formePrix"),
        QStringLiteral("titulaires"),
        QStringLiteral("considerationsSociales.considerationSociale"),
        QStringLiteral("considerationsEnvironnementales.considerationEnvironnementale")};
    const QList<Problem> problems = Check::missing(empty);
    CHECK(properties(problems) == expected);
    CHECK(problems.first().text() == QStringLiteral("id: The contract's identifier is required"));
}

TEST_CASE("Patterns: a SIRET of 14 digits, a CPV code of 8 digits and its check digit, dates",
          "[decp][check]")
{
    CHECK(Check::isSiret(QStringLiteral("21590350100017")));
    CHECK_FALSE(Check::isSiret(QStringLiteral("2159035010001")));   // 13
    CHECK_FALSE(Check::isSiret(QStringLiteral("215903501000170"))); // 15
    CHECK_FALSE(Check::isSiret(QStringLiteral("2159035010001A")));
    CHECK_FALSE(Check::isSiret(QStringLiteral("215 903 501 00017")));
    CHECK(Check::isCpv(QStringLiteral("45000000")));
    CHECK(Check::isCpv(QStringLiteral("45000000-7")));
    CHECK_FALSE(Check::isCpv(QStringLiteral("4500000")));
    CHECK_FALSE(Check::isCpv(QStringLiteral("45000000-")));
    CHECK_FALSE(Check::isCpv(QStringLiteral("45000000-77")));
    CHECK_FALSE(Check::isCpv(QStringLiteral("45000000 7")));
    CHECK(Check::isDecpDate(QStringLiteral("2024-02-29")));
    CHECK_FALSE(Check::isDecpDate(QStringLiteral("2023-02-29")));
    CHECK_FALSE(Check::isDecpDate(QStringLiteral("15/05/2024")));
    CHECK(Check::isMarcheId(QStringLiteral("C123_456-98777nz")));        // 16, the schema's example
    CHECK_FALSE(Check::isMarcheId(QStringLiteral("C123_456-98777nzz"))); // 17
    CHECK_FALSE(Check::isMarcheId(QString()));

    Marche m = completeMarche();
    m.buyerSiret = QStringLiteral("2159035010001");
    m.cpv = QStringLiteral("7122100");
    m.id = QStringLiteral("C123_456-98777nzz");
    const QList<Problem> problems = Check::missing(m);
    CHECK(properties(problems) ==
          QStringList{QStringLiteral("id"), QStringLiteral("acheteur.id"), QStringLiteral("codeCPV")});
    CHECK(problems.at(1).message.contains(QStringLiteral("14 digits")));
    CHECK(problems.at(1).message.contains(QStringLiteral("2159035010001")));
}

TEST_CASE("Enumerations are the schema's values, spelt exactly", "[decp][check]")
{
    // Written from schema_decp_v2.0.3.json, value by value.
    auto values = [](const Enumeration &e) {
        QStringList list;
        for (const Value &v : e.values)
            list << QString::fromUtf8(v.schema);
        return list;
    };
    CHECK(values(Enumerations::nature()) == QStringList{QStringLiteral("Marché"),
                                                        QStringLiteral("Marché de partenariat"),
                                                        QStringLiteral("Marché de défense ou de sécurité")});
    CHECK(values(Enumerations::procedure()) ==
          QStringList{QStringLiteral("Procédure adaptée"), QStringLiteral("Appel d'offres ouvert"),
                      QStringLiteral("Appel d'offres restreint"),
                      QStringLiteral("Procédure avec négociation"),
                      QStringLiteral("Marché passé sans publicité ni mise en concurrence préalable"),
                      QStringLiteral("Dialogue compétitif")});
    CHECK(values(Enumerations::technique()) ==
          QStringList{QStringLiteral("Accord-cadre"), QStringLiteral("Concours"),
                      QStringLiteral("Système de qualification"),
                      QStringLiteral("Système d'acquisition dynamique"),
                      QStringLiteral("Catalogue électronique"), QStringLiteral("Enchère électronique"),
                      QStringLiteral("Sans objet")});
    CHECK(values(Enumerations::executionMode()) ==
          QStringList{QStringLiteral("Tranches"), QStringLiteral("Bons de commande"),
                      QStringLiteral("Marchés subséquents"), QStringLiteral("Sans objet")});
    CHECK(values(Enumerations::ccag()) ==
          QStringList{QStringLiteral("Travaux"), QStringLiteral("Maitrise d'œuvre"),
                      QStringLiteral("Fournitures courantes et services"),
                      QStringLiteral("Marchés industriels"), QStringLiteral("Prestations intellectuelles"),
                      QStringLiteral("Techniques de l'information et de la communication"),
                      QStringLiteral("Pas de CCAG")});
    CHECK(values(Enumerations::grouping()) == QStringList{QStringLiteral("Conjoint"),
                                                          QStringLiteral("Solidaire"),
                                                          QStringLiteral("Pas de groupement")});
    CHECK(values(Enumerations::placeType()) ==
          QStringList{QStringLiteral("Code postal"), QStringLiteral("Code commune"),
                      QStringLiteral("Code arrondissement"), QStringLiteral("Code canton"),
                      QStringLiteral("Code département"), QStringLiteral("Code région"),
                      QStringLiteral("Code pays")});
    CHECK(values(Enumerations::priceForm()) ==
          QStringList{QStringLiteral("Unitaire"), QStringLiteral("Forfaitaire"), QStringLiteral("Mixte")});
    CHECK(values(Enumerations::priceType()) ==
          QStringList{QStringLiteral("Définitif ferme"), QStringLiteral("Définitif actualisable"),
                      QStringLiteral("Définitif révisable"), QStringLiteral("Provisoire")});
    CHECK(values(Enumerations::holderIdType()) ==
          QStringList{QStringLiteral("SIRET"), QStringLiteral("TVA"), QStringLiteral("TAHITI"),
                      QStringLiteral("RIDET"), QStringLiteral("FRWF"), QStringLiteral("IREP"),
                      QStringLiteral("HORS-UE")});
    CHECK(values(Enumerations::socialConsideration()) ==
          QStringList{QStringLiteral("Clause sociale"), QStringLiteral("Critère social"),
                      QStringLiteral("Marché réservé"), QStringLiteral("Pas de considération sociale")});
    CHECK(values(Enumerations::greenConsideration()) ==
          QStringList{QStringLiteral("Clause environnementale"), QStringLiteral("Critère environnemental"),
                      QStringLiteral("Pas de considération environnementale")});

    Marche m = completeMarche();
    m.ccag = QStringLiteral("Maîtrise d'œuvre"); // the schema writes "Maitrise", without the circumflex
    m.procedure = QStringLiteral("Procédure concurrentielle avec négociation"); // DECP v1's wording
    m.placeType = QStringLiteral("Code Postal");
    const QList<Problem> problems = Check::missing(m);
    CHECK(properties(problems) == QStringList{QStringLiteral("ccag"), QStringLiteral("procedure"),
                                              QStringLiteral("lieuExecution.typeCode")});
    CHECK(problems.first().message.contains(QStringLiteral("not one of the official values")));
}

TEST_CASE("Lists: at least one value, each official, none twice", "[decp][check]")
{
    Marche m = completeMarche();
    m.techniques = {};
    m.executionModes = {QStringLiteral("Tranches"), QStringLiteral("Tranches")};
    m.priceTypes = {QStringLiteral("Ferme")};
    m.social = {QStringLiteral("Clause sociale"), QStringLiteral("Critère social")}; // two different: fine
    const QList<Problem> problems = Check::missing(m);
    CHECK(properties(problems) == QStringList{QStringLiteral("techniques.technique"),
                                              QStringLiteral("modalitesExecution.modaliteExecution"),
                                              QStringLiteral("typesPrix.typePrix")});
    CHECK(problems.at(1).message.contains(QStringLiteral("twice")));
}

TEST_CASE("Minimums and maximums: offers, duration, amount, rates and shares", "[decp][check]")
{
    Marche m = completeMarche();
    m.offersReceived = 0;   // minimum 1
    m.advanceRate = 1.0001; // maximum 1
    m.durationMonths = 0;   // minimum 1
    m.amountCents = 99;     // minimum 1 (euro)
    m.originEu = 0.2;
    m.originFrance = 0.3;                       // cannot exceed origineUE
    m.object = QString(1001, QLatin1Char('x')); // maxLength 1000
    const QList<Problem> problems = Check::missing(m);
    CHECK(properties(problems) == QStringList{QStringLiteral("objet"), QStringLiteral("offresRecues"),
                                              QStringLiteral("tauxAvance"), QStringLiteral("dureeMois"),
                                              QStringLiteral("montant"), QStringLiteral("origineFrance")});
    Marche edge = completeMarche();
    edge.offersReceived = 1;
    edge.advanceRate = 0; // an advance whose rate is not known (the schema's description)
    edge.durationMonths = 1;
    edge.amountCents = 100;
    edge.originEu = 1;
    edge.originFrance = 1;
    edge.object = QString(1000, QLatin1Char('x'));
    CHECK(Check::missing(edge).isEmpty());
}

TEST_CASE("Holders: an identifier and its official type; a SIRET has 14 digits", "[decp][check]")
{
    Marche m = completeMarche();
    m.holders = {{QString(), QStringLiteral("SIRET")},
                 {QStringLiteral("123"), QStringLiteral("SIRET")},
                 {QStringLiteral("FR40303265045"), QStringLiteral("Numéro TVA")},
                 {QStringLiteral("FR40303265045"), QStringLiteral("TVA")}};
    CHECK(properties(Check::missing(m)) ==
          QStringList{QStringLiteral("titulaires[1].titulaire.id"),
                      QStringLiteral("titulaires[2].titulaire.id"),
                      QStringLiteral("titulaires[3].titulaire.typeIdentifiant")});
    m.holders = {};
    CHECK(properties(Check::missing(m)) == QStringList{QStringLiteral("titulaires")});
    m.holders = {{QStringLiteral("FR40303265045"), QStringLiteral("TVA")},
                 {QStringLiteral("FR40303265045"), QStringLiteral("TVA")}};
    CHECK(properties(Check::missing(m)) == QStringList{QStringLiteral("titulaires[2].titulaire")});
}

TEST_CASE("Modifications: numbered in order, both dates, a new duration and amount of at least 1",
          "[decp][check]")
{
    Marche m = completeMarche();
    Modification first;
    first.id = 1;
    first.notifiedOn = QDate(2026, 11, 20);
    first.publishedOn = QDate(2026, 12, 1);
    first.amountCents = 104800000;
    Modification second;
    second.id = 3; // should be 2
    second.notifiedOn = QDate(2026, 12, 2);
    second.durationMonths = 0;
    m.modifications = {first, second};
    CHECK(properties(Check::missing(m)) ==
          QStringList{QStringLiteral("modifications[2].modification.id"),
                      QStringLiteral("modifications[2].modification.datePublicationDonneesModification"),
                      QStringLiteral("modifications[2].modification.dureeMois")});
}
