// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linespage.h"

#include "cockpitschema.h"
#include "decpform.h"

#include "decp/projectquery.h"
#include "decpview/comparablesdialog.h"
#include "widgets/pageparts.h"

#include "core/entities.h"
#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "widgets/entitytableeditor.h"
#include "widgets/entitytablemodel.h"
#include "widgets/fieldbinder.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QAction>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Atelier::Cockpit {

namespace {

bool hasContracts(const QString &mode)
{
    return mode == QLatin1String("purchase") || mode == QLatin1String("partnership_purchase") ||
           mode == QLatin1String("rd_contract");
}

bool isInnovation(const QString &mode)
{
    return mode == QLatin1String("rd_contract") || mode == QLatin1String("innovation_pact");
}

} // namespace

LinesPage::LinesPage(ProjectContext &ctx, const QString &strategyId, QWidget *parent)
    : QWidget(parent), m_ctx(ctx),
      m_lines(new EntityTableEditor(
          ctx, Entities::investmentLine(),
          columns({"mode", "title", "budget_cents", "start_date", "end_date", "actors", "impacts"}),
          tr("Add investment line"))),
      m_details(new QTabWidget)
{
    m_lines->setObjectName(QStringLiteral("lines"));
    m_lines->setFilter(QStringLiteral("strategy_id"), strategyId);
    stretchColumn(m_lines, 1);
    m_details->setObjectName(QStringLiteral("lineDetails"));
    m_details->setAccessibleName(tr("Details of the investment line"));
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_lines);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    connect(m_lines, &EntityTableEditor::currentIdChanged, this, &LinesPage::showLine);
    connect(&ctx.notifier, &Notifier::valueChanged, this,
            [this](const QString &table, const QString &id, const QString &column) {
                if (table == QLatin1String("investment_line") && id == m_lineId &&
                    column == QLatin1String("mode"))
                    showLine(id);
            });
    showLine({});
    m_lines->selectId(m_lines->model()->idAt(0));
}

