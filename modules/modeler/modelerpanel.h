// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panelapi/panel.h"

#include <QObject>

namespace Atelier::Modeler {

/// The strategic modeler (seed §2): the role-play board a reservist buyer runs with the prescriber,
/// the buyers, the elected official and the citizen jury, from the landscape to a strategy.
class ModelerPanel : public QObject, public Panel
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AtelierPanel_iid)
    Q_INTERFACES(Atelier::Panel)
public:
    QString id() const override { return QStringLiteral("modeler"); }
    QString title() const override;
    QIcon icon() const override;
    int order() const override { return 10; }
    ModuleSchema migrations() const override;
    QList<const TableInfo *> tables() const override;
    QWidget *createView(ProjectContext &ctx, QWidget *parent) override;
    QList<Reports::ReportSection> reportSections(ProjectContext &ctx) const override;
};

} // namespace Atelier::Modeler
