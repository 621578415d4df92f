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
    /// Every table description: the core's shared entities, the contracts' DECP fields, then each panel's own.
    QList<const TableInfo *> tables() const;
    /// Every personal data a shared copy leaves out: the core's, then each panel's.
    QList<PersonalData> personalData() const;
};

} // namespace Atelier
