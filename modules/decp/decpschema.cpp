// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decpschema.h"

#include "decpvalues.h"

namespace Atelier::Decp {

// A choice not made yet is 'unset'; a list is keys separated by commas; a share or rate not given is -1.
ModuleSchema schema()
{
    return {QStringLiteral("decp"), {{1, QStringLiteral(R"sql(
CREATE TABLE contract_decp (
    id TEXT PRIMARY KEY NOT NULL,
    decp_id TEXT NOT NULL DEFAULT '',
    buyer_siret TEXT NOT NULL DEFAULT '',
    decp_nature TEXT NOT NULL DEFAULT 'market' CHECK (decp_nature IN ('market', 'partnership', 'defence')),
    object TEXT NOT NULL DEFAULT '',
    procedure TEXT NOT NULL DEFAULT 'unset' CHECK (procedure IN ('unset', 'adapted', 'open_tender',
        'restricted_tender', 'negotiated', 'without_notice', 'competitive_dialogue')),
    techniques TEXT NOT NULL DEFAULT '',
    execution_modes TEXT NOT NULL DEFAULT '',
    framework_id TEXT NOT NULL DEFAULT '',
    innovative TEXT NOT NULL DEFAULT 'unset' CHECK (innovative IN ('unset', 'yes', 'no')),
    ccag TEXT NOT NULL DEFAULT 'unset' CHECK (ccag IN ('unset', 'works', 'project_management',
        'supplies_services', 'industrial', 'intellectual', 'ict', 'none')),
    offers_received INTEGER NOT NULL DEFAULT 0 CHECK (offers_received >= 0),
    advance TEXT NOT NULL DEFAULT 'unset' CHECK (advance IN ('unset', 'yes', 'no')),
    advance_rate REAL NOT NULL DEFAULT -1 CHECK (advance_rate = -1 OR advance_rate BETWEEN 0 AND 1),
    grouping TEXT NOT NULL DEFAULT 'unset' CHECK (grouping IN ('unset', 'joint', 'several', 'none')),
    subcontracting TEXT NOT NULL DEFAULT 'unset' CHECK (subcontracting IN ('unset', 'yes', 'no')),
    place_code TEXT NOT NULL DEFAULT '',
    place_type TEXT NOT NULL DEFAULT 'unset' CHECK (place_type IN ('unset', 'postal', 'commune',
        'arrondissement', 'canton', 'department', 'region', 'country')),
    price_form TEXT NOT NULL DEFAULT 'unset' CHECK (price_form IN ('unset', 'unit', 'lump_sum', 'mixed')),
    price_types TEXT NOT NULL DEFAULT '',
    holder_id TEXT NOT NULL DEFAULT '',
    holder_id_type TEXT NOT NULL DEFAULT 'siret' CHECK (holder_id_type IN ('siret', 'vat', 'tahiti', 'ridet',
        'frwf', 'irep', 'non_eu')),
    social TEXT NOT NULL DEFAULT '',
    green TEXT NOT NULL DEFAULT '',
    origin_eu REAL NOT NULL DEFAULT -1 CHECK (origin_eu = -1 OR origin_eu BETWEEN 0 AND 1),
    origin_france REAL NOT NULL DEFAULT -1 CHECK (origin_france = -1 OR origin_france BETWEEN 0 AND 1),
    published_on TEXT NOT NULL DEFAULT ''
);
)sql")}}};
}

namespace Tables {

const TableInfo &contractDecp()
{
    using namespace Enumerations;
    static const TableInfo info{
        "contract_decp",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add the contract's public data"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove the contract's public data"),
        {{"decp_id", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Contract identifier (DECP)"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the contract identifier")},
         {"buyer_siret", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Buyer's SIRET"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the buyer's SIRET")},
         {"decp_nature", FieldKind::Choice, QT_TRANSLATE_NOOP("Atelier::Entities", "Kind of contract (DECP)"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the kind of contract"), nature().choices(false)},
         {"object", FieldKind::LongText, QT_TRANSLATE_NOOP("Atelier::Entities", "Object of the contract"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the object of the contract")},
         {"procedure", FieldKind::Choice, QT_TRANSLATE_NOOP("Atelier::Entities", "Procedure (DECP)"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the DECP procedure"), procedure().choices(true)},
         {"techniques", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Purchasing techniques"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the purchasing techniques")},
         {"execution_modes", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Execution modes"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the execution modes")},
         {"framework_id", FieldKind::Text,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Framework agreement's identifier"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the framework agreement")},
         {"innovative", FieldKind::Choice, QT_TRANSLATE_NOOP("Atelier::Entities", "Innovative"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change whether the contract is innovative"),
          yesNo().choices(true)},
         {"ccag", FieldKind::Choice, QT_TRANSLATE_NOOP("Atelier::Entities", "CCAG"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the CCAG"), ccag().choices(true)},
         {"offers_received",
          FieldKind::Integer,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Offers received"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the offers received"),
          {},
          nullptr,
          "name",
          0,
          100000},
         {"advance", FieldKind::Choice, QT_TRANSLATE_NOOP("Atelier::Entities", "Advance granted"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change whether an advance was granted"),
          yesNo().choices(true)},
         {"advance_rate", FieldKind::Number,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Rate of the advance (0–1)"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the rate of the advance")},
         {"grouping", FieldKind::Choice, QT_TRANSLATE_NOOP("Atelier::Entities", "Grouping of holders"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the grouping"), grouping().choices(true)},
         {"subcontracting", FieldKind::Choice,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Subcontracting declared"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change whether subcontracting was declared"),
          yesNo().choices(true)},
         {"place_code", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Place of execution (code)"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the place of execution")},
         {"place_type", FieldKind::Choice, QT_TRANSLATE_NOOP("Atelier::Entities", "Type of place code"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the type of place code"), placeType().choices(true)},
         {"price_form", FieldKind::Choice, QT_TRANSLATE_NOOP("Atelier::Entities", "Form of the price"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the form of the price"), priceForm().choices(true)},
         {"price_types", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Types of price"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the types of price")},
         {"holder_id", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Holder's identifier"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the holder's identifier")},
         {"holder_id_type", FieldKind::Choice,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Type of the holder's identifier"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the type of the holder's identifier"),
          holderIdType().choices(false)},
         {"social", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Social considerations"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the social considerations")},
         {"green", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Environmental considerations"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the environmental considerations")},
         {"origin_eu", FieldKind::Number,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Share of products from the EU (0–1)"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the share from the EU")},
         {"origin_france", FieldKind::Number,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Share of French products (0–1)"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the share of French products")},
         {"published_on", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "Data first published on"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the publication date")}},
        false};
    return info;
}

} // namespace Tables
} // namespace Atelier::Decp
