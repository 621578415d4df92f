// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "strategypage.h"

#include "workshop.h"

#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "widgets/entitytableeditor.h"
#include "widgets/entitytablemodel.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Atelier::Modeler {

StrategyPage::StrategyPage(ProjectContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_scenario(new QComboBox(this)),
      m_strategies(new EntityTableEditor(ctx, Entities::strategy(),
                                         {QStringLiteral("title"), QStringLiteral("objective"),
                                          QStringLiteral("responsible_service"), QStringLiteral("origin")},
                                         tr("Add strategy"))),
      m_lines(new EntityTableEditor(
          ctx, Entities::investmentLine(),
          {QStringLiteral("mode"), QStringLiteral("title"), QStringLiteral("budget_cents"),
           QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("actors"),
           QStringLiteral("impacts"), QStringLiteral("commons_general_interest"),
           QStringLiteral("commons_not_competing"), QStringLiteral("commons_public_resources")},
          tr("Add investment line")))
{
    m_scenario->setObjectName(QStringLiteral("strategyScenario"));
    m_scenario->setAccessibleName(tr("Scenario chosen"));
    m_strategies->setObjectName(QStringLiteral("strategies"));
    m_lines->setObjectName(QStringLiteral("investmentLines"));
    m_lines->setFilter(QStringLiteral("strategy_id"), QString());
    auto *translate = new QPushButton(tr("Translate into a strategy"), this);
    translate->setObjectName(QStringLiteral("translate"));
    translate->setEnabled(!ctx.isReadOnly());
    connect(translate, &QPushButton::clicked, this, [this] {
        const QString strategy = Workshop::translateToStrategy(m_ctx, m_scenario->currentData().toString());
        m_strategies->selectId(strategy);
    });
    connect(m_strategies, &EntityTableEditor::currentIdChanged, this,
            [this](const QString &id) { m_lines->setFilter(QStringLiteral("strategy_id"), id); });

    auto *questions =
        new EntityTableEditor(ctx, Entities::sourcingQuestion(),
                              {QStringLiteral("text"), QStringLiteral("origin")}, tr("Add question"));
    questions->setObjectName(QStringLiteral("sourcingQuestions"));
    questions->setDefaults({{QStringLiteral("origin"), tr("modeling workshop")}});
    questions->view()->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    questions->view()->horizontalHeader()->setStretchLastSection(false);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Scenario chosen:")));
    top->addWidget(m_scenario, 1);
    top->addWidget(translate);

    auto *strategyBox = new QGroupBox(tr("Strategies"));
    (new QVBoxLayout(strategyBox))->addWidget(m_strategies);
    auto *linesBox = new QGroupBox(tr("Investment lines of the selected strategy"));
    auto *linesLayout = new QVBoxLayout(linesBox);
    auto *commons =
        new QLabel(tr("A public-commons partnership is eligible when the citizen initiative serves the "
                      "general interest, neither competes with nor replaces a public service, and needs "
                      "access to public resources (premises, vehicles, equipment, tools, support)."));
    commons->setWordWrap(true);
    linesLayout->addWidget(commons);
    linesLayout->addWidget(m_lines);
    auto *questionsBox = new QGroupBox(tr("Questions for the sourcing canvas"));
    (new QVBoxLayout(questionsBox))->addWidget(questions);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(strategyBox, 2);
    layout->addWidget(linesBox, 3);
    layout->addWidget(questionsBox, 2);

    auto onChange = [this](const QString &table) {
        static const QStringList ranked{Tables::scenario().table(), Tables::score().table(),
                                        Tables::criterion().table(), Tables::risk().table(),
                                        Tables::dotVote().table()};
        if (ranked.contains(table))
            reloadScenarios();
    };
    connect(&ctx.notifier, &Notifier::tableChanged, this, onChange);
    reloadScenarios();
    m_strategies->selectId(m_strategies->model()->idAt(0));
}

void StrategyPage::reloadScenarios()
{
    const QString current = m_scenario->currentData().toString();
    m_scenario->clear();
    const QList<Workshop::Ranking> ranking = Workshop::rank(m_ctx);
    for (const Workshop::Ranking &k : ranking)
        m_scenario->addItem(tr("%1. %2").arg(k.rank).arg(k.title), k.scenarioId);
    const int index = m_scenario->findData(current);
    m_scenario->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace Atelier::Modeler
