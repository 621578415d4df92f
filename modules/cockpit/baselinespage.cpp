// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "baselinespage.h"

#include "core/baseline.h"
#include "core/steering.h"

#include "core/edit.h"
#include "core/format.h"
#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "widgets/entitytableeditor.h"
#include "widgets/entitytablemodel.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Atelier::Cockpit {

BaselinesPage::BaselinesPage(ProjectContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx),
      m_baselines(new EntityTableEditor(ctx, Entities::baseline(),
                                        {QStringLiteral("name"), QStringLiteral("taken_on")},
                                        tr("Freeze the plan…"))),
      m_scope(new QComboBox), m_summary(new QLabel), m_differences(new QTableWidget(0, 5))
{
    m_baselines->setObjectName(QStringLiteral("baselines"));
    m_baselines->model()->setDisplay(QStringLiteral("taken_on"), [](const Row &row) {
        return Format::date(row.value(QStringLiteral("taken_on")).toString());
    });
    m_baselines->setAddHandler([this] {
        bool ok = false;
        const QString suggested =
            tr("Plan of %1").arg(Format::date(QDate::currentDate().toString(Qt::ISODate)));
        const QString name =
            QInputDialog::getText(this, tr("Freeze the plan"),
                                  tr("Name of the baseline (the budget, the timeline and the "
                                     "indicators' targets are kept as they are today):"),
                                  QLineEdit::Normal, suggested, &ok);
        if (ok && !name.trimmed().isEmpty())
            m_baselines->selectId(freeze(name.trimmed()));
    });
    m_summary->setWordWrap(true);
    m_differences->setAccessibleName(tr("Changes since the baseline"));
    m_differences->setHorizontalHeaderLabels(
        {tr("What"), tr("Subject"), tr("In the baseline"), tr("Now"), tr("Change")});
    m_differences->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_differences->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_differences->verticalHeader()->hide();

    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->setAccessibleName(tr("Changes of"));
    auto *scopeRow = new QHBoxLayout;
    auto *scopeLabel = new QLabel(tr("Changes of:"));
    scopeLabel->setBuddy(m_scope);
    scopeRow->addWidget(scopeLabel);
    scopeRow->addWidget(m_scope, 1);
    bottomLayout->addLayout(scopeRow);
    bottomLayout->addWidget(m_summary);
    bottomLayout->addWidget(m_differences);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_baselines);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(1, 3);
    (new QVBoxLayout(this))->addWidget(splitter);

    connect(m_baselines, &EntityTableEditor::currentIdChanged, this, &BaselinesPage::compare);
    refreshScope();
    connect(m_scope, &QComboBox::currentIndexChanged, this, &BaselinesPage::compare);
    static const QStringList planTables{QStringLiteral("budget_entry"), QStringLiteral("milestone"),
                                        QStringLiteral("indicator"), QStringLiteral("investment_line"),
                                        QStringLiteral("baseline")};
    connect(&ctx.notifier, &Notifier::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("strategy"))
            refreshScope();
        if (planTables.contains(table))
            compare();
    });
    m_baselines->selectId(m_baselines->model()->idAt(m_baselines->model()->rowCount() - 1));
    compare();
}

QString BaselinesPage::freeze(const QString &name)
{
    return Edit::addRow(m_ctx, Entities::baseline(),
                        {{QStringLiteral("name"), name},
                         {QStringLiteral("taken_on"), QDate::currentDate().toString(Qt::ISODate)},
                         {QStringLiteral("plan"), Baseline::capture(Steering::load(m_ctx.store))}});
}

void BaselinesPage::refreshScope()
{
    const QString chosen = m_scope->currentData().toString();
    const QSignalBlocker quiet(m_scope);
    m_scope->clear();
    m_scope->addItem(tr("the whole project"), QString());
    for (const Row &s : m_ctx.store.rows(Entities::strategy()))
        m_scope->addItem(s.value(QStringLiteral("title")).toString(), s.value(QStringLiteral("id")));
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(chosen)));
}

void BaselinesPage::compare()
{
    m_differences->setRowCount(0);
    const QString id = m_baselines->currentId();
    if (id.isEmpty()) {
        m_summary->setText(tr("Freeze the plan to compare it later with what it has become."));
        return;
    }
    bool ok = true;
    const QList<Baseline::Difference> diffs =
        Baseline::compare(m_ctx.store.value(Entities::baseline(), id, QStringLiteral("plan")).toString(),
                          Steering::load(m_ctx.store), &ok, m_scope->currentData().toString());
    const QString name = m_ctx.store.value(Entities::baseline(), id, QStringLiteral("name")).toString();
    if (!ok) {
        m_summary->setText(tr("The baseline “%1” cannot be read: its stored plan is damaged.").arg(name));
        return;
    }
    m_summary->setText(diffs.isEmpty() ? tr("The plan has not changed since “%1”.").arg(name)
                                       : tr("Changes since “%1”: %2.").arg(name).arg(diffs.size()));
    const QString kinds[] = {tr("Budget"), tr("Timeline"), tr("Indicator")};
    m_differences->setRowCount(int(diffs.size()));
    for (int r = 0; r < diffs.size(); ++r) {
        const Baseline::Difference &d = diffs[r];
        const QString cells[] = {kinds[d.kind], d.subject, d.before, d.after, d.change};
        for (int c = 0; c < 5; ++c)
            m_differences->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    for (int c : {0, 2, 3, 4}) // the subject takes the rest
        m_differences->resizeColumnToContents(c);
}

} // namespace Atelier::Cockpit
