// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panelapi/panel.h"

#include <QObject>

namespace Atelier::Cockpit {

/// The strategy cockpit (seed §3): where the piloting service keeps the strategy alive for years —
/// timeline, budget, indicators, contracts, checkpoints, baselines — and what elected officials and
/// companies look at to understand it.
class CockpitPanel : public QObject, public Panel
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AtelierPanel_iid)
    Q_INTERFACES(Atelier::Panel)
public:
    QString id() const override { return QStringLiteral("cockpit"); }
    QString title() const override;
    QIcon icon() const override;
    int order() const override { return 20; }
    ModuleSchema migrations() const override;
    QList<const TableInfo *> tables() const override;
    QWidget *createView(ProjectContext &ctx, QWidget *parent) override;
    QList<Reports::ReportSection> reportSections(ProjectContext &ctx) const override;
};

} // namespace Atelier::Cockpit
