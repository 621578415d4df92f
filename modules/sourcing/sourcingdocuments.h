// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportwriter.h"

#include <QCoreApplication>

#include <optional>

namespace Atelier {
struct ProjectContext;
} // namespace Atelier

namespace Atelier::Sourcing {

/// The documents the panel writes through the report engine: the question grid for the tender
/// documents, and the negotiation sheet a shortlisted bidder receives before its meeting.
struct SourcingDocuments
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Sourcing::SourcingDocuments)
public:
    static Reports::Document grid(ProjectContext &ctx);
    /// The sheet of the bidder of that name; nothing (and why) when no bidder, or several, have it.
    static std::optional<Reports::Document> negotiationSheet(ProjectContext &ctx, const QString &bidderName,
                                                             QString *error);
    /// The sheet of that bidder.
    static Reports::Document negotiationSheetOf(ProjectContext &ctx, const QString &bidderId);
};

} // namespace Atelier::Sourcing
