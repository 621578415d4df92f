// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinpanels.h"

#include "decp/decpschema.h"

// In-tree panels are static Qt plug-ins: linking one into the shell (app/CMakeLists.txt) imports it.

namespace Atelier {

BuiltinPanels BuiltinPanels::load()
{
    QList<Panel *> panels = staticPanels();
    Schema schema = schemaFor(panels);
    return {std::move(panels), std::move(schema)};
}

QList<const TableInfo *> BuiltinPanels::tables() const
{
    QList<const TableInfo *> all = Entities::all();
    all << &Decp::Tables::contractDecp();
    for (Panel *panel : panels)
        all += panel->tables();
    return all;
}

QList<PersonalData> BuiltinPanels::personalData() const
{
    QList<PersonalData> out = ShareCopy::corePersonalData();
    for (const Panel *panel : panels)
        out << panel->personalData();
    return out;
}

} // namespace Atelier
