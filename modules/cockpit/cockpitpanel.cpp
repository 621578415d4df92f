// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cockpitpanel.h"

#include "cockpitreport.h"
#include "cockpitschema.h"
#include "cockpitview.h"

namespace Atelier::Cockpit {

QString CockpitPanel::title() const
{
    return tr("Strategy cockpit");
}

QIcon CockpitPanel::icon() const
{
    return QIcon(QStringLiteral(":/cockpit/icons/cockpit.svg"));
}

ModuleSchema CockpitPanel::migrations() const
{
    return schema();
}

QList<const TableInfo *> CockpitPanel::tables() const
{
    using namespace Tables;
    return {&externalityEvaluation(), &royalty(),    &publicResource(),
            &grantInstalment(),       &drawerItem(), &discussionNote()};
}

QWidget *CockpitPanel::createView(ProjectContext &ctx, QWidget *parent)
{
    return new CockpitView(ctx, parent);
}

QList<Reports::ReportSection> CockpitPanel::reportSections(ProjectContext &ctx) const
{
    return Report::sections(ctx);
}

} // namespace Atelier::Cockpit
