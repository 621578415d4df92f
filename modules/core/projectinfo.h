// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace Atelier {

class UntrustedDatabase;

/// A checked project's summary: title, format version, module versions, row count of every table.
QJsonObject projectInfo(UntrustedDatabase &database);

} // namespace Atelier
