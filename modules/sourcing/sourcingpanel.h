// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panelapi/panel.h"

#include <QObject>

namespace Atelier::Sourcing {

/// The sourcing canvas (seed §2 end, §4): a guide for buyers filled over time, the question grid
/// published with the tender and its scoring, the bidders' answers compared, and the responsible
/// negotiation with each shortlisted bidder.
class SourcingPanel : public QObject, public Panel
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AtelierPanel_iid)
    Q_INTERFACES(Atelier::Panel)
public:
    QString id() const override { return QStringLiteral("sourcing"); }
    QString title() const override;
    QIcon icon() const override;
    int order() const override { return 25; }
    ModuleSchema migrations() const override;
    QList<const TableInfo *> tables() const override;
    QList<PersonalData> personalData() const override;
    QWidget *createView(ProjectContext &ctx, QWidget *parent) override;
    QList<Reports::ReportSection> reportSections(ProjectContext &ctx) const override;
    QList<PanelDocument> documents() const override;
};

} // namespace Atelier::Sourcing
