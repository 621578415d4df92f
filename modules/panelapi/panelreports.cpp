// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panelreports.h"

#include "core/projectcontext.h"
#include "journalsection.h"
#include "reports/glossary.h"

namespace Atelier {

QList<Reports::ReportSection> availableReportSections(const QList<Panel *> &panels, ProjectContext &ctx)
{
    QList<Reports::ReportSection> sections;
    for (const Panel *panel : panels)
        sections << panel->reportSections(ctx);
    sections << JournalSection::section(ctx);
    sections << Reports::Glossary::section();
    return sections;
}

Reports::Document writeReport(const Reports::ReportKind &kind, const QList<Panel *> &panels,
                              ProjectContext &ctx, const Reports::Progress &progress)
{
    return Reports::compose(kind, availableReportSections(panels, ctx), Reports::reportInfo(kind, ctx.store),
                            progress);
}

} // namespace Atelier
