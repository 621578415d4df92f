// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A complete marché written by hand from the official schema (schema_decp_v2.0.3.json), and the
// problems' properties, for the DECP tests.

#include "catchqt.h"

#include "decp/marche.h"
#include "decp/marchecheck.h"

#include <QStringList>

inline Atelier::Decp::Marche completeMarche()
{
    Atelier::Decp::Marche m;
    m.id = QStringLiteral("2026-CUIS-01");
    m.buyerSiret = QStringLiteral("21590350100017");
    m.nature = QStringLiteral("Marché");
    m.object = QStringLiteral("Maîtrise d'œuvre de la cuisine centrale");
    m.cpv = QStringLiteral("71221000-3");
    m.techniques = {QStringLiteral("Sans objet")};
    m.executionModes = {QStringLiteral("Tranches")};
    m.innovative = false;
    m.ccag = QStringLiteral("Maitrise d'œuvre");
    m.offersReceived = 4;
    m.advance = true;
    m.advanceRate = 0.05;
    m.grouping = QStringLiteral("Solidaire");
    m.subcontracting = false;
    m.procedure = QStringLiteral("Procédure avec négociation");
    m.placeCode = QStringLiteral("59350");
    m.placeType = QStringLiteral("Code commune");
    m.durationMonths = 30;
    m.notifiedOn = QDate(2026, 2, 16);
    m.publishedOn = QDate(2026, 3, 2);
    m.amountCents = 98000000;
    m.priceForm = QStringLiteral("Forfaitaire");
    m.priceTypes = {QStringLiteral("Définitif révisable")};
    m.holders = {{QStringLiteral("80295478500028"), QStringLiteral("SIRET")}};
    m.social = {QStringLiteral("Pas de considération sociale")};
    m.green = {QStringLiteral("Clause environnementale"), QStringLiteral("Critère environnemental")};
    return m;
}

/// The properties named by the problems, in order.
inline QStringList properties(const QList<Atelier::Decp::Problem> &problems)
{
    QStringList list;
    for (const Atelier::Decp::Problem &p : problems)
        list << p.property;
    return list;
}
