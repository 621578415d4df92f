// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelerview.h"

#include "boardpage.h"
#include "facilitatortimer.h"
#include "prioritypage.h"
#include "rolespage.h"
#include "roundspage.h"
#include "strategypage.h"

namespace Atelier::Modeler {

ModelerView::ModelerView(ProjectContext &ctx, QWidget *parent)
    : QTabWidget(parent), m_timer(new FacilitatorTimer(this))
{
    setObjectName(QStringLiteral("modelerView"));
    setDocumentMode(true);
    setAccessibleName(tr("Strategic modeler"));
    addTab(new BoardPage(ctx, *m_timer, this), tr("1. Landscape"));
    addTab(new RolesPage(ctx, this), tr("2. Roles"));
    addTab(new RoundsPage(ctx, *m_timer, this), tr("3. Proposal and rounds"));
    addTab(new PriorityPage(ctx, this), tr("4. Priorities"));
    addTab(new StrategyPage(ctx, this), tr("5. Strategy"));
}

} // namespace Atelier::Modeler
