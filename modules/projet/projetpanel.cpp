// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projetpanel.h"

#include "projetreport.h"
#include "projetview.h"

namespace Atelier::Projet {

QString ProjetPanel::title() const
{
    return tr("Project");
}

QIcon ProjetPanel::icon() const
{
    return QIcon(QStringLiteral(":/projet/icons/projet.svg"));
}

QWidget *ProjetPanel::createView(ProjectContext &ctx, QWidget *parent)
{
    return new ProjetView(ctx, parent);
}

QList<Reports::ReportSection> ProjetPanel::reportSections(ProjectContext &ctx) const
{
    return Report::sections(ctx);
}

} // namespace Atelier::Projet
