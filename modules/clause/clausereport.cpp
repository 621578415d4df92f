// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clausereport.h"

#include "clausecase.h"
#include "clauseschema.h"

#include "core/format.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "reports/reportwriter.h"

#include <QCoreApplication>

namespace Atelier::Clause::Report {

namespace {

struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Clause::Report)
};

void writeModifications(ProjectContext &ctx, Reports::Writer &writer)
{
    const Store &store = ctx.store;
    const TableInfo &evolution = Tables::evolution();
    QList<QStringList> decided;
    QList<Row> open;
    for (const Row &e : store.rows(evolution)) {
        const QString contract = Entities::contractName(store, text(e, "contract_id"));
        if (text(e, "status") == QLatin1String("open")) {
            open << e;
            continue;
        }
        if (text(e, "status") != QLatin1String("decided"))
            continue;
        const Row scenario = store.row(Tables::scenario(), text(e, "chosen_scenario_id"));
        QStringList what{text(scenario, "title")};
        if (!text(scenario, "services").isEmpty())
            what << text(scenario, "services");
        const int delay = scenario.value(QStringLiteral("delay_months")).toInt();
        if (delay != 0)
            what << ReportText::tr("calendar moved by %n month(s)", nullptr, delay);
        decided << QStringList{Format::date(text(e, "decided_on")), contract,
                               evolution.field(QStringLiteral("motive"))->choiceLabel(text(e, "motive")),
                               what.join(QStringLiteral(" — ")),
                               Format::value(*Tables::scenario().field(QStringLiteral("amount_change_cents")),
                                             e.value(QStringLiteral("amount_change_cents"))),
                               text(e, "legal_basis")};
    }
    writer.paragraph(ReportText::tr("Each modification was prepared in a tooled dialogue with the company, the buyer, "
                                    "the prescriber, the elected officials concerned and the citizen jury, and "
                                    "decided by the consent of all. The buyer guarantees its legal frame."));
    if (decided.isEmpty())
        writer.note(ReportText::tr("No modification decided under the clause so far."));
    else
        writer.table({{ReportText::tr("Decided on"), false, 2},
                      {ReportText::tr("Contract"), false, 3},
                      {ReportText::tr("Motive"), false, 3},
                      {ReportText::tr("What changes"), false, 5},
                      {ReportText::tr("Amount"), true, 2},
                      {ReportText::tr("Legal basis"), false, 4}},
                     decided);
    for (const Row &e : open)
        writer.bullet(ReportText::tr("In dialogue since %1: %2 (%3).")
                          .arg(Format::date(text(e, "opened_on")),
                               Entities::contractName(store, text(e, "contract_id")),
                               evolution.field(QStringLiteral("motive"))->choiceLabel(text(e, "motive"))));
}

} // namespace

QList<Reports::ReportSection> sections(ProjectContext &ctx)
{
    return {{QStringLiteral("clause.modifications"), ReportText::tr("Modifications under the evolutivity clause"),
             [c = &ctx](Reports::Writer &writer) { writeModifications(*c, writer); }}};
}

} // namespace Atelier::Clause::Report
