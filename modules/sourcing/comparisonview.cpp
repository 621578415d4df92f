// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonview.h"

#include "gridstore.h"
#include "sourcingschema.h"

#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace Atelier::Sourcing {

ComparisonView::ComparisonView(ProjectContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_table(new QTableWidget), m_chart(new QChartView), m_note(new QLabel)
{
    setObjectName(QStringLiteral("comparison"));
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setAccessibleName(tr("Bidders compared"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_chart->setObjectName(QStringLiteral("comparisonChart"));
    m_chart->setAccessibleName(tr("Points of each bidder by impact sought"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(180);
    m_note->setWordWrap(true);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_note);
    connect(&ctx.notifier, &Notifier::tableChanged, this, [this](const QString &table) {
        for (const TableInfo *t : {&Tables::answer(), &Tables::bidder(), &Tables::gridQuestion(), &Tables::gridChoice(),
                                   &Tables::impactSought()})
            if (table == t->table())
                return refresh();
    });
    refresh();
}

QString ComparisonView::rankText(const BidderScore &score)
{
    return score.tied ? tr("%1 (tie)").arg(score.rank) : QString::number(score.rank);
}

void ComparisonView::refresh()
{
    const QList<GridQuestion> questions = GridStore::questions(m_ctx.store);
    m_scores = Scoring::compare(questions, GridStore::bidders(m_ctx.store, Phase::Tender));
    const QMap<QString, double> most = Scoring::maximumByImpact(questions);
    const QStringList impacts = most.keys();
    const auto impactName = [this](const QString &impact) { return impact.isEmpty() ? tr("no impact linked") : impact; };
    QStringList headers{tr("Rank"), tr("Bidder"), tr("Total (out of %1)").arg(Scoring::maximum(questions))};
    for (const QString &impact : impacts)
        headers << tr("%1 (/%2)").arg(impactName(impact), QLocale().toString(most.value(impact), 'f', 0));
    headers << tr("Missing answers") << tr("To be scored");
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(m_scores.size()));
    const auto points = [](double p) { return QLocale().toString(p, 'f', 1); };
    for (int r = 0; r < m_scores.size(); ++r) {
        const BidderScore &s = m_scores[r];
        int c = 0;
        auto put = [&](const QString &shown, bool number) {
            auto *item = new QTableWidgetItem(shown);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c++, item);
            return item;
        };
        put(rankText(s), false);
        put(s.name, false);
        QFont bold = m_table->font();
        bold.setBold(true);
        put(points(s.total), true)->setFont(bold);
        for (const QString &impact : impacts)
            put(points(s.byImpact.value(impact)), true);
        QTableWidgetItem *missing =
            put(s.missingRequired > 0 ? tr("%1, of which %2 required").arg(s.missing).arg(s.missingRequired)
                                      : QString::number(s.missing),
                false);
        if (s.missingRequired > 0)
            missing->setForeground(QColor(0xa8, 0x32, 0x1e));
        put(QString::number(s.awaitingHandScore + s.unscorable), true);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto *chart = new QChart;
    chart->setTitle(tr("Weighted points by impact sought"));
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *series = new QHorizontalStackedBarSeries;
    for (const QString &impact : impacts) {
        auto *set = new QBarSet(impactName(impact));
        for (int r = int(m_scores.size()) - 1; r >= 0; --r) // the best at the top
            *set << m_scores[r].byImpact.value(impact);
        series->append(set);
    }
    chart->addSeries(series);
    QStringList names;
    for (int r = int(m_scores.size()) - 1; r >= 0; --r)
        names << m_scores[r].name;
    auto *axisY = new QBarCategoryAxis;
    axisY->append(names);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, qMax(1, Scoring::maximum(questions)));
    axisX->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;

    QStringList tied;
    for (const BidderScore &s : m_scores)
        if (s.tied)
            tied << s.name;
    m_note->setText(tied.isEmpty() ? QString()
                                   : tr("Tie: %1 have the same total. Nothing here breaks it; the award criteria of "
                                        "the tender documents do.")
                                         .arg(tied.join(tr(", "))));
}

} // namespace Atelier::Sourcing
