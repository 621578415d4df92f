// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportsection.h"

#include <QList>

namespace Atelier {
struct ProjectContext;
}

namespace Atelier::Cockpit::Report {

/// The cockpit's report sections: each strategy with its lines and budget, the timeline, the
/// indicators' progress, the checkpoints and their decisions, and the alerts of the day.
QList<Reports::ReportSection> sections(ProjectContext &ctx);

} // namespace Atelier::Cockpit::Report
