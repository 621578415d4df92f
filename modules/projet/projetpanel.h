// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panelapi/panel.h"

#include <QObject>

namespace Atelier::Projet {

/// The Projet panel: who buys what and why — identity, investigation context, participants and
/// the evidence library. It has no tables of its own: everything it edits is shared.
class ProjetPanel : public QObject, public Panel
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AtelierPanel_iid)
    Q_INTERFACES(Atelier::Panel)
public:
    QString id() const override { return QStringLiteral("projet"); }
    QString title() const override;
    QIcon icon() const override;
    int order() const override { return 0; }
    QWidget *createView(ProjectContext &ctx, QWidget *parent) override;
    QList<Reports::ReportSection> reportSections(ProjectContext &ctx) const override;
};

} // namespace Atelier::Projet

using ProjetPanel = Atelier::Projet::ProjetPanel;
