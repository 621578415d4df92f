// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace.h"

#include "clause/clausedecision.h"
#include "clause/clausepanel.h"
#include "clause/clauseschema.h"
#include "core/edit.h"
#include "core/entities.h"
#include "core/store.h"

/// A project with a strategy, a line, a 1 000 000 € services contract with its charter (+15 %,
/// −5 %, 6 months), a checkpoint, and an activation of the clause with the five seats of the seed,
/// each played by a participant.
struct ClauseFixture
{
    Workspace ws;
    Atelier::Clause::ClausePanel panel;
    std::unique_ptr<Atelier::Project> project;
    QString strategy, line, contract, charter, checkpoint, evolution;
    QStringList seats;

    ClauseFixture()
    {
        using namespace Atelier;
        ws.schema = Schema({coreSchema(), panel.migrations()});
        project = ws.create();
        strategy = add(Entities::strategy(), {{QStringLiteral("title"), QStringLiteral("Cantine")}});
        line = add(Entities::investmentLine(), {{QStringLiteral("strategy_id"), strategy},
                                                {QStringLiteral("title"), QStringLiteral("Cuisine centrale")}});
        contract = add(Entities::contract(), {{QStringLiteral("line_id"), line},
                                              {QStringLiteral("holder"), QStringLiteral("Atelier Nord-Sud")},
                                              {QStringLiteral("amount_cents"), 100'000'000},
                                              {QStringLiteral("nature"), QStringLiteral("services")},
                                              {QStringLiteral("duration_months"), 30}});
        charter = add(Clause::Tables::charter(), {{QStringLiteral("contract_id"), contract},
                                                  {QStringLiteral("max_increase_pct"), 15},
                                                  {QStringLiteral("max_decrease_pct"), 5},
                                                  {QStringLiteral("max_delay_months"), 6}});
        checkpoint = add(Entities::checkpoint(), {{QStringLiteral("strategy_id"), strategy},
                                                  {QStringLiteral("title"), QStringLiteral("Point d'étape n° 2")}});
        evolution = add(Clause::Tables::evolution(), {{QStringLiteral("contract_id"), contract},
                                                      {QStringLiteral("checkpoint_id"), checkpoint},
                                                      {QStringLiteral("motive"), QStringLiteral("technical_difficulty")}});
        const QStringList roles{QStringLiteral("company"), QStringLiteral("buyer"), QStringLiteral("prescriber"),
                                QStringLiteral("elected"), QStringLiteral("jury")};
        for (const QString &role : roles) {
            const QString player = add(Entities::participant(), {{QStringLiteral("name"), QStringLiteral("Player ") + role}});
            seats << add(Clause::Tables::seat(), {{QStringLiteral("evolution_id"), evolution},
                                                  {QStringLiteral("role"), role},
                                                  {QStringLiteral("participant_id"), player}});
        }
    }
    Atelier::ProjectContext &ctx() { return project->context(); }
    Atelier::Store &store() { return project->context().store; }

    QString add(const Atelier::TableInfo &table, const Atelier::Row &row)
    {
        const QString id = Atelier::Edit::addRow(ctx(), table, row);
        REQUIRE_FALSE(id.isEmpty());
        return id;
    }
    QString scenario(const QString &title, qint64 changeCents, int delayMonths)
    {
        return add(Atelier::Clause::Tables::scenario(), {{QStringLiteral("evolution_id"), evolution},
                                                        {QStringLiteral("title"), title},
                                                        {QStringLiteral("amount_change_cents"), changeCents},
                                                        {QStringLiteral("delay_months"), delayMonths}});
    }
    void consentAll(const QString &scenarioId)
    {
        for (const QString &seat : seats)
            add(Atelier::Clause::Tables::stance(), {{QStringLiteral("scenario_id"), scenarioId},
                                                   {QStringLiteral("seat_id"), seat},
                                                   {QStringLiteral("stance"), QStringLiteral("consent")}});
    }
    /// The buyer's legal sign-off of a scenario, by the buyer's seat's player.
    void signOff(const QString &scenarioId)
    {
        QString message;
        const QString buyer = Atelier::Clause::ClauseDecision::buyerOf(store(), scenarioId);
        INFO(message.toStdString());
        REQUIRE(Atelier::Clause::ClauseDecision::signOff(ctx(), scenarioId, buyer, QDate(2026, 12, 9), &message));
    }
    QVariant value(const Atelier::TableInfo &table, const QString &id, const char *column)
    {
        return store().value(table, id, QLatin1String(column));
    }
};
