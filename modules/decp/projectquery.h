// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comparables.h"

#include <QString>

namespace Atelier {
class Store;
}

namespace Atelier::Decp {

/// The comparables query a page of the project starts from (read from the cockpit's `contract` table by
/// name: no panel header). The user widens or narrows it in the comparables window.
namespace ProjectQuery {

/// The project's CPV code: the first contract that has one (position order); no CPV when none has.
ComparableQuery forProject(const Store &store);

/// One contract: its CPV code, and its amount and duration as ranges from half to twice each (a past
/// contract of the same kind rarely costs or lasts exactly the same). Unknown values leave a bound unset.
ComparableQuery forContract(const Store &store, const QString &contractId);

} // namespace ProjectQuery
} // namespace Atelier::Decp
