// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panel.h"

#include "reports/reportkinds.h"

namespace Atelier {

/// Every section the panels offer on this project, then the engine's own (the glossary).
QList<Reports::ReportSection> availableReportSections(const QList<Panel *> &panels, ProjectContext &ctx);

/// The report of that kind on this project, written and ready to lay out. Progress counts
/// sections; cancelled: a document without parts.
Reports::Document writeReport(const Reports::ReportKind &kind, const QList<Panel *> &panels,
                              ProjectContext &ctx, const Reports::Progress &progress = {});

} // namespace Atelier
