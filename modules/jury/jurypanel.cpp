// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jurypanel.h"

#include "juryschema.h"
#include "drawpage.h"
#include "jurydemo.h"
#include "juryminutes.h"

#include "core/projectcontext.h"
#include "poolpage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace Atelier::Jury {

QString JuryPanel::title() const
{
    return tr("Citizen jury");
}

QIcon JuryPanel::icon() const
{
    return QIcon(QStringLiteral(":/jury/icons/jury.svg"));
}

ModuleSchema JuryPanel::migrations() const
{
    return schema();
}

QList<const TableInfo *> JuryPanel::tables() const
{
    return {&Tables::poolImport(), &Tables::poolPerson(), &Tables::draw(), &Tables::quota(), &Tables::witness(),
            &Tables::juror()};
}

QWidget *JuryPanel::createView(ProjectContext &ctx, QWidget *parent)
{
    auto *view = new QWidget(parent);
    view->setObjectName(QStringLiteral("juryView"));
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("juryTabs"));
    tabs->addTab(new PoolPage(ctx), tr("Recruitment pool"));
    tabs->addTab(new DrawPage(ctx), tr("Quotas, draw and jury"));
    auto *layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);
    return view;
}

bool JuryPanel::addToDemo(ProjectContext &ctx, QString *error)
{
    return JuryDemo::draw(ctx, error);
}

QList<PanelDocument> JuryPanel::documents() const
{
    return {{QStringLiteral("jury-minutes"), tr("Minutes of the draw by lot"), {},
             [](ProjectContext &ctx, const QHash<QString, QString> &, QString *error) {
                 return JuryMinutes::minutes(ctx.store, error);
             }}};
}

QList<PersonalData> JuryPanel::personalData() const
{
    // The whole pool: names, years of birth, neighbourhoods, households. The jurors (who accepted a
    // public role) and the draw's fingerprints travel, so the draw stays verifiable.
    return {{&Tables::poolPerson, QString(), QT_TRANSLATE_NOOP("Atelier::Entities", "the citizen jury's recruitment pool")}};
}

} // namespace Atelier::Jury
