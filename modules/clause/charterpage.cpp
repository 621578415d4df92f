// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charterpage.h"

#include "clausecase.h"
#include "clauseschema.h"

#include "core/edit.h"
#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "widgets/entitytablemodel.h"
#include "widgets/fieldbinder.h"
#include "widgets/pageparts.h"

#include <QDate>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>

namespace Atelier::Clause {

CharterPage::CharterPage(ProjectContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_stack(new QStackedWidget), m_none(new QLabel),
      m_draft(new QPushButton(tr("Draft the charter"))),
      m_limits(new EntityTableEditor(ctx, Tables::charter(),
                                     columns({"agreed_on", "max_increase_pct", "max_decrease_pct", "max_delay_months",
                                              "experimentation_until"}),
                                     tr("Draft the charter"))),
      m_facts(new EntityTableEditor(ctx, Tables::contractFacts(), columns({"consultation_date", "went_through_cao"}),
                                    tr("Enter the procedure's facts"))),
      m_form(new QWidget), m_criteria(new QPlainTextEdit), m_safeguards(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("charterPage"));
    m_draft->setObjectName(QStringLiteral("draftCharter"));
    m_limits->setObjectName(QStringLiteral("charterLimits"));
    m_limits->addRowAction()->setVisible(false); // one charter per contract, drafted with the button
    m_limits->removeRowAction()->setText(tr("Remove the charter"));
    m_limits->view()->setMaximumHeight(m_limits->view()->verticalHeader()->defaultSectionSize() * 2 +
                                       m_limits->view()->horizontalHeader()->sizeHint().height() + 8);
    m_none->setWordWrap(true);
    m_none->setText(tr("No charter yet. At the start of the contract, the company and the administration agree on "
                       "the criteria under which the contract may evolve and on the safeguards that put neither "
                       "the company nor the public policy at risk. Without a charter, the clause cannot serve as "
                       "a review clause of the contract."));
    auto *empty = new QWidget;
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addWidget(m_none);
    emptyLayout->addWidget(m_draft, 0, Qt::AlignLeft);
    emptyLayout->addStretch();

    m_criteria->setObjectName(QStringLiteral("charterCriteria"));
    m_safeguards->setObjectName(QStringLiteral("charterSafeguards"));
    auto *formLayout = new QVBoxLayout(m_form);
    auto *intro = new QLabel(tr("Agreed by both parties at the start. The simulation checks every scenario against "
                                "these limits, counted from the amount and the calendar at notification."));
    intro->setWordWrap(true);
    formLayout->addWidget(intro);
    formLayout->addWidget(boxed(tr("Limits agreed"), m_limits));
    formLayout->addWidget(boxed(Tables::charter().field(QStringLiteral("criteria"))->translatedLabel(), m_criteria));
    formLayout->addWidget(
        boxed(Tables::charter().field(QStringLiteral("safeguards"))->translatedLabel(), m_safeguards));

    m_stack->addWidget(empty);
    m_stack->addWidget(m_form);
    m_facts->setObjectName(QStringLiteral("contractFacts"));
    m_facts->view()->setMaximumHeight(m_limits->view()->maximumHeight());
    m_facts->setAddHandler([this] {
        if (m_facts->model()->rowCount() == 0 && !m_contractId.isEmpty()) // one row per contract
            m_facts->selectId(Edit::addRow(m_ctx, Tables::contractFacts(), {{QStringLiteral("contract_id"), m_contractId}}));
    });
    auto *factsNote = new QLabel(tr("The European thresholds of the day the consultation was launched apply (the "
                                    "notification date when it is not entered); a contract awarded by the commission "
                                    "d'appel d'offres needs its opinion on an avenant of more than 5 % (CGCT "
                                    "L1414-4)."));
    factsNote->setWordWrap(true);
    auto *facts = new QWidget;
    auto *factsLayout = new QVBoxLayout(facts);
    factsLayout->setContentsMargins(0, 0, 0, 0);
    factsLayout->addWidget(factsNote);
    factsLayout->addWidget(m_facts);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(boxed(tr("The contract's procedure, for the legal frame"), facts));
    layout->addWidget(m_stack, 1);

    connect(m_draft, &QPushButton::clicked, this, &CharterPage::draft);
    connect(&ctx.notifier, &Notifier::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("clause_charter") && ClauseCase::charterRow(m_ctx.store, m_contractId)
                                                                .value(QStringLiteral("id"))
                                                                .toString() != m_charterId)
            refresh();
    });
    refresh();
}

void CharterPage::setContract(const QString &contractId)
{
    m_contractId = contractId;
    refresh();
}

void CharterPage::refresh()
{
    if (m_binder)
        m_binder->commitPending();
    m_charterId = ClauseCase::charterRow(m_ctx.store, m_contractId).value(QStringLiteral("id")).toString();
    m_draft->setEnabled(!m_contractId.isEmpty() && !m_ctx.isReadOnly());
    m_limits->setFilter(QStringLiteral("contract_id"), m_contractId);
    m_facts->setFilter(QStringLiteral("contract_id"), m_contractId);
    delete m_binder;
    m_binder = nullptr;
    if (m_charterId.isEmpty()) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_binder = new FieldBinder(m_ctx, Tables::charter(), m_charterId, this);
    m_binder->bind(m_criteria, QStringLiteral("criteria"));
    m_binder->bind(m_safeguards, QStringLiteral("safeguards"));
    m_stack->setCurrentIndex(1);
}

void CharterPage::draft()
{
    if (m_contractId.isEmpty() || !m_charterId.isEmpty())
        return;
    Edit::addRow(m_ctx, Tables::charter(),
                 {{QStringLiteral("contract_id"), m_contractId},
                  {QStringLiteral("agreed_on"), QDate::currentDate().toString(Qt::ISODate)}});
}

} // namespace Atelier::Clause
