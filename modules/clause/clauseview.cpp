// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clauseview.h"

#include "charterpage.h"
#include "clausecase.h"
#include "clauseschema.h"
#include "evolutionspage.h"

#include "core/entities.h"
#include "core/format.h"
#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"

#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Atelier::Clause {

ClauseView::ClauseView(ProjectContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_contracts(new QListWidget), m_heading(new QLabel), m_tabs(new QTabWidget),
      m_charter(new CharterPage(ctx)), m_evolutions(new EvolutionsPage(ctx))
{
    setObjectName(QStringLiteral("clauseView"));
    m_contracts->setObjectName(QStringLiteral("contracts"));
    m_contracts->setAccessibleName(tr("Contracts"));
    m_contracts->setWordWrap(true);
    m_contracts->setSpacing(2);
    m_heading->setObjectName(QStringLiteral("contractHeading"));
    m_heading->setWordWrap(true);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_heading->setFont(big);
    m_tabs->addTab(m_evolutions, tr("Activations of the clause"));
    m_tabs->addTab(m_charter, tr("Charter"));

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *leftTitle = new QLabel(tr("Contracts"));
    leftTitle->setBuddy(m_contracts);
    leftLayout->addWidget(leftTitle);
    leftLayout->addWidget(m_contracts);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_tabs, 1);
    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({200, 1060});
    (new QVBoxLayout(this))->addWidget(splitter);

    connect(m_contracts, &QListWidget::currentRowChanged, this, &ClauseView::contractChosen);
    const QStringList watched{QStringLiteral("contract"), QStringLiteral("investment_line"), QStringLiteral("evolution")};
    connect(&ctx.notifier, &Notifier::tableChanged, this, [this, watched](const QString &table) {
        if (watched.contains(table))
            refreshContracts();
    });
    refreshContracts();
}

QString ClauseView::contractId() const
{
    const QListWidgetItem *item = m_contracts->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ClauseView::refreshContracts()
{
    const QString chosen = contractId();
    {
        const QSignalBlocker quiet(m_contracts);
        m_contracts->clear();
        for (const Row &contract : m_ctx.store.rows(Entities::contract())) {
            const QString id = contract.value(QStringLiteral("id")).toString();
            int open = 0;
            for (const Row &e : ClauseCase::rowsWhere(m_ctx.store, Tables::evolution(), QStringLiteral("contract_id"), id))
                open += e.value(QStringLiteral("status")).toString() == QLatin1String("open") ? 1 : 0;
            QString text = Entities::contractName(m_ctx.store, id) + QLatin1Char('\n') +
                           Format::money(contract.value(QStringLiteral("amount_cents")).toLongLong());
            if (open > 0)
                text += QLatin1Char('\n') + tr("%n activation(s) in dialogue", nullptr, open);
            auto *item = new QListWidgetItem(text, m_contracts);
            item->setData(Qt::UserRole, id);
        }
        int row = 0;
        for (int i = 0; i < m_contracts->count(); ++i)
            if (m_contracts->item(i)->data(Qt::UserRole).toString() == chosen)
                row = i;
        m_contracts->setCurrentRow(m_contracts->count() ? row : -1);
    }
    contractChosen();
}

void ClauseView::contractChosen()
{
    const QString id = contractId();
    if (id.isEmpty())
        m_heading->setText(tr("No contract yet: contracts are added with the investment lines of a strategy, in "
                              "the strategy cockpit."));
    else
        m_heading->setText(tr("Evolutivity clause of the contract %1")
                               .arg(m_ctx.store.value(Entities::contract(), id, QStringLiteral("holder")).toString()));
    m_tabs->setEnabled(!id.isEmpty());
    if (id == m_shown)
        return;
    m_shown = id;
    m_charter->setContract(id);
    m_evolutions->setContract(id);
}

void ClauseView::showContract(const QString &contractId)
{
    for (int i = 0; i < m_contracts->count(); ++i)
        if (m_contracts->item(i)->data(Qt::UserRole).toString() == contractId)
            m_contracts->setCurrentRow(i);
    m_tabs->setCurrentWidget(m_evolutions);
}

} // namespace Atelier::Clause
