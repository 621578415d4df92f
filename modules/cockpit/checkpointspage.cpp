// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpointspage.h"

#include "pageparts.h"

#include "core/entities.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "widgets/entitytableeditor.h"
#include "widgets/entitytablemodel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Atelier::Cockpit {

CheckpointsPage::CheckpointsPage(ProjectContext &ctx, const QString &strategyId, QWidget *parent)
    : QSplitter(Qt::Vertical, parent),
      m_checkpoints(
          new EntityTableEditor(ctx, Entities::checkpoint(),
                                columns({"date", "title", "convene_buyers", "convene_prescribers",
                                         "convene_elected", "convene_reservist", "convene_jury", "agenda"}),
                                tr("Add checkpoint"))),
      m_decisions(new EntityTableEditor(ctx, Entities::decision(),
                                        columns({"text", "contract_id", "legal_basis"}), tr("Add decision")))
{
    m_checkpoints->setObjectName(QStringLiteral("checkpoints"));
    m_checkpoints->setFilter(QStringLiteral("strategy_id"), strategyId);
    // The whole project's checkpoints are the ones attached to no strategy: adding one needs none.
    m_checkpoints->setAttachmentRequired(!strategyId.isEmpty());
    m_decisions->setObjectName(QStringLiteral("decisions"));
    m_decisions->setFilter(QStringLiteral("checkpoint_id"), QString());
    stretchColumn(m_decisions, 0);
    // A decision names a contract of one of the strategy's lines (any line, for the whole project).
    if (!strategyId.isEmpty())
        m_decisions->model()->setReferenceFilter(
            QStringLiteral("contract_id"), [&ctx, strategyId](const Row &, const Row &contract) {
                const QString line = contract.value(QStringLiteral("line_id")).toString();
                return ctx.store.value(Entities::investmentLine(), line, QStringLiteral("strategy_id"))
                           .toString() == strategyId;
            });
    connect(m_checkpoints, &EntityTableEditor::currentIdChanged, this,
            [this](const QString &id) { m_decisions->setFilter(QStringLiteral("checkpoint_id"), id); });

    auto *intro = new QLabel(
        strategyId.isEmpty()
            ? tr("Checkpoints of the whole project concern every strategy: the stakeholders review the "
                 "strategy as a whole.")
            : tr("When the strategy is questioned, the piloting service convenes the stakeholders "
                 "again for a checkpoint."));
    intro->setWordWrap(true);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(intro);
    topLayout->addWidget(m_checkpoints);
    addWidget(boxed(tr("Checkpoints and who is convened"), top));
    addWidget(boxed(tr("Decisions taken at the chosen checkpoint"), m_decisions));
    m_checkpoints->selectId(m_checkpoints->model()->idAt(0));
}

} // namespace Atelier::Cockpit
