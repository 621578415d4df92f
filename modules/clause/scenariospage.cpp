// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariospage.h"

#include "clausecase.h"
#include "clausedecision.h"
#include "clauseedits.h"
#include "clauseschema.h"
#include "consentgrid.h"

#include "core/format.h"
#include "core/lawtable.h"
#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "widgets/entitytablemodel.h"
#include "widgets/fieldbinder.h"
#include "widgets/pageparts.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
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

/// Green for a secure basis, amber for one the buyer must justify or conclude, red for none.
QColor frameColour(LegalFrame frame)
{
    switch (frame) {
    case LegalFrame::ReviewClause:
    case LegalFrame::MinorChange:
        return QColor(0x1b7a3a);
    case LegalFrame::SupplementaryServices:
    case LegalFrame::UnforeseenCircumstances:
    case LegalFrame::NonSubstantial:
    case LegalFrame::QuestionsPending:
        return QColor(0xb36b00);
    case LegalFrame::NewProcedureNeeded:
    case LegalFrame::Impossible:
        break;
    }
    return QColor(0xb3261e);
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
      m_record(new QPushButton(tr("Record the decision consented by all"))),
      m_signOff(new QPushButton(tr("Sign off the legal frame (buyer)"))),
      m_withdraw(new QPushButton(tr("Withdraw the sign-off"))),
      m_amend(new QPushButton(tr("Integrate an objection into an amended scenario"))), m_signOffText(new QLabel),
      m_answers(new QLabel), m_questions(new QWidget), m_legalReasons(new QPlainTextEdit)
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
    // The questions of the legal frame only the buyer can answer (R2194-2, R2194-7).
    auto *questions = new QFormLayout(m_questions);
    questions->setContentsMargins(0, 0, 0, 0);
    questions->setRowWrapPolicy(QFormLayout::WrapAllRows);
    const QStringList substantial = Rules::substantialityQuestions();
    const QList<QPair<const char *, QString>> asked{
        {"services_necessary", tr("R2194-2: are the supplementary services necessary?")},
        {"holder_change_impossible",
         tr("R2194-2: is a change of holder impossible for technical or economic reasons?")},
        {"attracts_other_bidders", tr("R2194-7: %1").arg(substantial.at(0))},
        {"shifts_balance", tr("R2194-7: %1").arg(substantial.at(1))},
        {"changes_object", tr("R2194-7: %1").arg(substantial.at(2))},
        {"replaces_holder", tr("R2194-7: %1").arg(substantial.at(3))}};
    for (const auto &[column, question] : asked) {
        auto *box = new QComboBox;
        box->setObjectName(QLatin1String(column));
        auto *label = new QLabel(question);
        label->setWordWrap(true);
        label->setBuddy(box);
        questions->addRow(label, box);
        m_questionBoxes.insert(QLatin1String(column), box);
    }
    m_legalReasons->setObjectName(QStringLiteral("legalReasons"));
    m_legalReasons->setMaximumHeight(80);
    questions->addRow(tr("Reasons of the answers, for the file:"), m_legalReasons);
    m_answers->setObjectName(QStringLiteral("answersObjection"));
    m_answers->setWordWrap(true);
    auto *verdictContent = new QWidget;
    auto *verdictLayout = new QVBoxLayout(verdictContent);
    verdictLayout->addWidget(m_answers);
    verdictLayout->addWidget(m_verdict);
    verdictLayout->addWidget(boxed(tr("Questions the buyer answers"), m_questions));
    verdictLayout->addStretch();
    // The verdict and the questions keep their natural height: the box scrolls.
    auto *verdict = new QScrollArea;
    verdict->setWidget(verdictContent);
    verdict->setWidgetResizable(true);
    verdict->setFrameShape(QFrame::NoFrame);
    auto *round = new QWidget;
    auto *roundLayout = new QVBoxLayout(round);
    roundLayout->setContentsMargins(0, 0, 0, 0);
    roundLayout->addWidget(m_consent, 1);
    roundLayout->addWidget(m_amend, 0, Qt::AlignLeft);
    roundLayout->addWidget(m_outcome);
    m_signOffText->setObjectName(QStringLiteral("signOffText"));
    m_signOffText->setWordWrap(true);
    roundLayout->addWidget(m_signOffText);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_withdraw);
    buttons->addWidget(m_signOff);
    buttons->addWidget(m_record);
    roundLayout->addLayout(buttons);
    m_signOff->setObjectName(QStringLiteral("signOff"));
    m_withdraw->setObjectName(QStringLiteral("withdrawSignOff"));
    m_amend->setObjectName(QStringLiteral("amendForObjection"));
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

    m_scenarios->setRemoveHandler([this](const QStringList &ids) { ClauseEdits::removeScenarios(m_ctx, ids); });
    connect(m_scenarios, &EntityTableEditor::currentIdChanged, this, [this](const QString &id) {
        m_indicators->setFilter(QStringLiteral("scenario_id"), id);
        refresh();
    });
    connect(m_signOff, &QPushButton::clicked, this, &ScenariosPage::signOff);
    connect(m_withdraw, &QPushButton::clicked, this, [this] { ClauseDecision::withdrawSignOff(m_ctx, scenarioId()); });
    connect(m_amend, &QPushButton::clicked, this, &ScenariosPage::amendChosen);
    connect(m_comparison, &QTableWidget::cellClicked, this,
            [this](int row, int) { m_scenarios->selectId(m_scenarios->model()->idAt(row)); });
    connect(m_record, &QPushButton::clicked, this, &ScenariosPage::record);
    const QStringList watched{QStringLiteral("evolution_scenario"), QStringLiteral("scenario_indicator"),
                              QStringLiteral("seat_stance"),        QStringLiteral("evolution_seat"),
                              QStringLiteral("evolution"),          QStringLiteral("clause_charter"),
                              QStringLiteral("contract"),           QStringLiteral("participant"),
                              QStringLiteral("clause_contract")};
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
                item->setForeground(frameColour(a.frame));
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
        if (!LawTable::standardMessage().isEmpty()) // the user's table of thresholds was set aside
            lines << levelMark(Check::Warning) + QStringLiteral("&nbsp;") + LawTable::standardMessage().toHtmlEscaped();
        for (const Check &check : a.checks)
            lines << levelMark(check.level) + QStringLiteral("&nbsp;") + check.text.toHtmlEscaped();
        if (a.allowed())
            lines << tr("Legal basis: %1").arg(Rules::legalBasis(a.frame)).toHtmlEscaped();
        m_verdict->setText(lines.join(QStringLiteral("<br>")));
    }

    bindQuestions();
    const Row chosenRow = store.row(Tables::scenario(), chosen);
    const QString answered = text(chosenRow, "answers_objection");
    m_answers->setVisible(!answered.isEmpty());
    m_answers->setText(tr("This amended scenario answers the objection of %1").arg(answered));

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

    // The buyer's legal sign-off, apart from the group's consent.
    const bool signedOff = !text(chosenRow, "signoff_frame").isEmpty();
    const QString signOffRefusal = ClauseDecision::signOffRefusal(store, chosen);
    m_signOffText->setText(chosen.isEmpty() ? QString() : ClauseDecision::signOffText(store, chosen));
    const bool signedAsItStands =
        signedOff && text(chosenRow, "signoff_frame") == Rules::frameKey(ClauseCase::assess(store, chosen).frame) &&
        text(chosenRow, "signoff_terms") == ClauseDecision::signOffTerms(chosenRow);
    m_signOff->setEnabled(!chosen.isEmpty() && signOffRefusal.isEmpty() && !m_ctx.isReadOnly() && !signedAsItStands);
    m_signOff->setToolTip(signOffRefusal);
    m_withdraw->setVisible(signedOff && !decided);
    m_questions->setEnabled(!chosen.isEmpty() && !decided);
    m_withdraw->setEnabled(!m_ctx.isReadOnly());
    // The consent loop: an objection becomes an amended scenario.
    bool objected = false;
    for (const Row &stance : ClauseCase::rowsWhere(store, Tables::stance(), QStringLiteral("scenario_id"), chosen))
        objected = objected || (text(stance, "stance") == QLatin1String("objection") &&
                                !text(stance, "objection").trimmed().isEmpty());
    m_amend->setEnabled(objected && !decided && !m_ctx.isReadOnly());
}

