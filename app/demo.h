// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entities.h"

#include <QString>

namespace Atelier {
struct ProjectContext;

/// The demo project: a French town rethinking its school catering (resources/demo/demo.json and
/// the evidence files beside it). Written through Edit::, like every change a user makes, so it
/// always matches the schema.
namespace Demo {
/// Fills an empty project; false (with `error`) if the data or a command was refused. `tables`
/// describes every table the demo may fill (core and panels).
bool fill(ProjectContext &ctx, const QList<const TableInfo *> &tables, QString *error);
} // namespace Demo
} // namespace Atelier
