// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evolutionspage.h"

#include "clauseedits.h"
#include "clauseschema.h"
#include "consentround.h"
#include "scenariospage.h"

#include "core/edit.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "widgets/entitytablemodel.h"
#include "widgets/fieldbinder.h"
#include "widgets/pageparts.h"

#include <QDate>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTabWidget>

namespace Atelier::Clause {

EvolutionsPage::EvolutionsPage(ProjectContext &ctx, QWidget *parent)
    : QSplitter(Qt::Vertical, parent), m_ctx(ctx),
      m_evolutions(new EntityTableEditor(ctx, Tables::evolution(),
                                         columns({"opened_on", "initiator", "motive", "checkpoint_id", "status",
                                                  "notified_on", "decp_published_on"}),
                                         tr("Activate the clause"))),
      m_seats(new EntityTableEditor(ctx, Tables::seat(), columns({"role", "participant_id", "own_role"}),
                                    tr("Add a seat"))),
      m_details(new QTabWidget), m_stateOfPlay(new QPlainTextEdit), m_reasons(new QPlainTextEdit),
      m_scenarios(new ScenariosPage(ctx, this))
{
    setObjectName(QStringLiteral("evolutionsPage"));
    m_evolutions->setObjectName(QStringLiteral("evolutions"));
    m_evolutions->setAddHandler([this] { activate(); });
    // An activation takes its scenarios, seats and stances with it, in one step.
    m_evolutions->setRemoveHandler([this](const QStringList &ids) {
        QString message;
        if (!ClauseEdits::removeActivations(m_ctx, ids, &message) && !message.isEmpty())
            QMessageBox::warning(this, Entities::tr(Tables::evolution().removeText), message);
    });
    stretchColumn(m_evolutions, 2);
    // The checkpoints of the contract's strategy, or of the whole project.
    m_evolutions->model()->setReferenceFilter(
        QStringLiteral("checkpoint_id"), [this](const Row &, const Row &checkpoint) {
            const QString strategy = text(checkpoint, "strategy_id");
            return strategy.isEmpty() || strategy == Entities::contractStrategy(m_ctx.store, m_contractId);
        });
    m_seats->setObjectName(QStringLiteral("seats"));
    m_seats->setRemoveHandler([this](const QStringList &ids) { ClauseEdits::removeSeats(m_ctx, ids); });
    m_seats->setDefaults({{QStringLiteral("role"), QStringLiteral("user")}});
    stretchColumn(m_seats, 1);
    m_stateOfPlay->setObjectName(QStringLiteral("stateOfPlay"));
    m_reasons->setObjectName(QStringLiteral("reasons"));

    auto *statement = new QWidget;
    auto *statementLayout = new QVBoxLayout(statement);
    statementLayout->addWidget(boxed(tr("State of play of the project"), m_stateOfPlay));
    statementLayout->addWidget(boxed(tr("Reasons for changing the contract"), m_reasons));
    auto *seatsPage = new QWidget;
    auto *seatsLayout = new QVBoxLayout(seatsPage);
    auto *seatsIntro = new QLabel(tr("Every stakeholder concerned by the change is represented: the company, the "
                                     "buyer (who guarantees the legal frame), the prescriber, the elected officials "
                                     "concerned and the citizen jury. Participants may play their own role or "
                                     "another one."));
    seatsIntro->setWordWrap(true);
    seatsLayout->addWidget(seatsIntro);
    seatsLayout->addWidget(m_seats);
    m_details->addTab(statement, tr("State of play and reasons"));
    m_details->addTab(seatsPage, tr("Stakeholders"));
    m_details->addTab(m_scenarios->proposalsPage(), tr("Scenarios"));
    m_details->addTab(m_scenarios->simulationPage(), tr("Simulation and consent"));
    m_details->setCurrentWidget(m_scenarios->simulationPage());

    addWidget(boxed(tr("Activations of the clause"), m_evolutions));
    addWidget(m_details);
    setStretchFactor(1, 4);
    setSizes({150, 600});

    connect(m_evolutions, &EntityTableEditor::currentIdChanged, this, &EvolutionsPage::showEvolution);
}

void EvolutionsPage::setContract(const QString &contractId)
{
    m_contractId = contractId;
    m_evolutions->setFilter(QStringLiteral("contract_id"), contractId);
    const EntityTableModel *model = m_evolutions->model();
    m_evolutions->selectId(model->idAt(model->rowCount() - 1)); // the latest activation
    showEvolution(m_evolutions->currentId());
}

void EvolutionsPage::showEvolution(const QString &id)
{
    if (m_binder)
        m_binder->commitPending();
    delete m_binder;
    m_binder = nullptr;
    m_seats->setFilter(QStringLiteral("evolution_id"), id);
    m_details->setEnabled(!id.isEmpty());
    if (!id.isEmpty()) {
        m_binder = new FieldBinder(m_ctx, Tables::evolution(), id, this);
        m_binder->bind(m_stateOfPlay, QStringLiteral("state_of_play"));
        m_binder->bind(m_reasons, QStringLiteral("reasons"));
    } else {
        m_stateOfPlay->clear();
        m_reasons->clear();
    }
    m_scenarios->setEvolution(id);
}

QString EvolutionsPage::activate()
{
    if (m_contractId.isEmpty())
        return {};
    QString id;
    {
        Edit::Group group(m_ctx, Entities::tr(Tables::evolution().insertText));
        id = Edit::addRow(m_ctx, Tables::evolution(),
                          {{QStringLiteral("contract_id"), m_contractId},
                           {QStringLiteral("opened_on"), QDate::currentDate().toString(Qt::ISODate)}});
        for (const QString &role : ConsentRound::requiredRoles())
            if (!id.isEmpty())
                Edit::addRow(m_ctx, Tables::seat(), {{QStringLiteral("evolution_id"), id}, {QStringLiteral("role"), role}});
    }
    if (!id.isEmpty()) {
        m_evolutions->selectId(id);
        m_details->setCurrentIndex(0);
    }
    return id;
}

} // namespace Atelier::Clause
