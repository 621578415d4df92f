// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Atelier {
struct ProjectContext;
}

namespace Atelier::Jury::JuryDemo {

/// The demo town's lists, generated the same way every time: an electoral-roll extract of `people`
/// (semicolons, a household for every two or three people) and a volunteers' list whose first people
/// are also on the roll.
QByteArray roll(int people);
QByteArray volunteers(int people, int alsoOnRoll);

/// The demo's citizen jury actually drawn: both lists imported, quotas that follow the pool (at least
/// two volunteers), frozen, two witnesses' numbers, twelve jurors drawn. The demo's citizen jurors
/// (participants written by the demo's data) become the people drawn, so that the other panels' cards
/// and seats stay theirs; training and days for the first sessions.
bool draw(ProjectContext &ctx, QString *error);

} // namespace Atelier::Jury::JuryDemo
