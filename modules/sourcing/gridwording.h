// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "grid.h"

#include <QString>

namespace Atelier::Sourcing {

/// The words every format of the grid (CSV, ODT) and the panel use for a question, in the user's
/// language, numbers in the current locale (QLocale(): “12,5” in French).

/// What the bidder is to answer: “Yes or no”, “A number, in kg/year”, “One of: A; B; C”,
/// “Free text”.
QString expectedAnswer(const GridQuestion &question);

/// How the answer is scored, in plain words for the bidders (the grid is published with the
/// tender), as Scoring computes it: which answer of a yes/no question earns the weight's points;
/// each option's points (the best option earns the weight, the others in proportion); a number's
/// full points at the ideal value or better, none at the threshold or worse, in a straight line
/// between, saying whether higher or lower is better; the buying team's mark from 0 to scaleMax of a
/// text. A question of weight 0 is “asked for information, not scored”; a rule Scoring cannot apply
/// (no option with points, an ideal value on the wrong side of the threshold) says so.
QString scoringRule(const GridQuestion &question);

} // namespace Atelier::Sourcing
