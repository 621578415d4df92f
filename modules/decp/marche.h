// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Atelier::Decp {

/// A holder of the contract (titulaire), as DECP v2 identifies it.
struct Holder
{
    QString id;
    QString idType; ///< the schema's value ("SIRET", "TVA"…)
    bool operator==(const Holder &) const = default;
};

/// A modification published after the contract's data (modifications[].modification).
struct Modification
{
    int id = 0; ///< 1, 2, 3… in the order of notification
    QDate notifiedOn, publishedOn;
    std::optional<int> durationMonths; ///< the new duration, when it changed
    std::optional<qint64> amountCents; ///< the new amount excl. tax, when it changed
    QList<Holder> holders;             ///< the holders after it, when they changed
};

/// One marché of DECP v2 (schema_decp_v2.0.3.json, definitions.marche): every value as the schema spells
/// it (enumerations in French). Optional values not set are left out of the JSON; required ones not set
/// are what Check::missing names.
struct Marche
{
    QString id;         ///< 1 to 16 characters
    QString buyerSiret; ///< acheteur.id: 14 digits
    QString nature;
    QString object; ///< objet, at most 1000 characters
    QString cpv;    ///< codeCPV: 8 digits, optionally "-" and a check digit
    QStringList techniques, executionModes;
    QString frameworkId; ///< idAccordCadre (optional)
    std::optional<bool> innovative;
    QString ccag;
    std::optional<int> offersReceived;
    std::optional<bool> advance;
    std::optional<double> advanceRate; ///< 0…1
    QString grouping;                  ///< typeGroupementOperateurs
    std::optional<bool> subcontracting;
    QString procedure;
    QString placeCode, placeType; ///< lieuExecution
    std::optional<int> durationMonths;
    QDate notifiedOn, publishedOn;
    qint64 amountCents = 0; ///< montant (euros excl. tax, written with at most two decimals)
    QString priceForm;
    QStringList priceTypes;
    std::optional<double> originEu, originFrance; ///< 0…1 (optional)
    QList<Holder> holders;
    QStringList social, green; ///< considerations
    QList<Modification> modifications;
};

} // namespace Atelier::Decp
