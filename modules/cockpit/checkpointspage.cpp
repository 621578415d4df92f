// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpointspage.h"

#include "widgets/pageparts.h"

#include "core/entities.h"
#include "core/navigation.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "widgets/entitytableeditor.h"
#include "widgets/entitytablemodel.h"

#include <QAction>
#include <QCursor>
#include <QLabel>
#include <QMenu>
#include <QVBoxLayout>

namespace Atelier::Cockpit {

CheckpointsPage::CheckpointsPage(ProjectContext &ctx, const QString &strategyId, QWidget *parent)
    : QSplitter(Qt::Vertical, parent), m_ctx(ctx), m_strategyId(strategyId),
      m_checkpoints(
          new EntityTableEditor(ctx, Entities::checkpoint(),
                                columns({"date", "title", "convene_buyers", "convene_prescribers",
                                         "convene_elected", "convene_reservist", "convene_jury", "agenda"}),
                                tr("Add checkpoint"))),
      m_decisions(new EntityTableEditor(ctx, Entities::decision(),
                                        columns({"text", "contract_id", "legal_basis"}), tr("Add decision"))),
      m_clause(new QAction(tr("Evolutivity clause"), this))
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
                return Entities::contractStrategy(ctx.store, text(contract, "id")) == strategyId;
            });
    // From a checkpoint to the evolutivity clause of a contract, in the panel that offers it.
    m_clause->setObjectName(QStringLiteral("openClause"));
    m_clause->setToolTip(tr("Open the evolutivity clause of the chosen decision's contract, or of a contract "
                            "chosen in the menu"));
    m_clause->setMenu(new QMenu(this));
    m_clause->setVisible(ctx.navigation.canShow(Navigation::kEvolutivityClause));
    m_decisions->addToolAction(m_clause);
    connect(m_clause->menu(), &QMenu::aboutToShow, this, &CheckpointsPage::fillClauseMenu);
    connect(m_clause, &QAction::triggered, this, [this] {
        const QString contract =
            m_ctx.store.value(Entities::decision(), m_decisions->currentId(), QStringLiteral("contract_id")).toString();
        if (!contract.isEmpty() && !m_ctx.store.row(Entities::contract(), contract).isEmpty())
            openClause(contract);
        else
            m_clause->menu()->popup(QCursor::pos());
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

QStringList CheckpointsPage::clauseContracts() const
{
    QStringList out;
    for (const Row &contract : m_ctx.store.rows(Entities::contract()))
        if (m_strategyId.isEmpty() || Entities::contractStrategy(m_ctx.store, text(contract, "id")) == m_strategyId)
            out << text(contract, "id");
    return out;
}

void CheckpointsPage::fillClauseMenu()
{
    QMenu *menu = m_clause->menu();
    menu->clear();
    for (const QString &id : clauseContracts())
        menu->addAction(Entities::contractName(m_ctx.store, id), this, [this, id] { openClause(id); });
    if (menu->isEmpty())
        menu->addAction(tr("No contract yet"))->setEnabled(false);
}

void CheckpointsPage::openClause(const QString &contractId)
{
    m_ctx.navigation.show(Navigation::kEvolutivityClause, contractId);
}

} // namespace Atelier::Cockpit
