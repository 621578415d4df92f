// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clausepanel.h"

#include "clausedocuments.h"
#include "clausereport.h"
#include "clauseschema.h"
#include "clauseview.h"

#include "core/navigation.h"
#include "core/projectcontext.h"

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
    return {&contractFacts(), &charter(), &evolution(), &scenario(), &scenarioIndicator(), &seat(), &stance()};
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

QList<PanelDocument> ClausePanel::documents() const
{
    DocumentOption contract{QStringLiteral("contract"), tr("Contract")};
    contract.names = [](ProjectContext &ctx) { return ClauseDocuments::contractsWithModifications(ctx.store); };
    DocumentOption number{QStringLiteral("number"), tr("Modification no.")};
    // The window offers the numbers the project has, the latest first; the command line may leave it out.
    number.names = [](ProjectContext &ctx) {
        QStringList numbers;
        for (int n = ClauseDocuments::mostModifications(ctx.store); n >= 1; --n)
            numbers << QString::number(n);
        return numbers;
    };
    return {{QStringLiteral("avenant"), tr("Draft avenant"), {contract, number},
             [](ProjectContext &ctx, const QHash<QString, QString> &options,
                QString *error) -> std::optional<Reports::Document> {
                 const QString id = ClauseDocuments::findModification(
                     ctx.store, options.value(QStringLiteral("contract")), options.value(QStringLiteral("number")), error);
                 if (id.isEmpty())
                     return std::nullopt;
                 return ClauseDocuments::avenant(ctx, id, error);
             }}};
}

} // namespace Atelier::Clause
