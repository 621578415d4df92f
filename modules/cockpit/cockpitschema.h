// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entities.h"
#include "core/schema.h"

namespace Atelier::Cockpit {

/// The cockpit's own tables: the mode-specific details of investment lines (seed §7 and §8) and the
/// four drawers of each strategy. The shared steering entities (milestones, budget, indicators,
/// contracts, checkpoints, baselines) live in core, for the reports and the other panels.
ModuleSchema schema();

/// The drawers of a strategy (seed §3 sketch), in display order.
enum class Drawer { InitialDocumentation, EvaluationTools, LegalElements };
inline constexpr int kDrawerCount = 3;
/// The kinds of drawer items that go in a drawer (the legal drawer holds procedures, legal bases
/// and the log of modifications).
QStringList drawerKinds(Drawer drawer);

namespace Tables {
const TableInfo &externalityEvaluation();
const TableInfo &royalty();
const TableInfo &publicResource();
const TableInfo &grantInstalment();
const TableInfo &drawerItem();
const TableInfo &discussionNote();
} // namespace Tables

} // namespace Atelier::Cockpit
