// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entities.h"

namespace Atelier::Reports {

class Writer;

/// A table of some columns of an entity: the fields' labels as headers, the rows' values formatted
/// as the views show them (amounts, sizes and numbers right-aligned).
void entityTable(Writer &writer, const TableInfo &table, const QList<Row> &rows, const QStringList &columns);

} // namespace Atelier::Reports
