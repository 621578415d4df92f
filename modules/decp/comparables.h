// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "distribution.h"
#include "pastcontract.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Atelier::Decp {

/// How much of a CPV code two contracts share: its first 2 digits (division), 3 (group), 4 (class),
/// 5 (category) or all 8.
enum class CpvLevel { Division = 2, Group = 3, Class = 4, Category = 5, Code = 8 };

/// What a buyer looks for among past contracts. Unset bounds do not filter.
struct ComparableQuery
{
    QString cpv; ///< a CPV code ("45214200-2", "45214200", or at least as many digits as the level)
    CpvLevel level = CpvLevel::Category;
    /// Fewer matches than this at `level`: the next wider level is tried (category, then class, group,
    /// division), down to the division. 0: never widen.
    int atLeast = 0;
    std::optional<qint64> minimumCents, maximumCents;
    std::optional<int> minimumMonths, maximumMonths;
    QString holder;     ///< a holder's identifier (SIRET…)
    QString buyer;      ///< the buyer's SIRET
    QDate from, to;     ///< notified between (inclusive)
    int rowLimit = 200; ///< the rows returned (most recent first); the distribution counts them all
};

/// Past contracts like the one being prepared.
struct Comparables
{
    CpvLevel level = CpvLevel::Category; ///< the level the matches share (wider than asked when widened)
    QString prefix;                      ///< the CPV digits they share
    qint64 total = 0;                    ///< every match
    QList<PastContract> rows;            ///< the most recent matches, up to rowLimit
    Distribution amounts;                ///< of every match
    bool valid = true;                   ///< false when the query's CPV code has too few digits
};

} // namespace Atelier::Decp