void LinesPage::showLine(const QString &lineId)
{
    m_lineId = lineId;
    const int current = m_details->currentIndex();
    while (m_details->count() > 0) {
        QWidget *page = m_details->widget(0);
        m_details->removeTab(0);
        page->deleteLater();
    }
    if (lineId.isEmpty()) {
        auto *hint =
            new QLabel(tr("Choose an investment line above to see its budget, contracts and the details "
                          "its mode calls for."));
        hint->setWordWrap(true);
        hint->setAlignment(Qt::AlignCenter);
        m_details->addTab(hint, tr("Details"));
        return;
    }
    const QString mode =
        m_ctx.store.value(Entities::investmentLine(), lineId, QStringLiteral("mode")).toString();
    auto lineEditor = [&](const TableInfo &table, const QStringList &cols, const QString &add,
                          const char *name) {
        auto *editor = new EntityTableEditor(m_ctx, table, cols, add);
        editor->setObjectName(QLatin1String(name));
        editor->setFilter(QStringLiteral("line_id"), lineId);
        stretchColumn(editor, table.fields.first().kind == FieldKind::Date ? 1 : 0);
        return editor;
    };

    m_details->addTab(
        lineEditor(Entities::budgetEntry(),
                   columns({"period", "funding_source", "planned_cents", "committed_cents", "paid_cents"}),
                   tr("Add budget entry"), "budget"),
        tr("Budget"));
    if (hasContracts(mode)) {
        // The contracts, and below them the public data (DECP) of the one chosen.
        auto *contracts = lineEditor(Entities::contract(),
                                     columns({"holder", "amount_cents", "nature", "notification_date",
                                              "duration_months", "cpv_code", "procedure"}),
                                     tr("Add contract"), "contracts");
        auto *decp = new DecpForm(m_ctx);
        decp->setObjectName(QStringLiteral("decp"));
        connect(contracts, &EntityTableEditor::currentIdChanged, decp, &DecpForm::setContract);
        auto *comparables = new QAction(tr("Comparable past contracts…"), contracts);
        comparables->setObjectName(QStringLiteral("comparables"));
        contracts->addToolAction(comparables);
        connect(comparables, &QAction::triggered, this, [this, contracts] {
            const QString id = contracts->currentId();
            DecpView::ComparablesDialog::showFor(id.isEmpty() ? Decp::ProjectQuery::forProject(m_ctx.store)
                                                               : Decp::ProjectQuery::forContract(m_ctx.store, id),
                                                 this);
        });
        auto *split = new QSplitter(Qt::Vertical);
        split->addWidget(contracts);
        split->addWidget(decp);
        // A line has a few contracts, and their public data has some thirty fields: most room to those.
        split->setStretchFactor(0, 1);
        split->setStretchFactor(1, 3);
        split->setSizes({140, 420});
        m_details->addTab(split, tr("Contracts"));
    }
    if (isInnovation(mode)) {
        auto *page = new QWidget;
        auto *layout = new QVBoxLayout(page);
        layout->addWidget(new QLabel(tr("Evaluation of the positive externalities for the territory")));
        layout->addWidget(lineEditor(Tables::externalityEvaluation(),
                                     columns({"date", "partner", "method", "result"}), tr("Add evaluation"),
                                     "externalities"));
        layout->addWidget(new QLabel(tr("Royalties")));
        layout->addWidget(lineEditor(Tables::royalty(),
                                     columns({"period", "expected_cents", "received_cents"}),
                                     tr("Add royalty"), "royalties"));
        m_details->addTab(page, tr("Externalities and royalties"));
    }
    if (mode == QLatin1String("public_commons")) {
        auto *page = new QWidget;
        auto *layout = new QVBoxLayout(page);
        auto *intro =
            new QLabel(tr("A public-commons partnership is eligible when the citizen initiative meets "
                          "the three criteria:"));
        intro->setWordWrap(true);
        layout->addWidget(intro);
        auto *binder = new FieldBinder(m_ctx, Entities::investmentLine(), lineId, page);
        for (const char *column :
             {"commons_general_interest", "commons_not_competing", "commons_public_resources"}) {
            auto *box = new QCheckBox;
            box->setObjectName(QLatin1String(column));
            binder->bind(box, QLatin1String(column));
            layout->addWidget(box);
        }
        layout->addWidget(new QLabel(tr("Public resources made available")));
        layout->addWidget(
            lineEditor(Tables::publicResource(),
                       columns({"kind", "description", "available_from", "available_until", "schedule"}),
                       tr("Add public resource"), "resources"));
        m_details->addTab(page, tr("Public-commons partnership"));
    }
    if (mode == QLatin1String("grant")) {
        auto *page = new QWidget;
        auto *form = new QFormLayout;
        auto *binder = new FieldBinder(m_ctx, Entities::investmentLine(), lineId, page);
        auto *beneficiary = new QLineEdit;
        beneficiary->setObjectName(QStringLiteral("beneficiary"));
        binder->bind(beneficiary, QStringLiteral("beneficiary"));
        auto *conditions = new QPlainTextEdit;
        conditions->setObjectName(QStringLiteral("conditions"));
        conditions->setMaximumHeight(90);
        binder->bind(conditions, QStringLiteral("conditions"));
        form->addRow(tr("Beneficiary:"), beneficiary);
        form->addRow(tr("Conditions:"), conditions);
        auto *layout = new QVBoxLayout(page);
        layout->addLayout(form);
        layout->addWidget(new QLabel(tr("Instalments")));
        layout->addWidget(lineEditor(Tables::grantInstalment(),
                                     columns({"due_date", "amount_cents", "condition", "paid_date"}),
                                     tr("Add instalment"), "instalments"));
        m_details->addTab(page, tr("Grant"));
    }
    m_details->setCurrentIndex(std::clamp(current, 0, m_details->count() - 1));
}

} // namespace Atelier::Cockpit
