// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entities.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Atelier::Decp {

struct DecpText
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Decp)
};

/// One value of an enumeration of the official schema (schema_decp_v2.0.3.json): the key the project
/// stores (ASCII), the value exactly as the schema spells it, and its label for the user.
struct Value
{
    const char *key;
    const char *schema; ///< UTF-8, as in the schema's "enum"
    const char *label;  ///< translated through Atelier::Entities (the project's fields show it)
};

/// An enumeration of the schema: the property it belongs to and its values, in the schema's order.
struct Enumeration
{
    const char *property;
    QList<Value> values;

    /// The schema's spelling of a stored key (empty when the key is not one of the values).
    QString schemaValue(const QString &key) const;
    /// The stored key of a value as the schema spells it (empty when unknown).
    QString key(const QString &schemaValue) const;
    /// The translated label of a key (the key itself when unknown).
    QString label(const QString &key) const;
    /// The values as choices of a project field (the key "unset" first when `withUnset`).
    QList<Choice> choices(bool withUnset) const;
    bool containsSchemaValue(const QString &value) const { return !key(value).isEmpty(); }
};

/// The key a single-choice field of the project holds while the user has not chosen yet.
inline constexpr const char *kUnset = "unset";

namespace Enumerations {
const Enumeration &nature();              ///< marché.nature
const Enumeration &procedure();           ///< marché.procedure
const Enumeration &technique();           ///< techniques.technique[]
const Enumeration &executionMode();       ///< modalitesExecution.modaliteExecution[]
const Enumeration &ccag();                ///< ccag
const Enumeration &grouping();            ///< typeGroupementOperateurs
const Enumeration &placeType();           ///< lieuExecution.typeCode
const Enumeration &priceForm();           ///< formePrix
const Enumeration &priceType();           ///< typesPrix.typePrix[]
const Enumeration &holderIdType();        ///< titulaire.typeIdentifiant
const Enumeration &socialConsideration(); ///< considerationsSociales.considerationSociale[]
const Enumeration &greenConsideration();  ///< considerationsEnvironnementales.considerationEnvironnementale[]
const Enumeration &yesNo();               ///< the booleans the project holds as a choice (unset, yes, no)
} // namespace Enumerations

/// A list field of the project (several keys of one enumeration) is stored as "key1,key2".
QStringList splitKeys(const QString &stored);

} // namespace Atelier::Decp
