// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panelapi/panel.h"

namespace Atelier {

/// The panels built into this binary, registered (first phase) in navigator order, and the
/// schema they make together. Both are computed once and passed on explicitly.
struct BuiltinPanels
{
    QList<Panel *> panels;
    Schema schema;
    static BuiltinPanels load();
    /// Every table description: the core's shared entities, then each panel's own.
    QList<const TableInfo *> tables() const;
};

} // namespace Atelier
