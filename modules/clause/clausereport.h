// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportsection.h"

#include <QList>

namespace Atelier {
struct ProjectContext;
}

namespace Atelier::Clause::Report {

/// The clause's sections of the reports: the modifications decided under the evolutivity clause
/// (`clause.modifications`, in the roadmap) with their legal basis, and the activations still in
/// dialogue.
QList<Reports::ReportSection> sections(ProjectContext &ctx);

} // namespace Atelier::Clause::Report
