// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panelapi/panel.h"

#include <QObject>

namespace Atelier::Jury {

/// The citizen jury (seed: "Les protagonistes"): drawn by lot from the electoral roll and among
/// volunteers after a wide campaign. So far the recruitment pool; the fair, verifiable draw is computed
/// by the module's widget-free parts (LEXIMIN, the public draw) and comes to the panel next.
class JuryPanel : public QObject, public Atelier::Panel
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AtelierPanel_iid)
    Q_INTERFACES(Atelier::Panel)
public:
    QString id() const override { return QStringLiteral("jury"); }
    QString title() const override;
    QIcon icon() const override;
    int order() const override { return 40; }
    ModuleSchema migrations() const override;
    QList<const TableInfo *> tables() const override;
    QWidget *createView(ProjectContext &ctx, QWidget *parent) override;
    QList<Reports::ReportSection> reportSections(ProjectContext &) const override { return {}; }
    QList<PanelDocument> documents() const override;
    bool addToDemo(ProjectContext &ctx, QString *error) override;
    QList<PersonalData> personalData() const override;
};

} // namespace Atelier::Jury
