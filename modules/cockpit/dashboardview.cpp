// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardview.h"

#include "chartframe.h"
#include "charts.h"
#include "widgets/pageparts.h"
#include "core/steering.h"

#include "core/entities.h"
#include "core/format.h"
#include "core/notifier.h"
#include "core/projectcontext.h"

#include <QChart>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Atelier::Cockpit {

static const QStringList &watchedTables()
{
    static const QStringList tables{QStringLiteral("strategy"),     QStringLiteral("investment_line"),
                                    QStringLiteral("budget_entry"), QStringLiteral("milestone"),
                                    QStringLiteral("indicator"),    QStringLiteral("measurement"),
                                    QStringLiteral("checkpoint"),   QStringLiteral("decision"),
                                    // the modifications decided under the clause: their DECP deadline
                                    QStringLiteral("evolution"),    QStringLiteral("contract")};
    return tables;
}

DashboardView::DashboardView(ProjectContext &ctx, const QString &strategyId, QWidget *parent)
    : QScrollArea(parent), m_ctx(ctx), m_strategyId(strategyId), m_alerts(new QListWidget),
      m_checkpoints(new QListWidget), m_budget(new ChartFrame), m_spending(new ChartFrame),
      m_roadmap(new ChartFrame), m_indicators(new ChartFrame)
{
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(strategyId.isEmpty() ? tr("Overview dashboard") : tr("Strategy dashboard"));
    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);

    auto *figures = new QHBoxLayout;
    const QStringList captions{tr("Planned"), tr("Committed"), tr("Paid"), tr("Planned this year")};
    for (const QString &caption : captions) {
        auto *tile = new QLabel;
        tile->setObjectName(QStringLiteral("figureTile"));
        tile->setAccessibleName(caption);
        tile->setAlignment(Qt::AlignCenter);
        tile->setTextFormat(Qt::RichText);
        tile->setWordWrap(true);
        tile->setMinimumWidth(120);
        tile->setProperty("caption", caption);
        m_figures.append(tile);
        figures->addWidget(tile);
    }
    grid->addLayout(figures, 0, 0, 1, 2);

    m_alerts->setAccessibleName(tr("Alerts"));
    m_checkpoints->setAccessibleName(tr("Next checkpoints"));
    for (QListWidget *list : {m_alerts, m_checkpoints}) {
        list->setWordWrap(true);
        list->setMinimumHeight(110);
        list->setMaximumHeight(180);
    }
    grid->addWidget(boxed(tr("Alerts"), m_alerts), 1, 0);
    grid->addWidget(boxed(tr("Next checkpoints"), m_checkpoints), 1, 1);
    for (ChartFrame *frame : {m_budget, m_spending, m_roadmap, m_indicators})
        frame->setMinimumHeight(340);
    // Charts take the whole width: long strategy names and legends stay readable on a projector.
    grid->addWidget(m_budget, 2, 0, 1, 2);
    grid->addWidget(m_spending, 3, 0, 1, 2);
    grid->addWidget(m_roadmap, 4, 0, 1, 2);
    grid->addWidget(m_indicators, 5, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    setWidget(content);

    connect(&ctx.notifier, &Notifier::tableChanged, this, [this](const QString &table) {
        if (watchedTables().contains(table))
            scheduleRefresh();
    });
}

void DashboardView::setToday(const QDate &today)
{
    m_today = today;
    scheduleRefresh();
}

void DashboardView::scheduleRefresh()
{
    m_dirty = true;
    if (isVisible())
        m_refreshLater.request();
}

void DashboardView::showEvent(QShowEvent *event)
{
    QScrollArea::showEvent(event);
    if (m_dirty)
        refresh();
}

QStringList DashboardView::figures() const
{
    QStringList out;
    for (QLabel *tile : m_figures)
        out.append(tile->property("value").toString());
    return out;
}

void DashboardView::refresh()
{
    m_dirty = false;
    const Steering steering = Steering::load(m_ctx.store, m_strategyId);
    const Amounts total = steering.total();
    const qint64 values[] = {total.planned, total.committed, total.paid,
                             steering.totalForYear(m_today.year()).planned};
    for (int i = 0; i < m_figures.size(); ++i) {
        const QString value = Format::money(values[i]);
        m_figures[i]->setProperty("value", value);
        m_figures[i]->setText(QStringLiteral("<div style='font-size:16pt; font-weight:600'>%1</div>"
                                             "<div>%2</div>")
                                  .arg(value.toHtmlEscaped(), m_figures[i]->property("caption").toString()));
    }

    m_alerts->clear();
    for (const Steering::Alert &alert : steering.alerts(m_today)) {
        auto *item = new QListWidgetItem(alert.text, m_alerts);
        item->setIcon(style()->standardIcon(alert.kind == Steering::Alert::OverBudget
                                                ? QStyle::SP_MessageBoxCritical
                                                : QStyle::SP_MessageBoxWarning));
        item->setData(Qt::UserRole, alert.subjectId);
    }
    if (m_alerts->count() == 0)
        new QListWidgetItem(tr("No alert: milestones on time, budget within plan, indicators on track."),
                            m_alerts);

    m_checkpoints->clear();
    for (const Steering::Checkpoint &c : steering.upcomingCheckpoints(m_today, 5)) {
        QString text = tr("%1 — %2").arg(Format::date(c.date.toString(Qt::ISODate)), c.title);
        if (!c.decisions.isEmpty())
            text += QLatin1Char('\n') + tr("To decide: %1").arg(c.decisions.join(QStringLiteral("; ")));
        new QListWidgetItem(text, m_checkpoints);
    }
    if (m_checkpoints->count() == 0)
        new QListWidgetItem(tr("No checkpoint planned."), m_checkpoints);

    m_budget->setChart(m_strategyId.isEmpty() ? Charts::budget(steering.budgetByStrategy(), true)
                                              : Charts::budget(steering.budgetByYear(), false));
    m_spending->setChart(Charts::spending(steering));
    m_roadmap->setChart(Charts::roadmap(steering, m_today, !m_strategyId.isEmpty()));
    // Room for labels of two or three lines beside each row.
    m_roadmap->setMinimumHeight(std::clamp(160 + Charts::roadmapRows(steering) * 64, 300, 7000));
    m_indicators->setChart(Charts::indicators(steering));
    m_indicators->setMinimumHeight(std::clamp(140 + Charts::indicatorRows(steering) * 48, 260, 3000));
    if (m_strategyId.isEmpty())
        m_budget->setMinimumHeight(std::clamp(140 + int(steering.strategies.size()) * 48, 340, 3000));
}

} // namespace Atelier::Cockpit
