// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entities.h"
#include "core/schema.h"

namespace Atelier::Modeler {

/// The modeler's tables: the landscape's cards, the roles and who plays them, the scenarios with
/// their elements and amendments, the prioritisation (criteria, scores, risks, dots).
ModuleSchema schema();

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
} // namespace Tables

} // namespace Atelier::Modeler
