// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journaldialog.h"

#include "core/journal.h"
#include "core/project.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Atelier {

namespace {
enum Column { When, Who, Administration, Panels, What, Summary, ColumnCount };
constexpr int kModulesRole = Qt::UserRole + 1;
} // namespace

JournalDialog::JournalDialog(Project &project, QHash<QString, QString> panelTitles, QWidget *parent)
    : QDialog(parent), m_project(project), m_panelTitles(std::move(panelTitles))
{
    setWindowTitle(tr("Journal of changes"));
    auto *layout = new QVBoxLayout(this);
    m_verdict = new QLabel;
    m_verdict->setObjectName(QStringLiteral("journalVerdict"));
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);
    auto *filters = new QHBoxLayout;
    const auto combo = [this, filters](const QString &name, const QString &label) {
        auto *box = new QComboBox(this);
        box->setObjectName(name);
        auto *caption = new QLabel(label);
        caption->setBuddy(box);
        filters->addWidget(caption);
        filters->addWidget(box, 1);
        connect(box, &QComboBox::currentIndexChanged, this, &JournalDialog::filter);
        return box;
    };
    m_panel = combo(QStringLiteral("journalPanel"), tr("&Panel:"));
    m_person = combo(QStringLiteral("journalPerson"), tr("P&erson:"));
    m_administration = combo(QStringLiteral("journalAdministration"), tr("&Administration:"));
    layout->addLayout(filters);
    m_entries = new QTableWidget(0, ColumnCount, this);
    m_entries->setObjectName(QStringLiteral("journalEntries"));
    m_entries->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Administration"), tr("Panels"), tr("What"), tr("Changes")});
    m_entries->verticalHeader()->hide();
    m_entries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entries->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_entries, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    fill();
    resize(1000, 560);
}

void JournalDialog::fill()
{
    Sql::Connection &db = m_project.store().connection();
    const Journal::Verdict verdict = Journal::verify(db);
    m_verdict->setText(verdict.intact ? tr("%n entries; each carries the fingerprint of the one before: the chain holds.",
                                           nullptr, verdict.entries)
                                      : tr("<b>The journal is broken.</b> %1").arg(verdict.why.toHtmlEscaped()));
    const QList<JournalEntry> entries = Journal::entries(db);
    QStringList people, administrations, modules;
    m_entries->setRowCount(int(entries.size()));
    int row = 0;
    for (auto e = entries.crbegin(); e != entries.crend(); ++e, ++row) {
        QStringList panels;
        for (const QString &module : e->modules.split(u',', Qt::SkipEmptyParts)) {
            panels << m_panelTitles.value(module, module);
            if (!modules.contains(module))
                modules << module;
        }
        const QString action = e->merged.isEmpty() ? e->action : tr("%1 (merge)").arg(e->action);
        const QString changes = ChangeSummary::fromJson(e->detail).describe();
        const QStringList cells{QLocale().toString(QDateTime::fromString(e->at, Qt::ISODateWithMs).toLocalTime(),
                                                   QLocale::ShortFormat),
                                e->person, e->administration, panels.join(tr(", ")), action,
                                QString(changes).replace(u'\n', QStringLiteral(" · "))};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == Summary || column == What)
                item->setToolTip(column == Summary ? changes : cells[column]);
            m_entries->setItem(row, column, item);
        }
        m_entries->item(row, When)->setData(kModulesRole, e->modules.split(u',', Qt::SkipEmptyParts));
        if (!people.contains(e->person))
            people << e->person;
        if (!administrations.contains(e->administration))
            administrations << e->administration;
    }
    people.sort(Qt::CaseInsensitive);
    administrations.sort(Qt::CaseInsensitive);
    m_panel->addItem(tr("All panels"), QString());
    for (const QString &module : std::as_const(modules))
        m_panel->addItem(m_panelTitles.value(module, module), module);
    m_person->addItem(tr("Everyone"), QString());
    for (const QString &p : std::as_const(people))
        m_person->addItem(p, p);
    m_administration->addItem(tr("All administrations"), QString());
    for (const QString &a : std::as_const(administrations))
        m_administration->addItem(a, a);
    m_entries->resizeColumnsToContents();
    m_entries->setColumnWidth(What, qMin(m_entries->columnWidth(What), 320));
    m_entries->setColumnWidth(Administration, qMin(m_entries->columnWidth(Administration), 220));
    m_entries->setWordWrap(false);
}

void JournalDialog::filter()
{
    const QString module = m_panel->currentData().toString(), person = m_person->currentData().toString(),
                  administration = m_administration->currentData().toString();
    for (int row = 0; row < m_entries->rowCount(); ++row) {
        const bool shown = (module.isEmpty() || m_entries->item(row, When)->data(kModulesRole).toStringList().contains(module)) &&
                           (person.isEmpty() || m_entries->item(row, Who)->text() == person) &&
                           (administration.isEmpty() || m_entries->item(row, Administration)->text() == administration);
        m_entries->setRowHidden(row, !shown);
    }
}

int JournalDialog::shownCount() const
{
    int n = 0;
    for (int row = 0; row < m_entries->rowCount(); ++row)
        n += m_entries->isRowHidden(row) ? 0 : 1;
    return n;
}

} // namespace Atelier
