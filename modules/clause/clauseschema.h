// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entities.h"
#include "core/schema.h"

namespace Atelier::Clause {

/// The evolutivity clause's own tables (seed §6): the charter agreed for a contract at the start,
/// each time the clause is activated (an evolution), the scenarios proposed, the stakeholders'
/// seats in the role-play and where each stands on each scenario. What a decision changes (the
/// contract, the timeline, the indicators, a decision, a baseline) is written in the shared
/// steering entities, for the cockpit and the reports.
ModuleSchema schema();

namespace Tables {
/// What the law needs of a contract beyond the cockpit's fields: the consultation's date (the
/// European thresholds of that day apply) and whether the commission d'appel d'offres awarded it.
const TableInfo &contractFacts();
const TableInfo &charter();
const TableInfo &evolution();
const TableInfo &scenario();
const TableInfo &scenarioIndicator();
const TableInfo &seat();
const TableInfo &stance();
} // namespace Tables

} // namespace Atelier::Clause
