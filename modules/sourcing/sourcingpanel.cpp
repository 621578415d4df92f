// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcingpanel.h"

#include "sourcingdocuments.h"
#include "sourcingschema.h"
#include "sourcingview.h"

namespace Atelier::Sourcing {

QString SourcingPanel::title() const
{
    return tr("Sourcing canvas");
}

QIcon SourcingPanel::icon() const
{
    return QIcon(QStringLiteral(":/sourcing/icons/sourcing.svg"));
}

ModuleSchema SourcingPanel::migrations() const
{
    return schema();
}

QList<const TableInfo *> SourcingPanel::tables() const
{
    using namespace Tables;
    return {&chapter(),  &entry(), &entryAttachment(), &gridQuestion(), &gridChoice(), &bidder(), &answer(),
            &meeting(), &meetingTopic(), &meetingExpert()};
}

QWidget *SourcingPanel::createView(ProjectContext &ctx, QWidget *parent)
{
    return new SourcingView(ctx, parent);
}

QList<Reports::ReportSection> SourcingPanel::reportSections(ProjectContext &) const
{
    return {};
}

QList<PanelDocument> SourcingPanel::documents() const
{
    return {{QStringLiteral("grid"), QString(), tr("Question grid"),
             [](ProjectContext &ctx, const QString &, QString *) -> std::optional<Reports::Document> {
                 return SourcingDocuments::grid(ctx);
             }},
            {QStringLiteral("negotiation"), QStringLiteral("bidder"), tr("Negotiation sheet"),
             [](ProjectContext &ctx, const QString &name, QString *error) {
                 return SourcingDocuments::negotiationSheet(ctx, name, error);
             }}};
}

} // namespace Atelier::Sourcing
