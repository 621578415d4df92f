// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergedialog.h"

#include "core/format.h"
#include "core/project.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Atelier {

MergeDialog::MergeDialog(Project &project, Merge::Plan plan, QHash<QString, QString> panelTitles,
                         QList<const TableInfo *> tables, QWidget *parent)
    : QDialog(parent), m_project(project), m_plan(std::move(plan)), m_panelTitles(std::move(panelTitles)),
      m_tableModules(project.schema().tableModules())
{
    for (const TableInfo *table : tables)
        m_tables.insert(table->table(), table);
    setWindowTitle(tr("Bring back a copy"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<b>%1</b>, shared %2, comes back with the work done in %3.")
                                 .arg(m_plan.theirsFile.toHtmlEscaped(),
                                      QLocale().toString(QDateTime::fromString(m_plan.sharedAt, Qt::ISODate).toLocalTime(),
                                                         QLocale::ShortFormat),
                                      m_plan.theirsAdministration.isEmpty() ? tr("the other administration")
                                                                            : m_plan.theirsAdministration.toHtmlEscaped()));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    QStringList merged;
    for (auto it = m_plan.counts.cbegin(); it != m_plan.counts.cend(); ++it) {
        QStringList parts;
        if (it->added)
            parts << tr("%n added", nullptr, it->added);
        if (it->changed)
            parts << tr("%n changed", nullptr, it->changed);
        if (it->removed)
            parts << tr("%n removed", nullptr, it->removed);
        if (!parts.isEmpty())
            merged << tr("%1: %2").arg(where(it.key()), parts.join(tr(", ")));
    }
    auto *summary = new QLabel(merged.isEmpty() ? tr("Nothing merges without question.")
                                                : tr("Merges without question:") + QStringLiteral("<br>") +
                                                      merged.join(QStringLiteral("<br>")));
    summary->setObjectName(QStringLiteral("mergeSummary"));
    summary->setWordWrap(true);
    layout->addWidget(summary);
    if (!m_plan.journal.isEmpty())
        layout->addWidget(new QLabel(tr("Their journal brings %n entries.", nullptr, int(m_plan.journal.size()))));

    if (!m_plan.conflicts.isEmpty()) {
        auto *ask = new QLabel(tr("%n conflicts: choose, for each, what to keep. The value not kept is set aside in "
                                  "the project, and the merge can be undone.",
                                  nullptr, int(m_plan.conflicts.size())));
        ask->setWordWrap(true);
        layout->addWidget(ask);
        m_conflicts = new QTableWidget(int(m_plan.conflicts.size()), 6, this);
        m_conflicts->setObjectName(QStringLiteral("mergeConflicts"));
        m_conflicts->setHorizontalHeaderLabels(
            {tr("Conflict"), tr("Row"), tr("Field"), tr("Here"), tr("In the copy"), tr("Keep")});
        m_conflicts->verticalHeader()->hide();
        m_conflicts->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_conflicts->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_conflicts->setWordWrap(true);
        for (int row = 0; row < m_plan.conflicts.size(); ++row) {
            const Merge::Conflict &c = m_plan.conflicts[row];
            const auto value = [this, &c](const QVariant &v, const QString &by) {
                const QString shown = v.isValid() ? valueText(c, v) : tr("(removed)");
                return by.isEmpty() ? shown : tr("%1\n— %2").arg(shown, by);
            };
            const QStringList cells{c.describe(), tr("%1 “%2”").arg(rowKind(c.table), c.label), columnLabel(c.table, c.column),
                                    value(c.ours, c.oursBy), value(c.theirs, c.theirsBy)};
            for (int column = 0; column < cells.size(); ++column)
                m_conflicts->setItem(row, column, new QTableWidgetItem(cells[column]));
            auto *choice = new QComboBox(m_conflicts);
            choice->addItems({tr("Here"), tr("The copy")});
            choice->setCurrentIndex(c.takeTheirs ? 1 : 0);
            choice->setAccessibleName(tr("Keep for %1 “%2”").arg(columnLabel(c.table, c.column), c.label));
            m_conflicts->setCellWidget(row, 5, choice);
            m_choices << choice;
        }
        QHeaderView *header = m_conflicts->horizontalHeader();
        for (const int column : {0, 2, 5})
            header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        for (const int column : {1, 3, 4})
            header->setSectionResizeMode(column, QHeaderView::Stretch);
        m_conflicts->resizeRowsToContents();
        layout->addWidget(m_conflicts, 1);
        auto *all = new QHBoxLayout;
        auto *ours = new QPushButton(tr("Keep everything &here"));
        ours->setObjectName(QStringLiteral("keepOurs"));
        auto *theirs = new QPushButton(tr("Take everything from the &copy"));
        theirs->setObjectName(QStringLiteral("takeTheirs"));
        connect(ours, &QPushButton::clicked, this, [this] { keepAll(false); });
        connect(theirs, &QPushButton::clicked, this, [this] { keepAll(true); });
        all->addWidget(ours);
        all->addWidget(theirs);
        all->addStretch();
        layout->addLayout(all);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("merge"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_plan.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, m_plan.conflicts.isEmpty() ? 260 : 520);
}

QString MergeDialog::where(const QString &table) const
{
    const QString panel = m_panelTitles.value(m_tableModules.value(table));
    return panel.isEmpty() ? table : tr("%1 · %2").arg(panel, table);
}

QString MergeDialog::rowKind(const QString &table) const
{
    // The row is named by its label column's field ("Holder “Atelier Nord-Sud”"), in its panel.
    if (const TableInfo *info = m_tables.value(table))
        for (const QString &column : Merge::labelColumns())
            if (const FieldInfo *f = info->field(column))
                return tr("%1 · %2").arg(where(table).section(tr(" · "), 0, 0), f->translatedLabel());
    return where(table);
}

const FieldInfo *MergeDialog::field(const QString &table, const QString &column) const
{
    const TableInfo *info = m_tables.value(table);
    return info ? info->field(column) : nullptr;
}

QString MergeDialog::columnLabel(const QString &table, const QString &column) const
{
    QStringList labels;
    for (const QString &c : column.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
        const FieldInfo *f = field(table, c);
        labels << (f ? f->translatedLabel() : c);
    }
    return labels.join(tr(", "));
}

QString MergeDialog::valueText(const Merge::Conflict &c, const QVariant &value) const
{
    const FieldInfo *f = c.column.contains(u',') ? nullptr : field(c.table, c.column);
    return f ? Format::value(*f, value) : value.toString();
}

bool MergeDialog::takesTheirs(int row) const
{
    return m_choices.value(row) && m_choices[row]->currentIndex() == 1;
}

void MergeDialog::keepAll(bool theirs)
{
    for (QComboBox *choice : std::as_const(m_choices))
        choice->setCurrentIndex(theirs ? 1 : 0);
}

void MergeDialog::accept()
{
    for (int row = 0; row < m_plan.conflicts.size(); ++row)
        m_plan.conflicts[row].takeTheirs = takesTheirs(row);
    QString why;
    if (!Merge::apply(m_project.context(), m_plan, true, &why)) {
        QMessageBox::warning(this, windowTitle(), tr("The copy could not be merged: %1").arg(why));
        return;
    }
    QDialog::accept();
}

} // namespace Atelier
