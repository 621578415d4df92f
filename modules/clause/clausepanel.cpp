// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clausepanel.h"

#include "clausereport.h"
#include "clauseschema.h"
#include "clauseview.h"

#include "core/navigation.h"

namespace Atelier::Clause {

QString ClausePanel::title() const
{
    return tr("Evolutivity clause");
}

QIcon ClausePanel::icon() const
{
    return QIcon(QStringLiteral(":/clause/icons/clause.svg"));
}

ModuleSchema ClausePanel::migrations() const
{
    return schema();
}

QList<const TableInfo *> ClausePanel::tables() const
{
    using namespace Tables;
    return {&charter(), &evolution(), &scenario(), &scenarioIndicator(), &seat(), &stance()};
}

QWidget *ClausePanel::createView(ProjectContext &ctx, QWidget *parent)
{
    return new ClauseView(ctx, parent);
}

QStringList ClausePanel::destinations() const
{
    return {Navigation::kEvolutivityClause};
}

void ClausePanel::show(QWidget *view, const QString &destination, const QString &id)
{
    if (auto *clause = qobject_cast<ClauseView *>(view); clause && destination == Navigation::kEvolutivityClause)
        clause->showContract(id);
}

QList<Reports::ReportSection> ClausePanel::reportSections(ProjectContext &ctx) const
{
    return Report::sections(ctx);
}

} // namespace Atelier::Clause
