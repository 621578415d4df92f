// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "marche.h"

#include <QList>
#include <QString>

namespace Atelier::Decp {

/// A required value missing, or a value the official schema refuses.
struct Problem
{
    QString property; ///< where, in the schema's words: "acheteur.id", "modifications[2].montant"
    QString message;  ///< what is wrong and what is expected, in the user's language
    /// "Buyer's SIRET (acheteur.id): 14 digits expected" — the line shown to the user.
    QString text() const;
};

namespace Check {

/// Every required value of the marché still missing, and every value the schema would refuse (pattern,
/// enumeration, minimum and maximum, length, list empty or repeated), in the schema's order. Empty: the
/// marché can be written.
QList<Problem> missing(const Marche &marche);

/// The schema's patterns, shared by the export and the import.
bool isSiret(const QString &text);    ///< ^[0-9]{14}$
bool isCpv(const QString &text);      ///< ^[0-9]{8}(-[0-9])?$
bool isDecpDate(const QString &text); ///< \d{4}-\d{2}-\d{2}, and a real date
bool isMarcheId(const QString &text); ///< 1 to 16 characters

} // namespace Check
} // namespace Atelier::Decp
