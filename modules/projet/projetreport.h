// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportsection.h"

#include <QList>

namespace Atelier {
struct ProjectContext;
}

namespace Atelier::Projet::Report {

/// The Projet panel's report sections: the project and its context, key dates, participants,
/// the evidence gathered.
QList<Reports::ReportSection> sections(ProjectContext &ctx);

} // namespace Atelier::Projet::Report
