// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panelapi/panel.h"

#include <QObject>

namespace Atelier::Tour {

/// The co-operator tour (seed §5): once a contract is notified, the buyer, the prescriber and the
/// holder spend a day in each other's workplace with a discovery booklet of simple exercises, and
/// agree on how they will exchange information while the contract runs.
class TourPanel : public QObject, public Panel
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AtelierPanel_iid)
    Q_INTERFACES(Atelier::Panel)
public:
    QString id() const override { return QStringLiteral("tour"); }
    QString title() const override;
    QIcon icon() const override;
    int order() const override { return 35; }
    ModuleSchema migrations() const override;
    QList<const TableInfo *> tables() const override;
    QWidget *createView(ProjectContext &ctx, QWidget *parent) override;
    QList<Reports::ReportSection> reportSections(ProjectContext &ctx) const override;
    QList<PanelDocument> documents() const override;
};

} // namespace Atelier::Tour
