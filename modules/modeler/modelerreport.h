// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportsection.h"

#include <QList>

namespace Atelier {
struct ProjectContext;
}

namespace Atelier::Modeler::Report {

/// The workshop report's sections: the landscape by family, the amendments by round and role, the
/// scenarios ranked with their scores and risks.
QList<Reports::ReportSection> sections(ProjectContext &ctx);

} // namespace Atelier::Modeler::Report
