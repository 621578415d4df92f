// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panel.h"

#include "decp/decpschema.h"

#include <QPluginLoader>

#include <algorithm>

namespace Atelier {

QList<Panel *> staticPanels()
{
    QList<Panel *> panels;
    for (QObject *instance : QPluginLoader::staticInstances())
        if (auto *panel = qobject_cast<Panel *>(instance))
            panels << panel;
    std::stable_sort(panels.begin(), panels.end(),
                     [](Panel *a, Panel *b) { return a->order() < b->order(); });
    return panels;
}

Schema schemaFor(const QList<Panel *> &panels)
{
    QList<ModuleSchema> modules{coreSchema(), Decp::schema()};
    for (Panel *panel : panels) {
        ModuleSchema own = panel->migrations();
        if (!own.steps.isEmpty())
            modules << own;
    }
    return Schema(modules);
}

} // namespace Atelier
