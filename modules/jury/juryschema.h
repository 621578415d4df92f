// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entities.h"
#include "core/schema.h"

namespace Atelier::Jury {

/// The citizen jury's own tables: the recruitment pool as imported (personal data: what the draw needs
/// and nothing more) and each import's record.
ModuleSchema schema();

namespace Tables {
const TableInfo &poolImport();
const TableInfo &poolPerson();
/// The draw (one per project): its settings, then, once frozen, what was fingerprinted and published.
const TableInfo &draw();
const TableInfo &quota();
const TableInfo &witness();
const TableInfo &juror();
/// The jury's sessions (training, hearings, deliberation: 2–3 days over a few months) and who attended
/// each: a juror's days, and so the allowance, are the sessions they attended.
const TableInfo &session();
const TableInfo &attendance();
} // namespace Tables

} // namespace Atelier::Jury
