// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "daypage.h"

#include "agenda.h"
#include "tourschema.h"
#include "tourstore.h"

#include "core/notifier.h"
#include "core/projectcontext.h"
#include "widgets/pageparts.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStyle>

namespace Atelier::Tour {

DayPage::DayPage(ProjectContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx),
      m_dayRow(new EntityTableEditor(ctx, Tables::tour(), columns({"tour_date", "public_place", "holder_place"}), QString())),
      m_people(new EntityTableEditor(ctx, Tables::person(), columns({"participant_id", "side", "day_role"}),
                                     tr("Add a person"))),
      m_agenda(new EntityTableEditor(ctx, Tables::slot(), columns({"starts", "ends", "host", "activity", "title", "place"}),
                                     tr("Add to the agenda"))),
      m_issues(new QListWidget)
{
    setObjectName(QStringLiteral("dayPage"));
    m_dayRow->setObjectName(QStringLiteral("dayRow"));
    m_dayRow->view()->setAccessibleName(tr("The day and the two workplaces"));
    m_dayRow->addRowAction()->setVisible(false);
    m_dayRow->removeRowAction()->setVisible(false); // the tour goes with all it holds (TourView)
    m_dayRow->view()->setMaximumHeight(m_dayRow->view()->verticalHeader()->defaultSectionSize() +
                                       m_dayRow->view()->horizontalHeader()->sizeHint().height() + 8);
    stretchColumn(m_dayRow, 2);
    m_dayRow->view()->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_people->setObjectName(QStringLiteral("people"));
    m_people->view()->setAccessibleName(tr("People of the day"));
    stretchColumn(m_people, 2);
    m_people->view()->setColumnWidth(0, 220);
    m_people->view()->setColumnWidth(1, 150);
    m_agenda->setObjectName(QStringLiteral("agenda"));
    m_agenda->view()->setAccessibleName(tr("Agenda of the day"));
    m_agenda->setDefaults({{QStringLiteral("starts"), QStringLiteral("09:00")}, {QStringLiteral("ends"), QStringLiteral("10:00")}});
    stretchColumn(m_agenda, 4);
    m_agenda->view()->setColumnWidth(2, 150);
    m_agenda->view()->setColumnWidth(3, 300);
    m_issues->setObjectName(QStringLiteral("agendaIssues"));
    m_issues->setAccessibleName(tr("What the agenda still needs"));
    m_issues->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(boxed(tr("People on each side"), m_people));
    splitter->addWidget(boxed(tr("Agenda: each side hosts the other"), m_agenda));
    splitter->addWidget(boxed(tr("Conflicts and gaps"), m_issues));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_dayRow);
    layout->addWidget(splitter, 1);

    // Clicking a problem selects the agenda item concerned.
    connect(m_issues, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && !item->data(Qt::UserRole).toString().isEmpty())
            m_agenda->selectId(item->data(Qt::UserRole).toString());
    });
    connect(&ctx.notifier, &Notifier::tableChanged, this, [this](const QString &table) {
        if (table == Tables::slot().table())
            refreshIssues();
    });
}

void DayPage::setTour(const QString &tourId)
{
    m_tour = tourId;
    m_dayRow->model()->setFilter(QStringLiteral("id"), tourId);
    m_people->setFilter(QStringLiteral("tour_id"), tourId);
    m_agenda->setFilter(QStringLiteral("tour_id"), tourId);
    refreshIssues();
}

void DayPage::refreshIssues()
{
    m_issues->clear();
    if (m_tour.isEmpty())
        return;
    const QList<AgendaIssue> issues = Agenda::check(TourStore::slots(m_ctx.store, m_tour));
    for (const AgendaIssue &issue : issues) {
        const bool conflict = issue.kind == AgendaIssue::Overlap || issue.kind == AgendaIssue::Backwards ||
                              issue.kind == AgendaIssue::NoTime;
        auto *item = new QListWidgetItem(style()->standardIcon(conflict ? QStyle::SP_MessageBoxWarning
                                                                        : QStyle::SP_MessageBoxInformation),
                                         issue.message, m_issues);
        item->setData(Qt::UserRole, issue.kind == AgendaIssue::Gap ? issue.otherId : issue.slotId);
    }
    if (issues.isEmpty())
        new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                            tr("The agenda holds together: no conflict, no gap, each side hosts the other, lunch together."),
                            m_issues);
}

} // namespace Atelier::Tour
