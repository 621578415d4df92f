// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolespage.h"

#include "modelerschema.h"
#include "workshop.h"

#include "core/projectcontext.h"
#include "widgets/entitytableeditor.h"
#include "widgets/entitytablemodel.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Atelier::Modeler {

RolesPage::RolesPage(ProjectContext &ctx, QWidget *parent) : QWidget(parent)
{
    auto *roles = new EntityTableEditor(ctx, Tables::role(),
                                        {QStringLiteral("name"), QStringLiteral("brief")}, tr("Add role"));
    roles->setObjectName(QStringLiteral("roles"));
    roles->view()->horizontalHeader()->resizeSection(0, 220);
    auto *defaults = new QAction(tr("Add the seed's roles"), this);
    defaults->setObjectName(QStringLiteral("defaultRoles"));
    defaults->setToolTip(tr("le technicien, l'usager, le commerçant, and the stakeholders of the purchase"));
    connect(defaults, &QAction::triggered, this, [&ctx] { Workshop::addDefaultRoles(ctx); });
    defaults->setEnabled(!ctx.isReadOnly());
    roles->addToolAction(defaults);

    auto *players = new EntityTableEditor(ctx, Tables::roleAssignment(),
                                          {QStringLiteral("participant_id"), QStringLiteral("role_id")},
                                          tr("Assign a role"));
    players->setObjectName(QStringLiteral("roleAssignments"));
    players->view()->horizontalHeader()->resizeSection(0, 260);

    auto *deck = new QGroupBox(tr("The deck of roles"));
    (new QVBoxLayout(deck))->addWidget(roles);
    auto *cast = new QGroupBox(tr("Who plays which role"));
    auto *castLayout = new QVBoxLayout(cast);
    auto *hint = new QLabel(tr("Each participant takes a role for the rounds; the participants come from the "
                               "Project panel."));
    hint->setWordWrap(true);
    castLayout->addWidget(hint);
    castLayout->addWidget(players);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(deck, 3);
    layout->addWidget(cast, 2);
}

} // namespace Atelier::Modeler
