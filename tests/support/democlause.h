// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The demo's evolutivity clause carried to its decision, for the tests that need a decided
// modification (the draft avenant, the DECP deadline in the cockpit's alerts).

#include "catchqt.h"

#include "clause/clausedecision.h"
#include "clause/clauseedits.h"
#include "clause/clauseschema.h"
#include "core/edit.h"
#include "core/projectcontext.h"
#include "core/store.h"

#include <QDate>

/// Decides the demo's scenario “Ouvrir aux vacances de la Toussaint 2027” on `on`: with `amend`, the
/// citizen jury's objection is first integrated into an amended scenario (the consent loop), on which
/// every seat then consents; without, the objection is lifted and the last seat consents. The buyer
/// signs the frame off. Returns the scenario decided.
inline QString decideDemoModification(Atelier::ProjectContext &ctx, bool amend, const QDate &on)
{
    using namespace Atelier;
    namespace Tables = Clause::Tables;
    const Store &store = ctx.store;
    QString scenario, objection;
    for (const Row &s : store.rows(Tables::scenario()))
        if (text(s, "title").startsWith(QStringLiteral("Ouvrir aux vacances")))
            scenario = text(s, "id");
    for (const Row &s : store.rows(Tables::stance()))
        if (text(s, "scenario_id") == scenario && text(s, "stance") == QLatin1String("objection"))
            objection = text(s, "id");
    REQUIRE_FALSE(scenario.isEmpty());
    REQUIRE_FALSE(objection.isEmpty());
    if (amend) {
        scenario = Clause::ClauseEdits::amendForObjection(ctx, objection);
        REQUIRE_FALSE(scenario.isEmpty());
        REQUIRE(Edit::setValue(ctx, Tables::scenario(), scenario, QStringLiteral("services"),
                               store.value(Tables::scenario(), scenario, QStringLiteral("services")).toString() +
                                   QStringLiteral(" ; lettre aux familles et menus bio renforcés dans les offices")));
    }
    const QString evolution = store.value(Tables::scenario(), scenario, QStringLiteral("evolution_id")).toString();
    for (const Row &seat : store.rows(Tables::seat())) {
        if (text(seat, "evolution_id") != evolution)
            continue;
        QString stance;
        for (const Row &s : store.rows(Tables::stance()))
            if (text(s, "scenario_id") == scenario && text(s, "seat_id") == text(seat, "id"))
                stance = text(s, "id");
        if (stance.isEmpty())
            REQUIRE_FALSE(Edit::addRow(ctx, Tables::stance(),
                                       {{QStringLiteral("scenario_id"), scenario},
                                        {QStringLiteral("seat_id"), text(seat, "id")},
                                        {QStringLiteral("stance"), QStringLiteral("consent")}})
                              .isEmpty());
        else
            REQUIRE(Edit::setValue(ctx, Tables::stance(), stance, QStringLiteral("stance"), QStringLiteral("consent")));
    }
    QString message;
    REQUIRE(Clause::ClauseDecision::signOff(ctx, scenario, Clause::ClauseDecision::buyerOf(store, scenario), on,
                                            &message));
    INFO(message.toStdString());
    REQUIRE(Clause::ClauseDecision::record(ctx, scenario, on, &message));
    return scenario;
}
