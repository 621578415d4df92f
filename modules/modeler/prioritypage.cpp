// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "prioritypage.h"

#include "dotvotingpanel.h"
#include "matrixchart.h"
#include "workshop.h"

#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "widgets/entitytableeditor.h"
#include "widgets/entitytablemodel.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Atelier::Modeler {

PriorityPage::PriorityPage(ProjectContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_scores(new ScoreGrid(ctx, this)), m_ranking(new QTableWidget(this)),
      m_scenario(new QComboBox(this)),
      m_risks(new EntityTableEditor(
          ctx, Tables::risk(),
          {QStringLiteral("title"), QStringLiteral("likelihood"), QStringLiteral("severity")},
          tr("Add risk"))),
      m_voting(new DotVotingPanel(ctx)), m_chart(new QChart)
{
    auto *criteria = new EntityTableEditor(
        ctx, Tables::criterion(), {QStringLiteral("name"), QStringLiteral("weight")}, tr("Add criterion"));
    criteria->setObjectName(QStringLiteral("criteria"));
    auto *usual = new QAction(tr("Add the usual impacts"), this);
    usual->setObjectName(QStringLiteral("usualImpacts"));
    connect(usual, &QAction::triggered, this, [&ctx] { Workshop::addDefaultCriteria(ctx); });
    usual->setEnabled(!ctx.isReadOnly());
    criteria->addToolAction(usual);

    m_ranking->setObjectName(QStringLiteral("ranking"));
    m_ranking->setAccessibleName(tr("Ranking of the scenarios"));
    m_ranking->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ranking->verticalHeader()->hide();
    m_scenario->setObjectName(QStringLiteral("scenarioOfRisks"));
    m_scenario->setAccessibleName(tr("Scenario whose risks are shown"));
    m_risks->setObjectName(QStringLiteral("risks"));
    connect(m_scenario, &QComboBox::currentIndexChanged, this, [this] {
        m_risks->setFilter(QStringLiteral("scenario_id"), m_scenario->currentData().toString());
        m_voting->setScenario(m_scenario->currentData().toString());
    });

    m_chart->setTitle(MatrixChart::title());
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    auto *chartView = new QChartView(m_chart, this);
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumHeight(280);
    chartView->setAccessibleName(m_chart->title());

    auto *left = new QVBoxLayout;
    auto *criteriaBox = new QGroupBox(tr("Impacts sought"));
    (new QVBoxLayout(criteriaBox))->addWidget(criteria);
    auto *scoresBox = new QGroupBox(tr("Scores (0 to 5; empty = not scored yet)"));
    (new QVBoxLayout(scoresBox))->addWidget(m_scores);
    auto *risksBox = new QGroupBox(tr("Risks and dots of a scenario"));
    auto *risksLayout = new QVBoxLayout(risksBox);
    risksLayout->addWidget(m_scenario);
    risksLayout->addWidget(m_risks, 2);
    risksLayout->addWidget(m_voting, 2);
    left->addWidget(criteriaBox, 2);
    left->addWidget(scoresBox, 2);
    left->addWidget(risksBox, 3);

    auto *right = new QVBoxLayout;
    auto *rankBox = new QGroupBox(tr("Ranking"));
    (new QVBoxLayout(rankBox))->addWidget(m_ranking);
    right->addWidget(rankBox, 2);
    right->addWidget(chartView, 3);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);

    auto onChange = [this](const QString &table) {
        static const QStringList watched{Tables::scenario().table(), Tables::criterion().table(),
                                         Tables::score().table(), Tables::risk().table(),
                                         Tables::dotVote().table()};
        if (watched.contains(table))
            scheduleRefresh();
    };
    connect(&ctx.notifier, &Notifier::tableChanged, this, onChange);
    refresh();
}

void PriorityPage::scheduleRefresh()
{
    // Several changes in a row (a group of edits, the grid's own signals): rebuild once, after them.
    if (std::exchange(m_refreshPending, true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_refreshPending = false;
            refresh();
        },
        Qt::QueuedConnection);
}

void PriorityPage::refreshScenarioChoice()
{
    const QString current = m_scenario->currentData().toString();
    const QSignalBlocker quiet(m_scenario);
    m_scenario->clear();
    for (const Row &s : m_ctx.store.rows(Tables::scenario()))
        m_scenario->addItem(s.value(QStringLiteral("title")).toString(), s.value(QStringLiteral("id")));
    const int index = m_scenario->findData(current);
    m_scenario->setCurrentIndex(index >= 0 ? index : 0);
    const QString shown = m_scenario->currentData().toString();
    if (m_risks->model()->filterValue() != shown || shown.isEmpty()) {
        m_risks->setFilter(QStringLiteral("scenario_id"), shown);
        m_voting->setScenario(shown);
    }
}

void PriorityPage::refresh()
{
    const QList<Workshop::Ranking> ranking = Workshop::rank(m_ctx);
    const QStringList headers{tr("Rank"), tr("Scenario"), tr("Impact"), tr("Risk"), tr("Dots"), tr("Note")};
    m_ranking->clear();
    m_ranking->setColumnCount(int(headers.size()));
    m_ranking->setHorizontalHeaderLabels(headers);
    m_ranking->setRowCount(int(ranking.size()));
    const QLocale locale;
    for (int r = 0; r < ranking.size(); ++r) {
        const Workshop::Ranking &k = ranking[r];
        QStringList notes;
        if (k.tied)
            notes << tr("tie");
        if (k.missingScores > 0)
            notes << tr("scores missing: %1").arg(k.missingScores);
        const QStringList cells{QString::number(k.rank),
                                k.title,
                                locale.toString(k.impact, 'f', 0) + tr(" %"),
                                locale.toString(k.risk, 'f', 1),
                                QString::number(k.dots),
                                notes.join(QStringLiteral(", "))};
        for (int c = 0; c < cells.size(); ++c)
            m_ranking->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_ranking->resizeColumnsToContents();

    MatrixChart::fill(m_chart, ranking);
    refreshScenarioChoice();
}

} // namespace Atelier::Modeler
