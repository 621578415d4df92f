// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Atelier {

class Steering;

/// A frozen plan: the planned budget of every line and year, the due dates of the timeline and the
/// indicators' targets, kept as JSON in a `baseline` row, and compared with the current plan.
class Baseline
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Baseline)
public:
    struct Difference
    {
        enum Kind { Budget, Milestone, Indicator };
        Kind kind;
        QString subject;       ///< "Line — 2026", a milestone's title, an indicator's name
        QString before, after; ///< formatted in the user's language; empty when added or removed
        QString change;        ///< "+12 000,00 €", "14 days later", "target raised"
    };

    /// The plan as it stands, to store in a baseline row.
    static QString capture(const Steering &current);
    /// What changed between a stored plan and the current one, in the whole project or in one
    /// strategy. A plan that is not valid JSON (a damaged or hostile file) gives no difference and
    /// sets `ok` to false.
    static QList<Difference> compare(const QString &plan, const Steering &current, bool *ok = nullptr,
                                     const QString &strategyId = {});
};

} // namespace Atelier
