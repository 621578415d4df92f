// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "marche.h"

#include <QByteArray>
#include <QList>

namespace Atelier::Decp::Json {

/// The marchés as DECP v2 JSON: {"marches":{"marche":[…]}}, lists wrapped as the schema wants
/// (titulaires[{titulaire:{…}}], modifications[{modification:{…}}], techniques{technique:[…]}…), dates
/// YYYY-MM-DD, amounts in euros with at most two decimals. The caller has checked every marché
/// (Check::missing is empty): this writes what it is given.
QByteArray write(const QList<Marche> &marches);

/// An amount in cents as the schema's number of euros: 98000000 → "980000", 12345689 → "123456.89".
QByteArray euros(qint64 cents);

} // namespace Atelier::Decp::Json
