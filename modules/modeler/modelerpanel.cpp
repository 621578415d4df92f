// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelerpanel.h"

#include "modelerreport.h"
#include "modelerschema.h"
#include "modelerview.h"

namespace Atelier::Modeler {

QString ModelerPanel::title() const
{
    return tr("Strategic modeler");
}

QIcon ModelerPanel::icon() const
{
    return QIcon(QStringLiteral(":/modeler/icons/modeler.svg"));
}

ModuleSchema ModelerPanel::migrations() const
{
    return schema();
}

QList<const TableInfo *> ModelerPanel::tables() const
{
    using namespace Tables;
    return {&card(),      &cardGroup(), &role(),  &roleAssignment(), &scenario(), &element(),
            &amendment(), &criterion(), &score(), &risk(),           &dotVote(),  &workshopSetting()};
}

QWidget *ModelerPanel::createView(ProjectContext &ctx, QWidget *parent)
{
    return new ModelerView(ctx, parent);
}

QList<Reports::ReportSection> ModelerPanel::reportSections(ProjectContext &ctx) const
{
    return Report::sections(ctx);
}

} // namespace Atelier::Modeler
