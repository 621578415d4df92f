// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "identitypage.h"

#include "core/projectcontext.h"
#include "core/store.h"
#include "widgets/entitytableeditor.h"
#include "widgets/fieldbinder.h"
#include "widgets/moneyedit.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace Atelier::Projet {

static QLabel *formLabel(const FieldInfo &field, QWidget *buddy)
{
    auto *label = new QLabel(field.translatedLabel());
    label->setWordWrap(true);
    label->setBuddy(buddy);
    return label;
}

IdentityPage::IdentityPage(ProjectContext &ctx, QWidget *parent) : QScrollArea(parent)
{
    const TableInfo &project = Entities::project();
    auto *binder = new FieldBinder(ctx, project, ctx.store.projectId(), this);
    auto *page = new QWidget;

    auto *title = new QLineEdit;
    title->setObjectName(QStringLiteral("title"));
    title->setPlaceholderText(tr("Title of the purchase project"));
    binder->bind(title, QStringLiteral("title"));

    auto *identity = new QGroupBox(tr("Identity"));
    auto *form = new QFormLayout(identity);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const char *column : {"administration", "policy_field"}) {
        auto *edit = new QLineEdit;
        edit->setObjectName(QLatin1String(column));
        binder->bind(edit, QLatin1String(column));
        form->addRow(formLabel(*project.field(QLatin1String(column)), edit), edit);
    }
    auto *budget = new MoneyEdit;
    budget->setObjectName(QStringLiteral("budget_envelope_cents"));
    binder->bind(budget, QStringLiteral("budget_envelope_cents"));
    form->addRow(formLabel(*project.field(QStringLiteral("budget_envelope_cents")), budget), budget);

    auto *dates = new QGroupBox(tr("Key dates"));
    auto *keyDates = new EntityTableEditor(
        ctx, Entities::keyDate(), {QStringLiteral("label"), QStringLiteral("date")}, tr("Add key date"));
    keyDates->setObjectName(QStringLiteral("keyDates"));
    keyDates->view()->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    keyDates->view()->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    keyDates->view()->horizontalHeader()->setStretchLastSection(false);
    (new QVBoxLayout(dates))->addWidget(keyDates);

    auto *investigation = new QGroupBox(tr("Investigation: the context of the project"));
    auto *questions = new QVBoxLayout(investigation);
    auto *intro =
        new QLabel(tr("Where the project comes from, before the modeling workshop. Evidence gathered "
                      "during the exploration day goes to the evidence library."));
    intro->setWordWrap(true);
    questions->addWidget(intro);
    for (const char *column : {"origin", "administration_action", "investments", "inspiring_projects"}) {
        auto *text = new QPlainTextEdit;
        text->setObjectName(QLatin1String(column));
        text->setMinimumHeight(90);
        binder->bind(text, QLatin1String(column));
        questions->addWidget(formLabel(*project.field(QLatin1String(column)), text));
        questions->addWidget(text, 1);
    }

    auto *left = new QVBoxLayout;
    left->addWidget(identity);
    left->addWidget(dates, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addWidget(investigation, 3);
    auto *whole = new QVBoxLayout(page);
    whole->addWidget(title);
    whole->addLayout(columns, 1);

    setWidget(page);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
}

} // namespace Atelier::Projet
