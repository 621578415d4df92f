// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entities.h"
#include "core/schema.h"

namespace Atelier::Modeler {

/// The modeler's tables: the landscape's cards, the roles and who plays them, the scenarios with
/// their elements and amendments, the prioritisation (criteria, scores, risks, dots), the workshop's
/// settings (version 2: dots per participant).
ModuleSchema schema();

/// The most dots a workshop may give each participant (the schema's CHECK says the same).
inline constexpr int kMaxDotsPerParticipant = 99;

/// The four families of the landscape (seed §2), in board order.
enum class Family { Needs, Territory, Innovation, Constraints };
inline constexpr int kFamilyCount = 4;
QString familyKey(Family family);
Family familyFromKey(const QString &key);

namespace Tables {
const TableInfo &card();
const TableInfo &cardGroup();
const TableInfo &role();
const TableInfo &roleAssignment();
const TableInfo &scenario();
const TableInfo &element();
const TableInfo &amendment();
const TableInfo &criterion();
const TableInfo &score();
const TableInfo &risk();
const TableInfo &dotVote();
/// One row at most: the workshop's settings (dots per participant).
const TableInfo &workshopSetting();
} // namespace Tables

} // namespace Atelier::Modeler
