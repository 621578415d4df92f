// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entities.h"
#include "core/schema.h"

namespace Atelier::Decp {

/// The project's DECP tables (module "decp"): what DECP v2 requires of a contract that the cockpit's
/// `contract` does not hold. Every panel's project has them (panelapi's schemaFor adds them after core).
ModuleSchema schema();

namespace Tables {
/// One row per contract, keyed by the contract's id (no row yet: nothing entered).
const TableInfo &contractDecp();
} // namespace Tables

} // namespace Atelier::Decp
