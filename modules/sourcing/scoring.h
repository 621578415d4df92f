// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "grid.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Atelier::Sourcing {

/// How one answer scores on one question.
struct QuestionScore
{
    QString questionId;
    enum class State { Scored, Missing, AwaitingHandScore, Unscorable } state = State::Missing;
    double fraction = 0; ///< 0 to 1 of the question's weight (Scored only)
    double points = 0;   ///< fraction × weight
    QString problem;     ///< why an answer or a rule cannot be scored (Unscorable), for the user
};

/// One bidder's scores on the whole grid.
struct BidderScore
{
    QString bidderId;
    QString name;
    QList<QuestionScore> questions; ///< in the grid's order
    double total = 0;               ///< Σ points
    QMap<QString, double> byImpact; ///< impact sought → Σ points of its questions ("" = none linked)
    int missing = 0;                ///< questions without an answer
    int missingRequired = 0;        ///< of which required
    int awaitingHandScore = 0;      ///< free-text answers not scored yet
    int unscorable = 0;
    int rank = 0;       ///< 1 = best total; equal totals share a rank
    bool tied = false;  ///< another bidder has the same total
};

/// A bidder and what it answered.
struct BidderAnswers
{
    QString bidderId;
    QString name;
    QList<GridAnswer> answers;
};

/// The scoring rules of the grid, without a database. Every rule is stated to bidders in the
/// grid's documents (gridwording.h); the code here is the one place it is computed.
struct Scoring
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Sourcing::Scoring)
public:
    /// The score of one answer (absent: `answer` is nullptr or empty).
    static QuestionScore score(const GridQuestion &question, const GridAnswer *answer);
    /// The highest number of points the grid gives (Σ weights).
    static int maximum(const QList<GridQuestion> &questions);
    /// The highest points each impact sought can bring.
    static QMap<QString, double> maximumByImpact(const QList<GridQuestion> &questions);
    /// Every bidder scored and ranked; ties are kept (same rank, flagged), never broken silently.
    static QList<BidderScore> compare(const QList<GridQuestion> &questions, const QList<BidderAnswers> &bidders);
    /// A number answer as the grid stores it ("12.5"), or nothing when it is not one.
    static std::optional<double> number(const QString &text);
    /// A stored answer as people read it: “Yes”, “12,5 km”, the choice's label, the text.
    static QString display(const GridQuestion &question, const QString &stored);
};

} // namespace Atelier::Sourcing
