// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entities.h"
#include "core/schema.h"

namespace Atelier::Tour {

/// The co-operator tour's own tables (seed §5): the discovery day of a notified contract (its date,
/// the people on each side, the agenda of the two visits), the exercises of the discovery booklet
/// (jeu de piste, “Les 10 mots de l'autre”, safari photos, quiz) and the information-exchange
/// agreement signed by both sides.
ModuleSchema schema();

namespace Tables {
const TableInfo &tour();
const TableInfo &person();
const TableInfo &slot();
const TableInfo &step();
const TableInfo &word();
const TableInfo &photo();
const TableInfo &quizQuestion();
const TableInfo &quizAnswer();
const TableInfo &exchange();
} // namespace Tables

/// The two sides of the day, as stored in `side` and `host` columns.
namespace Side {
inline constexpr char kPublic[] = "public"; ///< the buyer, the prescriber and their colleagues
inline constexpr char kHolder[] = "holder"; ///< the contract holder's team
} // namespace Side

} // namespace Atelier::Tour
