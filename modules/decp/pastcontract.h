// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace Atelier::Decp {

/// A past contract as the reference library keeps it: the facts a buyer compares.
struct PastContract
{
    QString id;          ///< the buyer's identifier of the contract
    QString buyerSiret;  ///< acheteur.id
    QStringList holders; ///< the holders' identifiers (titulaires[].titulaire.id)
    QString cpv;         ///< the 8 digits (the check digit dropped)
    qint64 amountCents = 0;
    int durationMonths = 0;
    QDate notifiedOn;
    QString object, nature, procedure; ///< as the file spells them
    bool operator==(const PastContract &) const = default;
};

} // namespace Atelier::Decp