void ScenariosPage::bindQuestions()
{
    const QString chosen = scenarioId();
    if (chosen == m_boundScenario && (m_binder || chosen.isEmpty()))
        return;
    if (m_binder)
        m_binder->commitPending();
    delete m_binder;
    m_binder = nullptr;
    m_boundScenario = chosen;
    m_questions->setEnabled(!chosen.isEmpty());
    if (chosen.isEmpty())
        return;
    m_binder = new FieldBinder(m_ctx, Tables::scenario(), chosen, this);
    for (auto it = m_questionBoxes.cbegin(); it != m_questionBoxes.cend(); ++it)
        m_binder->bind(it.value(), it.key());
    m_binder->bind(m_legalReasons, QStringLiteral("legal_reasons"));
}

void ScenariosPage::signOff()
{
    const QString id = scenarioId();
    QString message;
    if (!ClauseDecision::signOff(m_ctx, id, ClauseDecision::buyerOf(m_ctx.store, id), QDate::currentDate(), &message) &&
        !message.isEmpty())
        QMessageBox::warning(m_simulationPage, tr("Sign off the legal frame"), message);
}

QString ScenariosPage::amend(const QString &stanceId)
{
    const QString id = ClauseEdits::amendForObjection(m_ctx, stanceId);
    if (!id.isEmpty()) {
        m_scenarios->selectId(id);
        refresh();
    }
    return id;
}

void ScenariosPage::amendChosen()
{
    QStringList labels, stances;
    for (const Row &stance :
         ClauseCase::rowsWhere(m_ctx.store, Tables::stance(), QStringLiteral("scenario_id"), scenarioId())) {
        if (text(stance, "stance") != QLatin1String("objection") || text(stance, "objection").trimmed().isEmpty())
            continue;
        const QString role = m_ctx.store.value(Tables::seat(), text(stance, "seat_id"), QStringLiteral("role")).toString();
        labels << tr("%1: %2").arg(ConsentRound::roleName(role), text(stance, "objection").trimmed());
        stances << text(stance, "id");
    }
    if (stances.isEmpty())
        return;
    int index = 0;
    if (stances.size() > 1) {
        bool ok = false;
        const QString picked = QInputDialog::getItem(m_simulationPage, tr("Integrate an objection"),
                                                     tr("The objection the amended scenario answers:"), labels, 0,
                                                     false, &ok);
        if (!ok)
            return;
        index = int(labels.indexOf(picked));
    }
    amend(stances.at(index));
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
