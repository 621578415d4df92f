// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportsection.h"


namespace Atelier {

struct ProjectContext;
struct JournalEntry;

/// The journal's decisions (the entries that decided something: a checkpoint's decision, an amendment,
/// a scenario's consent, the jury's draw, a share, a merge), for the roadmap: who, when, where, what,
/// and whether the chain holds.
namespace JournalSection {
inline const QString kSectionId = QStringLiteral("journal.decisions");
Reports::ReportSection section(ProjectContext &ctx);
/// Whether an entry decided something.
bool isDecision(const JournalEntry &entry);
} // namespace JournalSection

} // namespace Atelier
