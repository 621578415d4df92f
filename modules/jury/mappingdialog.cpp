// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Atelier::Jury {

MappingDialog::MappingDialog(const CsvTable &table, const QString &fileName, QWidget *parent)
    : QDialog(parent), m_missing(new QLabel), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("mappingDialog"));
    setWindowTitle(tr("Columns of “%1”").arg(fileName));
    const QStringList headers = table.records.value(0);
    const Mapping guess = Pool::guess(headers);
    auto *form = new QFormLayout;
    const QList<std::pair<PoolField, QString>> fields{
        {PoolField::LastName, tr("Name")},
        {PoolField::UsageName, tr("Usage name")},
        {PoolField::FirstNames, tr("First names")},
        {PoolField::Birth, tr("Date or year of birth")},
        {PoolField::Sex, tr("Sex")},
        {PoolField::Neighbourhood, tr("Neighbourhood")},
        {PoolField::PollingStation, tr("Polling station")},
        {PoolField::Commune, tr("Commune")},
        {PoolField::Address, tr("Address (for households; not kept)")}};
    for (const auto &[field, label] : fields) {
        auto *combo = new QComboBox;
        combo->addItem(tr("(none)"), -1);
        for (int i = 0; i < headers.size(); ++i)
            combo->addItem(headers[i], i);
        combo->setCurrentIndex(combo->findData(guess.value(field, -1)));
        combo->setAccessibleName(label);
        connect(combo, &QComboBox::currentIndexChanged, this, &MappingDialog::update);
        m_editors.insert(field, combo);
        auto *name = new QLabel(label + tr(":"));
        name->setBuddy(combo);
        form->addRow(name, combo);
    }
    auto *preview = new QTableWidget(int(std::min<qsizetype>(5, table.records.size() - 1)), int(headers.size()));
    preview->setObjectName(QStringLiteral("mappingPreview"));
    preview->setAccessibleName(tr("The first lines of the file"));
    preview->setHorizontalHeaderLabels(headers);
    preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int r = 0; r < preview->rowCount(); ++r)
        for (int c = 0; c < headers.size(); ++c)
            preview->setItem(r, c, new QTableWidgetItem(table.records[r + 1].value(c)));
    preview->resizeColumnsToContents();
    m_missing->setObjectName(QStringLiteral("mappingMissing"));
    m_missing->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Say which column holds each piece of information. Only what the draw needs is kept."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(preview);
    layout->addWidget(m_missing);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 620);
    update();
}

Mapping MappingDialog::mapping() const
{
    Mapping m;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        if (const int column = it.value()->currentData().toInt(); column >= 0)
            m.insert(it.key(), column);
    return m;
}

void MappingDialog::update()
{
    const QStringList missing = Pool::missing(mapping());
    m_missing->setText(missing.isEmpty() ? QString() : tr("Still missing: %1.").arg(missing.join(QStringLiteral(", "))));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(missing.isEmpty());
}

} // namespace Atelier::Jury
