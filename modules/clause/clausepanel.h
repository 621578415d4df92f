// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panelapi/panel.h"

#include <QObject>

namespace Atelier::Clause {

/// The evolutivity-clause simulator (seed §6): the charter agreed for each contract, the
/// activations of its clause, scenarios simulated against the charter and the law, a role-play
/// decided by consent, and the decision written into the cockpit.
class ClausePanel : public QObject, public Panel
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AtelierPanel_iid)
    Q_INTERFACES(Atelier::Panel)
public:
    QString id() const override { return QStringLiteral("clause"); }
    QString title() const override;
    QIcon icon() const override;
    int order() const override { return 30; }
    ModuleSchema migrations() const override;
    QList<const TableInfo *> tables() const override;
    QWidget *createView(ProjectContext &ctx, QWidget *parent) override;
    QStringList destinations() const override;
    void show(QWidget *view, const QString &destination, const QString &id) override;
    QList<Reports::ReportSection> reportSections(ProjectContext &ctx) const override;
    /// The draft avenant of a decided modification (`atelier export avenant FILE --contract HOLDER
    /// [--number N]`).
    QList<PanelDocument> documents() const override;
};

} // namespace Atelier::Clause
