// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The large steering plan the cockpit and report benchmarks measure: 50 strategies of two investment
// lines each (six modes), 10 years of monthly budget lines (6,000), 500 milestones, 200 indicators
// with 5,000 measurements, 50 checkpoints.
#pragma once

#include <QString>

namespace Atelier {
class Schema;
class WorkingArea;
} // namespace Atelier

namespace Bench {

struct PlanOptions
{
    /// What a report also reads: the project's identity, 60 participants, each strategy's
    /// objective, service and impacts, a contract per line, ten past checkpoints with their
    /// decisions, contract modifications, and a baseline frozen before the last ten strategies.
    bool reportContent = false;
};

/// Writes the plan to a new project file at `path`; returns the error, empty when written.
QString writeLargePlan(const Atelier::Schema &schema, const Atelier::WorkingArea &area, const QString &path,
                       const PlanOptions &options = {});

} // namespace Bench
