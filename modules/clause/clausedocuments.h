// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportwriter.h"

#include <QCoreApplication>

#include <optional>

namespace Atelier {
struct ProjectContext;
class Store;
} // namespace Atelier

namespace Atelier::Clause {

/// The documents the clause writes through the report engine: the draft avenant of a decided
/// modification (parties, contract, object, new amount and duration, legal basis, the consent
/// record and the buyer's legal sign-off), for the buyer to check before signature.
struct ClauseDocuments
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Clause::ClauseDocuments)
public:
    /// The decided modification of the contract named `contract` (its holder or “holder — line”,
    /// or a part of it) with the number `number` (the latest when empty); its id, or empty and why.
    static QString findModification(const Store &store, const QString &contract, const QString &number,
                                    QString *error);
    /// The contracts that have a decided modification (“holder — line”), for the Export dialog.
    static QStringList contractsWithModifications(const Store &store);
    /// The most decided modifications a contract of the project has.
    static int mostModifications(const Store &store);
    /// The draft avenant of a decided activation; nothing (and why) when it is not decided.
    static std::optional<Reports::Document> avenant(ProjectContext &ctx, const QString &evolutionId,
                                                    QString *error);
};

} // namespace Atelier::Clause
