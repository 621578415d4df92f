// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "grid.h"
#include "scoring.h"

#include "core/entities.h"

#include <QCoreApplication>

namespace Atelier {
class Store;
struct ProjectContext;
} // namespace Atelier

namespace Atelier::Sourcing {

/// When an answer was given: in the tender, or revised after the negotiation meeting.
enum class Phase { Tender, Meeting };
QString phaseKey(Phase phase);

/// The question grid and the bidders' answers between the store and the plain values of grid.h.
struct GridStore
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Sourcing::GridStore)
public:
    /// The grid in its order, each question with its choices and the name of its impact sought.
    static QList<GridQuestion> questions(const Store &store);
    /// Every bidder (or the shortlisted ones) with its answers at `phase`: after the meeting, a
    /// revised answer replaces the tender's, the others stay as they were.
    static QList<BidderAnswers> bidders(const Store &store, Phase phase, bool shortlistedOnly = false);
    /// The answer row of a bidder to a question at a phase (empty when none).
    static Row answerRow(const Store &store, const QString &bidderId, const QString &questionId, Phase phase);
    /// Records an answer (creating its row when needed) as one undo step.
    static bool setAnswer(ProjectContext &ctx, const QString &bidderId, const QString &questionId, Phase phase,
                          const QString &text);
    static bool setHandScore(ProjectContext &ctx, const QString &bidderId, const QString &questionId, Phase phase,
                             int score);
    /// Records the answers read from a bidder's CSV in one undo step; all of them or none.
    static bool importAnswers(ProjectContext &ctx, const QString &bidderId, const QList<GridAnswer> &answers);
    /// The grid's questions without a canvas question behind them are fine; this adds a canvas
    /// question to the grid (text, entry link) and returns the new question's id.
    static QString addFromEntry(ProjectContext &ctx, const Row &entry);
};

} // namespace Atelier::Sourcing
