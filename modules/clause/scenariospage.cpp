// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariospage.h"

#include "clausecase.h"
#include "clausedecision.h"
#include "clauseschema.h"
#include "consentgrid.h"

#include "core/format.h"
#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "widgets/entitytablemodel.h"
#include "widgets/pageparts.h"

#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>

namespace Atelier::Clause {

namespace {

QString levelMark(Check::Level level)
{
    switch (level) {
    case Check::Pass:
        return QStringLiteral("<span style='color:#1b7a3a'>✔</span>");
    case Check::Warning:
        return QStringLiteral("<span style='color:#b36b00'>⚠</span>");
    case Check::Fail:
        return QStringLiteral("<span style='color:#b3261e'>✘</span>");
    }
    return {};
}

QString signedPercent(double value)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(value, 'f', 1) + QStringLiteral(" %");
}

} // namespace

ScenariosPage::ScenariosPage(ProjectContext &ctx, QObject *parent)
    : QObject(parent), m_ctx(ctx), m_proposalsPage(new QSplitter(Qt::Horizontal)),
      m_simulationPage(new QSplitter(Qt::Vertical)),
      m_scenarios(new EntityTableEditor(
          ctx, Tables::scenario(),
          columns({"proposed_by", "title", "services", "amount_change_cents", "delay_months"}),
          tr("Propose a scenario"))),
      m_indicators(new EntityTableEditor(ctx, Tables::scenarioIndicator(), columns({"indicator_id", "new_target"}),
                                         tr("Change an indicator"))),
      m_comparison(new QTableWidget), m_verdict(new QLabel), m_consent(new ConsentGrid(ctx)), m_outcome(new QLabel),
      m_record(new QPushButton(tr("Record the decision consented by all")))
{
    setObjectName(QStringLiteral("scenariosPage"));
    m_scenarios->setObjectName(QStringLiteral("scenarios"));
    m_scenarios->setDefaults({{QStringLiteral("title"), tr("New scenario")}});
    stretchColumn(m_scenarios, 2);
    m_indicators->setObjectName(QStringLiteral("indicatorChanges"));
    stretchColumn(m_indicators, 0);
    // Only the indicators of the contract's own strategy can change.
    m_indicators->model()->setReferenceFilter(
        QStringLiteral("indicator_id"), [this](const Row &, const Row &indicator) {
            const QString contract =
                m_ctx.store.value(Tables::evolution(), m_evolutionId, QStringLiteral("contract_id")).toString();
            return Entities::contractStrategy(m_ctx.store, contract) == text(indicator, "strategy_id");
        });

    m_comparison->setObjectName(QStringLiteral("comparison"));
    m_comparison->setColumnCount(6);
    m_comparison->setHorizontalHeaderLabels({tr("Scenario"), tr("Amount after"), tr("Since notification"),
                                             tr("Calendar"), tr("Legal frame"), tr("Consent")});
    m_comparison->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_comparison->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_comparison->verticalHeader()->hide();
    m_comparison->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_comparison->setWordWrap(true);
    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparison->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_comparison->setSelectionMode(QAbstractItemView::SingleSelection);
    m_comparison->setAccessibleName(tr("Scenarios compared"));
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_outcome->setObjectName(QStringLiteral("consentOutcome"));
    m_outcome->setWordWrap(true);
    m_record->setObjectName(QStringLiteral("recordDecision"));

    auto *proposals = static_cast<QSplitter *>(m_proposalsPage);
    proposals->setObjectName(QStringLiteral("proposalsPage"));
    proposals->addWidget(boxed(tr("Scenarios proposed by the prescriber and the company"), m_scenarios));
    proposals->addWidget(boxed(tr("Indicators the chosen scenario changes"), m_indicators));
    proposals->setStretchFactor(0, 3);
    proposals->setStretchFactor(1, 1);

    auto *simulation = static_cast<QSplitter *>(m_simulationPage);
    simulation->setObjectName(QStringLiteral("simulationPage"));
    auto *verdict = new QWidget;
    auto *verdictLayout = new QVBoxLayout(verdict);
    verdictLayout->addWidget(m_verdict);
    verdictLayout->addStretch();
    auto *round = new QWidget;
    auto *roundLayout = new QVBoxLayout(round);
    roundLayout->setContentsMargins(0, 0, 0, 0);
    roundLayout->addWidget(m_consent, 1);
    roundLayout->addWidget(m_outcome);
    roundLayout->addWidget(m_record, 0, Qt::AlignRight);
    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(boxed(tr("The chosen scenario against the charter and the law"), verdict));
    bottom->addWidget(boxed(tr("Role-play: consent round on the chosen scenario"), round));
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 3);
    bottom->setSizes({240, 520});
    simulation->addWidget(boxed(tr("Simulation: the contract after each scenario"), m_comparison));
    simulation->addWidget(bottom);
    simulation->setStretchFactor(0, 1);
    simulation->setStretchFactor(1, 2);

    connect(m_scenarios, &EntityTableEditor::currentIdChanged, this, [this](const QString &id) {
        m_indicators->setFilter(QStringLiteral("scenario_id"), id);
        refresh();
    });
    connect(m_comparison, &QTableWidget::cellClicked, this,
            [this](int row, int) { m_scenarios->selectId(m_scenarios->model()->idAt(row)); });
    connect(m_record, &QPushButton::clicked, this, &ScenariosPage::record);
    const QStringList watched{QStringLiteral("evolution_scenario"), QStringLiteral("scenario_indicator"),
                              QStringLiteral("seat_stance"),        QStringLiteral("evolution_seat"),
                              QStringLiteral("evolution"),          QStringLiteral("clause_charter"),
                              QStringLiteral("contract"),           QStringLiteral("participant")};
    connect(&ctx.notifier, &Notifier::tableChanged, this, [this, watched](const QString &table) {
        if (watched.contains(table))
            m_refreshLater.request();
    });
    setEvolution({});
}

