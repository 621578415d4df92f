// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tourpanel.h"

#include "tourdocuments.h"
#include "tourschema.h"
#include "tourstore.h"
#include "tourview.h"

#include "core/projectcontext.h"
#include "core/store.h"

namespace Atelier::Tour {

QString TourPanel::title() const
{
    return tr("Co-operator tour");
}

QIcon TourPanel::icon() const
{
    return QIcon(QStringLiteral(":/tour/icons/tour.svg"));
}

ModuleSchema TourPanel::migrations() const
{
    return schema();
}

QList<const TableInfo *> TourPanel::tables() const
{
    using namespace Tables;
    return {&tour(), &person(), &slot(), &step(), &word(), &photo(), &quizQuestion(), &quizAnswer(), &exchange()};
}

QWidget *TourPanel::createView(ProjectContext &ctx, QWidget *parent)
{
    return new TourView(ctx, parent);
}

QList<Reports::ReportSection> TourPanel::reportSections(ProjectContext &ctx) const
{
    if (TourStore::tours(ctx.store).isEmpty())
        return {}; // no page for what has not happened
    return {TourDocuments::roadmapSection(ctx.store)};
}

QList<PanelDocument> TourPanel::documents() const
{
    DocumentOption contract{QStringLiteral("contract"), tr("Contract")};
    contract.names = [](ProjectContext &ctx) {
        QStringList names;
        for (const Row &t : TourStore::tours(ctx.store)) // “holder — line”: two contracts of one holder stay apart
            names << Entities::contractName(ctx.store, text(t, "contract_id"));
        return names;
    };
    DocumentOption format{QStringLiteral("format"), tr("Format"), {QStringLiteral("a4"), QStringLiteral("a5-booklet")},
                          {tr("A4 pages"), tr("A5 booklet (printed two-up on A4, folded)")}};
    DocumentOption answers{QStringLiteral("answers"), tr("The answer key instead of the booklet")};
    answers.flag = true;
    const auto tourOf = [](ProjectContext &ctx, const QHash<QString, QString> &options, QString *error) {
        return TourDocuments::findTour(ctx.store, options.value(QStringLiteral("contract")), error);
    };
    return {{QStringLiteral("booklet"), tr("Discovery booklet"), {contract, format, answers},
             [tourOf](ProjectContext &ctx, const QHash<QString, QString> &options,
                      QString *error) -> std::optional<Reports::Document> {
                 const QString tour = tourOf(ctx, options, error);
                 if (tour.isEmpty())
                     return std::nullopt;
                 const auto f = TourDocuments::format(options.value(QStringLiteral("format"))).value_or(TourDocuments::Format::A4);
                 if (options.contains(QStringLiteral("answers")))
                     return TourDocuments::answerKey(ctx.store, tour, f);
                 return TourDocuments::booklet(ctx.store, tour, f);
             }},
            {QStringLiteral("tour-summary"), tr("Summary of the day"), {contract},
             [tourOf](ProjectContext &ctx, const QHash<QString, QString> &options,
                      QString *error) -> std::optional<Reports::Document> {
                 const QString tour = tourOf(ctx, options, error);
                 if (tour.isEmpty())
                     return std::nullopt;
                 return TourDocuments::summary(ctx.store, tour);
             }}};
}

} // namespace Atelier::Tour
