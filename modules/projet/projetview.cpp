// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projetview.h"

#include "attachmentspage.h"
#include "identitypage.h"
#include "participantspage.h"

namespace Atelier::Projet {

ProjetView::ProjetView(ProjectContext &ctx, QWidget *parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("projetView"));
    setDocumentMode(true);
    addTab(new IdentityPage(ctx, this), tr("Identity and context"));
    addTab(new ParticipantsPage(ctx, this), tr("Participants"));
    addTab(new AttachmentsPage(ctx, this), tr("Evidence library"));
    setAccessibleName(tr("Project"));
}

} // namespace Atelier::Projet