QString ScenariosPage::scenarioId() const
{
    return m_scenarios->currentId();
}

void ScenariosPage::setEvolution(const QString &evolutionId)
{
    m_evolutionId = evolutionId;
    m_scenarios->setFilter(QStringLiteral("evolution_id"), evolutionId);
    m_scenarios->selectId(m_scenarios->model()->idAt(0));
    m_indicators->setFilter(QStringLiteral("scenario_id"), scenarioId());
    refresh();
}

void ScenariosPage::refresh()
{
    const Store &store = m_ctx.store;
    const QString chosen = scenarioId();
    const QString decidedScenario =
        store.value(Tables::evolution(), m_evolutionId, QStringLiteral("chosen_scenario_id")).toString();

    // Every scenario side by side.
    const EntityTableModel *model = m_scenarios->model();
    m_comparison->setRowCount(model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString id = model->idAt(row);
        const Assessment a = ClauseCase::assess(store, id);
        const ConsentOutcome consent = ClauseCase::consent(store, id);
        const bool impossible = a.frame == LegalFrame::Impossible;
        const QString title = store.value(Tables::scenario(), id, QStringLiteral("title")).toString();
        const QStringList cells{
            id == decidedScenario ? tr("%1 (decided)").arg(title) : title,
            impossible ? QStringLiteral("—") : Format::money(a.newAmountCents),
            impossible ? QStringLiteral("—") : signedPercent(a.changePct),
            (a.totalDelayMonths > 0 ? QStringLiteral("+") : QString()) + tr("%n month(s)", nullptr, a.totalDelayMonths),
            Rules::frameName(a.frame),
            consent.reached() ? tr("consented by all")
                              : (consent.objections.isEmpty() && consent.unreasoned.isEmpty() ? tr("to be sought")
                                                                                             : tr("objections"))};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column >= 1 && column <= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == 4)
                item->setForeground(a.allowed() ? (a.frame == LegalFrame::UnforeseenCircumstances ? QColor(0xb36b00)
                                                                                                   : QColor(0x1b7a3a))
                                                : QColor(0xb3261e));
            m_comparison->setItem(row, column, item);
        }
        if (id == chosen)
            m_comparison->selectRow(row);
    }

    // The chosen scenario's verdict, point by point.
    if (chosen.isEmpty()) {
        m_verdict->setText(m_evolutionId.isEmpty() ? tr("Choose or activate the clause above.")
                                                   : tr("Propose a scenario to simulate it."));
    } else {
        const Assessment a = ClauseCase::assess(store, chosen);
        QStringList lines;
        for (const Check &check : a.checks)
            lines << levelMark(check.level) + QStringLiteral("&nbsp;") + check.text.toHtmlEscaped();
        if (a.allowed())
            lines << tr("Legal basis: %1").arg(Rules::legalBasis(a.frame)).toHtmlEscaped();
        m_verdict->setText(lines.join(QStringLiteral("<br>")));
    }

    // The consent round and whether the decision can be recorded.
    m_consent->setScenario(m_evolutionId, chosen);
    const QString refusal = ClauseDecision::refusal(store, chosen);
    const bool decided =
        store.value(Tables::evolution(), m_evolutionId, QStringLiteral("status")).toString() == QLatin1String("decided");
    if (decided)
        m_outcome->setText(tr("Decided on %1: %2").arg(
            Format::date(store.value(Tables::evolution(), m_evolutionId, QStringLiteral("decided_on")).toString()),
            store.value(Tables::evolution(), m_evolutionId, QStringLiteral("legal_basis")).toString()));
    else
        m_outcome->setText(chosen.isEmpty() ? QString() : (refusal.isEmpty() ? ConsentRound::describe({}) : refusal));
    m_record->setEnabled(!chosen.isEmpty() && refusal.isEmpty() && !m_ctx.isReadOnly());
    m_record->setToolTip(refusal);
}

void ScenariosPage::record()
{
    const QString id = scenarioId();
    const QString title = m_ctx.store.value(Tables::scenario(), id, QStringLiteral("title")).toString();
    const auto answer = QMessageBox::question(
        m_simulationPage, tr("Record the decision"),
        tr("Record “%1” as the decision consented by all? The contract, its calendar and its indicators change "
           "in the cockpit, the decision is added to the checkpoint and the plan is frozen as a new baseline. "
           "Undo takes it all back.")
            .arg(title));
    if (answer != QMessageBox::Yes)
        return;
    QString message;
    if (!ClauseDecision::record(m_ctx, id, QDate::currentDate(), &message))
        QMessageBox::warning(m_simulationPage, tr("Record the decision"), message);
}

} // namespace Atelier::Clause
