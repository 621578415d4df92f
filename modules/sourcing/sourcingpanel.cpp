// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcingpanel.h"

#include "sourcingdocuments.h"
#include "sourcingschema.h"
#include "sourcingview.h"

#include "core/projectcontext.h"
#include "core/store.h"

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
    DocumentOption bidder{QStringLiteral("bidder"), tr("Bidder")};
    bidder.required = true;
    bidder.names = [](ProjectContext &ctx) {
        QStringList names;
        for (const Row &b : ctx.store.rows(Tables::bidder()))
            if (b.value(QStringLiteral("shortlisted")).toBool())
                names << text(b, "name");
        return names;
    };
    return {{QStringLiteral("grid"), tr("Question grid"), {},
             [](ProjectContext &ctx, const QHash<QString, QString> &, QString *) -> std::optional<Reports::Document> {
                 return SourcingDocuments::grid(ctx);
             }},
            {QStringLiteral("negotiation"), tr("Negotiation sheet"), {bidder},
             [](ProjectContext &ctx, const QHash<QString, QString> &options, QString *error) {
                 return SourcingDocuments::negotiationSheet(ctx, options.value(QStringLiteral("bidder")), error);
             }}};
}

QList<PersonalData> SourcingPanel::personalData() const
{
    return {{&Tables::entry, QStringLiteral("contact"), QT_TRANSLATE_NOOP("Atelier::Entities", "the contacts of the sourcing fiches")}};
}

} // namespace Atelier::Sourcing
