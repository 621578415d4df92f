// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decpvalues.h"

namespace Atelier::Decp {

QString Enumeration::schemaValue(const QString &k) const
{
    for (const Value &v : values)
        if (k == QLatin1String(v.key))
            return QString::fromUtf8(v.schema);
    return {};
}

QString Enumeration::key(const QString &schemaValue) const
{
    for (const Value &v : values)
        if (schemaValue == QString::fromUtf8(v.schema))
            return QString::fromLatin1(v.key);
    return {};
}

QString Enumeration::label(const QString &k) const
{
    for (const Value &v : values)
        if (k == QLatin1String(v.key))
            return Entities::tr(v.label);
    return k;
}

QList<Choice> Enumeration::choices(bool withUnset) const
{
    QList<Choice> list;
    if (withUnset)
        list << Choice{kUnset, QT_TRANSLATE_NOOP("Atelier::Entities", "(not chosen yet)")};
    for (const Value &v : values)
        list << Choice{v.key, v.label};
    return list;
}

QStringList splitKeys(const QString &stored)
{
    QStringList keys;
    for (const QString &part : stored.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString k = part.trimmed(); !k.isEmpty())
            keys << k;
    return keys;
}

namespace Enumerations {

const Enumeration &nature()
{
    static const Enumeration e{
        "nature",
        {{"market", "Marché", QT_TRANSLATE_NOOP("Atelier::Entities", "public contract (marché)")},
         {"partnership", "Marché de partenariat",
          QT_TRANSLATE_NOOP("Atelier::Entities", "partnership contract (marché de partenariat)")},
         {"defence", "Marché de défense ou de sécurité",
          QT_TRANSLATE_NOOP("Atelier::Entities", "defence or security contract")}}};
    return e;
}

const Enumeration &procedure()
{
    static const Enumeration e{
        "procedure",
        {{"adapted", "Procédure adaptée", QT_TRANSLATE_NOOP("Atelier::Entities", "adapted procedure")},
         {"open_tender", "Appel d'offres ouvert",
          QT_TRANSLATE_NOOP("Atelier::Entities", "open call for tenders")},
         {"restricted_tender", "Appel d'offres restreint",
          QT_TRANSLATE_NOOP("Atelier::Entities", "restricted call for tenders")},
         {"negotiated", "Procédure avec négociation",
          QT_TRANSLATE_NOOP("Atelier::Entities", "procedure with negotiation")},
         {"without_notice", "Marché passé sans publicité ni mise en concurrence préalable",
          QT_TRANSLATE_NOOP("Atelier::Entities", "without prior publication or competition")},
         {"competitive_dialogue", "Dialogue compétitif",
          QT_TRANSLATE_NOOP("Atelier::Entities", "competitive dialogue")}}};
    return e;
}

const Enumeration &technique()
{
    static const Enumeration e{
        "technique",
        {{"framework", "Accord-cadre", QT_TRANSLATE_NOOP("Atelier::Entities", "framework agreement")},
         {"contest", "Concours", QT_TRANSLATE_NOOP("Atelier::Entities", "design contest")},
         {"qualification", "Système de qualification",
          QT_TRANSLATE_NOOP("Atelier::Entities", "qualification system")},
         {"dynamic", "Système d'acquisition dynamique",
          QT_TRANSLATE_NOOP("Atelier::Entities", "dynamic purchasing system")},
         {"catalogue", "Catalogue électronique",
          QT_TRANSLATE_NOOP("Atelier::Entities", "electronic catalogue")},
         {"auction", "Enchère électronique", QT_TRANSLATE_NOOP("Atelier::Entities", "electronic auction")},
         {"none", "Sans objet", QT_TRANSLATE_NOOP("Atelier::Entities", "no purchasing technique")}}};
    return e;
}

const Enumeration &executionMode()
{
    static const Enumeration e{
        "modaliteExecution",
        {{"tranches", "Tranches", QT_TRANSLATE_NOOP("Atelier::Entities", "tranches")},
         {"orders", "Bons de commande", QT_TRANSLATE_NOOP("Atelier::Entities", "purchase orders")},
         {"subsequent", "Marchés subséquents",
          QT_TRANSLATE_NOOP("Atelier::Entities", "subsequent contracts")},
         {"none", "Sans objet", QT_TRANSLATE_NOOP("Atelier::Entities", "no particular execution mode")}}};
    return e;
}

const Enumeration &ccag()
{
    static const Enumeration e{
        "ccag",
        {{"works", "Travaux", QT_TRANSLATE_NOOP("Atelier::Entities", "CCAG works")},
         {"project_management", "Maitrise d'œuvre",
          QT_TRANSLATE_NOOP("Atelier::Entities", "CCAG project management")},
         {"supplies_services", "Fournitures courantes et services",
          QT_TRANSLATE_NOOP("Atelier::Entities", "CCAG supplies and services")},
         {"industrial", "Marchés industriels",
          QT_TRANSLATE_NOOP("Atelier::Entities", "CCAG industrial contracts")},
         {"intellectual", "Prestations intellectuelles",
          QT_TRANSLATE_NOOP("Atelier::Entities", "CCAG intellectual services")},
         {"ict", "Techniques de l'information et de la communication",
          QT_TRANSLATE_NOOP("Atelier::Entities", "CCAG information and communication technologies")},
         {"none", "Pas de CCAG", QT_TRANSLATE_NOOP("Atelier::Entities", "no CCAG")}}};
    return e;
}

const Enumeration &grouping()
{
    static const Enumeration e{
        "typeGroupementOperateurs",
        {{"joint", "Conjoint", QT_TRANSLATE_NOOP("Atelier::Entities", "joint grouping (conjoint)")},
         {"several", "Solidaire",
          QT_TRANSLATE_NOOP("Atelier::Entities", "joint and several grouping (solidaire)")},
         {"none", "Pas de groupement", QT_TRANSLATE_NOOP("Atelier::Entities", "no grouping")}}};
    return e;
}

const Enumeration &placeType()
{
    static const Enumeration e{
        "typeCode",
        {{"postal", "Code postal", QT_TRANSLATE_NOOP("Atelier::Entities", "postcode")},
         {"commune", "Code commune", QT_TRANSLATE_NOOP("Atelier::Entities", "commune code (INSEE)")},
         {"arrondissement", "Code arrondissement",
          QT_TRANSLATE_NOOP("Atelier::Entities", "arrondissement code")},
         {"canton", "Code canton", QT_TRANSLATE_NOOP("Atelier::Entities", "canton code")},
         {"department", "Code département", QT_TRANSLATE_NOOP("Atelier::Entities", "département code")},
         {"region", "Code région", QT_TRANSLATE_NOOP("Atelier::Entities", "region code")},
         {"country", "Code pays", QT_TRANSLATE_NOOP("Atelier::Entities", "country code")}}};
    return e;
}

const Enumeration &priceForm()
{
    static const Enumeration e{
        "formePrix",
        {{"unit", "Unitaire", QT_TRANSLATE_NOOP("Atelier::Entities", "unit prices")},
         {"lump_sum", "Forfaitaire", QT_TRANSLATE_NOOP("Atelier::Entities", "lump sum")},
         {"mixed", "Mixte", QT_TRANSLATE_NOOP("Atelier::Entities", "mixed")}}};
    return e;
}

const Enumeration &priceType()
{
    static const Enumeration e{
        "typePrix",
        {{"firm", "Définitif ferme", QT_TRANSLATE_NOOP("Atelier::Entities", "final, firm")},
         {"adjustable", "Définitif actualisable",
          QT_TRANSLATE_NOOP("Atelier::Entities", "final, adjustable")},
         {"revisable", "Définitif révisable", QT_TRANSLATE_NOOP("Atelier::Entities", "final, revisable")},
         {"provisional", "Provisoire", QT_TRANSLATE_NOOP("Atelier::Entities", "provisional")}}};
    return e;
}

const Enumeration &holderIdType()
{
    static const Enumeration e{
        "typeIdentifiant",
        {{"siret", "SIRET", QT_TRANSLATE_NOOP("Atelier::Entities", "SIRET")},
         {"vat", "TVA", QT_TRANSLATE_NOOP("Atelier::Entities", "intra-EU VAT number")},
         {"tahiti", "TAHITI", QT_TRANSLATE_NOOP("Atelier::Entities", "TAHITI number (French Polynesia)")},
         {"ridet", "RIDET", QT_TRANSLATE_NOOP("Atelier::Entities", "RIDET number (New Caledonia)")},
         {"frwf", "FRWF", QT_TRANSLATE_NOOP("Atelier::Entities", "FRWF number (Wallis and Futuna)")},
         {"irep", "IREP", QT_TRANSLATE_NOOP("Atelier::Entities", "IREP number")},
         {"non_eu", "HORS-UE", QT_TRANSLATE_NOOP("Atelier::Entities", "outside the EU")}}};
    return e;
}

const Enumeration &socialConsideration()
{
    static const Enumeration e{
        "considerationSociale",
        {{"clause", "Clause sociale", QT_TRANSLATE_NOOP("Atelier::Entities", "social clause")},
         {"criterion", "Critère social", QT_TRANSLATE_NOOP("Atelier::Entities", "social award criterion")},
         {"reserved", "Marché réservé", QT_TRANSLATE_NOOP("Atelier::Entities", "reserved contract")},
         {"none", "Pas de considération sociale",
          QT_TRANSLATE_NOOP("Atelier::Entities", "no social consideration")}}};
    return e;
}

const Enumeration &greenConsideration()
{
    static const Enumeration e{"considerationEnvironnementale",
                               {{"clause", "Clause environnementale",
                                 QT_TRANSLATE_NOOP("Atelier::Entities", "environmental clause")},
                                {"criterion", "Critère environnemental",
                                 QT_TRANSLATE_NOOP("Atelier::Entities", "environmental award criterion")},
                                {"none", "Pas de considération environnementale",
                                 QT_TRANSLATE_NOOP("Atelier::Entities", "no environmental consideration")}}};
    return e;
}

const Enumeration &yesNo()
{
    static const Enumeration e{"boolean",
                               {{"yes", "true", QT_TRANSLATE_NOOP("Atelier::Entities", "yes")},
                                {"no", "false", QT_TRANSLATE_NOOP("Atelier::Entities", "no")}}};
    return e;
}

} // namespace Enumerations
} // namespace Atelier::Decp
