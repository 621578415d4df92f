// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Atelier {
namespace Sql {
class Error;
}
/// A user-facing explanation of a failed write on the working copy.
QString describeWriteError(const Sql::Error &error);
} // namespace Atelier
