// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace.h"

#include "core/edit.h"
#include "core/entities.h"
#include "core/store.h"
#include "tour/tourpanel.h"
#include "tour/tourschema.h"
#include "tour/tourstore.h"

#include <QUndoStack>

/// A project with the tour's tables, a notified contract and the people of both sides: a buyer and a
/// prescriber of the town, two people of the holder, and an elected official who is on no side.
struct TourFixture
{
    Workspace ws;
    Atelier::Tour::TourPanel panel;
    std::unique_ptr<Atelier::Project> project;
    QString line, contract, buyer, prescriber, director, welder, mayor, stranger;

    TourFixture()
    {
        using namespace Atelier;
        ws.schema = Schema({coreSchema(), panel.migrations()});
        project = ws.create();
        const QString strategy = add(Entities::strategy(), {{QStringLiteral("title"), QStringLiteral("Stratégie")}});
        line = add(Entities::investmentLine(), {{QStringLiteral("strategy_id"), strategy},
                                                {QStringLiteral("title"), QStringLiteral("Contenants inox réutilisables")}});
        contract = add(Entities::contract(), {{QStringLiteral("line_id"), line},
                                              {QStringLiteral("holder"), QStringLiteral("Coopérative Inox & Insertion")},
                                              {QStringLiteral("notification_date"), QStringLiteral("2026-03-02")},
                                              {QStringLiteral("nature"), QStringLiteral("services")}});
        buyer = person(QStringLiteral("Sophie Arnaud"), QStringLiteral("Service de la commande publique"), "internal_buyer");
        prescriber = person(QStringLiteral("Nadia Ferhat"), QStringLiteral("Restauration scolaire"), "prescriber");
        director = person(QStringLiteral("Mathilde Garnier"), QStringLiteral("Coopérative Inox & Insertion (directrice)"),
                          "economic_operator");
        welder = person(QStringLiteral("Samir Haddad"), QStringLiteral("coopérative inox & insertion, soudeur"),
                        "economic_operator");
        mayor = person(QStringLiteral("Marc Vidal"), QStringLiteral("Ville"), "elected_official");
        stranger = person(QStringLiteral("Convivia"), QStringLiteral("Société de restauration"), "economic_operator");
    }
    Atelier::ProjectContext &ctx() { return project->context(); }
    Atelier::Store &store() { return project->context().store; }
    QUndoStack &undo() { return project->undoStack(); }

    QString add(const Atelier::TableInfo &table, const Atelier::Row &row)
    {
        const QString id = Atelier::Edit::addRow(ctx(), table, row);
        REQUIRE_FALSE(id.isEmpty());
        return id;
    }
    QString person(const QString &name, const QString &organisation, const char *role)
    {
        return add(Atelier::Entities::participant(), {{QStringLiteral("name"), name},
                                                      {QStringLiteral("organisation"), organisation},
                                                      {QStringLiteral("role"), QLatin1String(role)}});
    }
    /// A tour planned with the booklet's defaults.
    QString plan()
    {
        const QString tour = Atelier::Tour::prepare(ctx(), contract);
        REQUIRE_FALSE(tour.isEmpty());
        return tour;
    }
    int rowsOf(const Atelier::TableInfo &table, const char *column, const QString &parent)
    {
        int n = 0;
        for (const Atelier::Row &r : store().rows(table))
            n += Atelier::text(r, column) == parent ? 1 : 0;
        return n;
    }
};
