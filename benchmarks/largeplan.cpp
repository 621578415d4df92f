// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "largeplan.h"

#include "core/baseline.h"
#include "cockpit/cockpitschema.h"
#include "core/steering.h"
#include "core/edit.h"
#include "core/entities.h"
#include "core/project.h"

#include <QDate>

using namespace Atelier;

namespace Bench {

static QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

/// The project's identity and who takes part: what the report's first and last sections show.
static void addProjectAndParticipants(ProjectContext &ctx)
{
    const QString project = ctx.store.projectId();
    const TableInfo &info = Entities::project();
    Edit::setValue(ctx, info, project, QStringLiteral("title"),
                   QStringLiteral("Plan pluriannuel d'équipement de la métropole"));
    Edit::setValue(ctx, info, project, QStringLiteral("administration"),
                   QStringLiteral("Métropole de Valbrune"));
    Edit::setValue(ctx, info, project, QStringLiteral("policy_field"), QStringLiteral("Équipements publics"));
    Edit::setValue(ctx, info, project, QStringLiteral("origin"),
                   QStringLiteral("Cinquante équipements à rénover ou à construire en dix ans : écoles, "
                                  "gymnases, médiathèques, cuisines centrales. Le conseil a voulu une "
                                  "stratégie d'achat suivie par un jury citoyen."));
    Edit::setValue(ctx, info, project, QStringLiteral("budget_envelope_cents"), qint64(90'000'000'00));
    static const char *const roles[] = {"citizen_juror",  "elected_official",  "internal_buyer",
                                        "prescriber",     "economic_operator", "neutral_expert",
                                        "reservist_buyer"};
    static const int counts[] = {12, 10, 8, 15, 10, 4, 1};
    Edit::Group group(ctx, QStringLiteral("Participants"));
    for (int r = 0; r < 7; ++r)
        for (int i = 0; i < counts[r]; ++i)
            Edit::addRow(ctx, Entities::participant(),
                         {{QStringLiteral("name"), QStringLiteral("Participant %1.%2").arg(r + 1).arg(i + 1)},
                          {QStringLiteral("organisation"), QStringLiteral("Organisation %1").arg(i % 6 + 1)},
                          {QStringLiteral("role"), QLatin1String(roles[r])}});
}

/// A contract per line; every fifth strategy had a checkpoint two months ago, with its decisions,
/// and a contract modification in the legal drawer.
static void addContractsAndDecisions(ProjectContext &ctx, int s, const QString &strategy,
                                     const QString (&lines)[2])
{
    QString contract;
    for (int l = 0; l < 2; ++l)
        contract = Edit::addRow(
            ctx, Entities::contract(),
            {{QStringLiteral("line_id"), lines[l]},
             {QStringLiteral("holder"), QStringLiteral("Entreprise %1.%2").arg(s + 1).arg(l + 1)},
             {QStringLiteral("amount_cents"), qint64(50'000'000 + 1'000'000 * s)},
             {QStringLiteral("notification_date"), iso(QDate(2024, 3, 1).addDays(s))},
             {QStringLiteral("duration_months"), 48},
             {QStringLiteral("procedure"), QStringLiteral("open_tender")}});
    if (s % 5 != 0)
        return;
    const QDate past = QDate::currentDate().addDays(-60 - s);
    const QString checkpoint =
        Edit::addRow(ctx, Entities::checkpoint(),
                     {{QStringLiteral("strategy_id"), strategy},
                      {QStringLiteral("date"), iso(past)},
                      {QStringLiteral("title"), QStringLiteral("Revue annuelle %1").arg(s + 1)},
                      {QStringLiteral("agenda"),
                       QStringLiteral("Avancement des lignes, budget de l'année, indicateurs.")}});
    const QString decisions[] = {
        QStringLiteral("Poursuivre la ligne %1.1 selon le calendrier prévu").arg(s + 1),
        QStringLiteral("Prolonger le marché de six mois"),
        QStringLiteral("Mesurer les indicateurs chaque trimestre")};
    for (int d = 0; d < 3; ++d)
        Edit::addRow(
            ctx, Entities::decision(),
            {{QStringLiteral("checkpoint_id"), checkpoint},
             {QStringLiteral("text"), decisions[d]},
             {QStringLiteral("contract_id"), d == 1 ? contract : QString()},
             {QStringLiteral("legal_basis"), d == 1 ? QStringLiteral("article R2194-5") : QString()}});
    Edit::addRow(
        ctx, Cockpit::Tables::drawerItem(),
        {{QStringLiteral("strategy_id"), strategy},
         {QStringLiteral("kind"), QStringLiteral("modification")},
         {QStringLiteral("date"), iso(past)},
         {QStringLiteral("title"), QStringLiteral("Avenant n° 1 au marché %1.2").arg(s + 1)},
         {QStringLiteral("note"), QStringLiteral("Six mois de plus, sans changer le prix (R2194-5).")}});
}

QString writeLargePlan(const Schema &schema, const WorkingArea &area, const QString &path,
                       const PlanOptions &options)
{
    static const char *const modes[] = {"purchase",       "rd_contract",     "grant",
                                        "public_commons", "innovation_pact", "partnership_purchase"};
    QString error;
    auto project = Project::create(schema, area, &error);
    if (!project)
        return error;
    auto &ctx = project->context();
    if (options.reportContent)
        addProjectAndParticipants(ctx);
    const QDate start(2024, 1, 1);
    for (int s = 0; s < 50; ++s) {
        if (options.reportContent && s == 40) // the roadmap sent last time did not have the last ten
            Edit::addRow(
                ctx, Entities::baseline(),
                {{QStringLiteral("name"), QStringLiteral("Feuille de route du printemps")},
                 {QStringLiteral("taken_on"), iso(QDate::currentDate().addMonths(-6))},
                 {QStringLiteral("plan"), Baseline::capture(Steering::load(ctx.store))}});
        Edit::Group group(ctx, QStringLiteral("Stratégie"));
        Row strategyRow{
            {QStringLiteral("title"), QStringLiteral("Stratégie %1 : équipement public").arg(s + 1)}};
        if (options.reportContent) {
            strategyRow.insert(
                QStringLiteral("objective"),
                QStringLiteral("Rénover l'équipement %1 en associant ses usagers.").arg(s + 1));
            strategyRow.insert(QStringLiteral("responsible_service"),
                               QStringLiteral("Direction des bâtiments"));
            strategyRow.insert(
                QStringLiteral("impacts"),
                QStringLiteral("moins d'énergie consommée, emplois locaux, usagers satisfaits"));
        }
        const QString strategy = Edit::addRow(ctx, Entities::strategy(), strategyRow);
        QString lines[2];
        for (int l = 0; l < 2; ++l)
            lines[l] =
                Edit::addRow(ctx, Entities::investmentLine(),
                             {{QStringLiteral("strategy_id"), strategy},
                              {QStringLiteral("mode"), QLatin1String(modes[(s + l) % 6])},
                              {QStringLiteral("title"), QStringLiteral("Ligne %1.%2").arg(s + 1).arg(l + 1)},
                              {QStringLiteral("start_date"), iso(start.addMonths(s % 12))},
                              {QStringLiteral("end_date"), iso(start.addMonths(60 + s % 60))}});
        for (int m = 0; m < 120; ++m)
            Edit::addRow(ctx, Entities::budgetEntry(),
                         {{QStringLiteral("line_id"), lines[m % 2]},
                          {QStringLiteral("period"), iso(start.addMonths(m))},
                          {QStringLiteral("funding_source"), QStringLiteral("Budget de la ville")},
                          {QStringLiteral("planned_cents"), qint64(1'000'000 + 10'000 * ((s * 7 + m) % 13))},
                          {QStringLiteral("committed_cents"), m < 30 ? qint64(1'000'000) : qint64(0)},
                          {QStringLiteral("paid_cents"), m < 24 ? qint64(900'000) : qint64(0)}});
        for (int k = 0; k < 10; ++k)
            Edit::addRow(
                ctx, Entities::milestone(),
                {{QStringLiteral("strategy_id"), strategy},
                 {QStringLiteral("line_id"), lines[k % 2]},
                 {QStringLiteral("title"), QStringLiteral("Jalon %1").arg(k + 1)},
                 {QStringLiteral("due_date"), iso(start.addMonths(6 * k + s % 6))},
                 {QStringLiteral("status"), k < 4 ? QStringLiteral("met") : QStringLiteral("scheduled")}});
        for (int i = 0; i < 4; ++i) {
            const QString indicator = Edit::addRow(
                ctx, Entities::indicator(),
                {{QStringLiteral("strategy_id"), strategy},
                 {QStringLiteral("name"), QStringLiteral("Indicateur %1.%2").arg(s + 1).arg(i + 1)},
                 {QStringLiteral("baseline_value"), 10.0},
                 {QStringLiteral("baseline_date"), iso(start)},
                 {QStringLiteral("target_value"), 50.0},
                 {QStringLiteral("target_date"), iso(start.addYears(5))}});
            for (int v = 0; v < 25; ++v)
                Edit::addRow(ctx, Entities::measurement(),
                             {{QStringLiteral("indicator_id"), indicator},
                              {QStringLiteral("date"), iso(start.addMonths(v))},
                              {QStringLiteral("value"), 10.0 + v * (i + 1) * 0.4}});
        }
        Edit::addRow(ctx, Entities::checkpoint(),
                     {{QStringLiteral("strategy_id"), strategy},
                      {QStringLiteral("date"), iso(QDate::currentDate().addDays(7 * s))},
                      {QStringLiteral("title"), QStringLiteral("Point d'étape %1").arg(s + 1)}});
        if (options.reportContent)
            addContractsAndDecisions(ctx, s, strategy, lines);
    }
    project->saveAs(path, &error);
    return error;
}

} // namespace Bench
