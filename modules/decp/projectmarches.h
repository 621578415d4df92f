// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "marche.h"
#include "marchecheck.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Atelier {
class Store;
}

namespace Atelier::Decp {

/// A contract of the project as DECP v2 sees it, and what it still lacks.
struct ProjectMarche
{
    QString contractId;
    QString name; ///< the holder and the investment line, as the cockpit names the contract
    Marche marche;
    QList<Problem> problems; ///< empty: the contract can be published
};

namespace ProjectMarches {

/// Every contract of the project (cockpit) with its DECP fields (contract_decp) and the modifications
/// the evolutivity clause decided (its `evolution` rows with status 'decided', read by table name; a
/// build without the clause has none). The contract's amount and duration already include those
/// decisions: the marché's initial ones are worked back from them, and each modification carries the
/// amount and duration after it. `publishedOn` dates the modifications' publication (the export's day).
QList<ProjectMarche> read(const Store &store, const QDate &publishedOn);

/// Writes the project's contracts as one DECP v2 file (atomically: the old file stays whole on failure).
/// Refuses, writing nothing, when any contract has a problem: `refused` names them.
bool exportFile(const Store &store, const QString &path, const QDate &publishedOn,
                QList<ProjectMarche> *refused, QString *error);

} // namespace ProjectMarches
} // namespace Atelier::Decp
