// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entities.h"

#include <QCoreApplication>

namespace Atelier {
class Store;
struct ProjectContext;
} // namespace Atelier

namespace Atelier::Sourcing {

/// The responsible negotiation (seed §4): after the offers are analysed, when the procedure allows
/// it, a meeting with each shortlisted bidder on the grid and on the life cycle of what it offers.
struct Negotiation
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Sourcing::Negotiation)
public:
    /// The stages of a product's life cycle the meeting goes through, as stored, in order.
    static QStringList lifeCycleStages();
    /// The question put to the bidder on a stage, before anyone rewrites it.
    static QString stageQuestion(const QString &stage);
    /// The bidder's meeting (empty when none is prepared yet).
    static Row meetingOf(const Store &store, const QString &bidderId);
    /// Prepares a bidder's meeting: the meeting and one topic per life-cycle stage, one undo step.
    /// Returns the meeting's id (empty on failure).
    static QString prepare(ProjectContext &ctx, const QString &bidderId);
    /// The bidders of that name (case and surrounding spaces ignored): names are not unique.
    static QList<Row> biddersNamed(const Store &store, const QString &name);
};

} // namespace Atelier::Sourcing
