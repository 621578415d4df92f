// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Atelier::Reports::Typography {

/// French typesetting of a text typed with plain spaces: a narrow no-break space before : ; ? !
/// (never in “10:30” or “https://”), no-break spaces inside « », and a no-break space between a
/// number and the %, € or unit sign that follows it.
QString french(const QString &text);

} // namespace Atelier::Reports::Typography
