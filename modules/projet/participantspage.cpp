// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "participantspage.h"

#include "core/projectcontext.h"
#include "widgets/entitytableeditor.h"
#include "widgets/entitytablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QTableView>
#include <QVBoxLayout>

namespace Atelier::Projet {

ParticipantsPage::ParticipantsPage(ProjectContext &ctx, QWidget *parent)
    : QWidget(parent), m_table(new EntityTableEditor(ctx, Entities::participant(),
                                                     {QStringLiteral("name"), QStringLiteral("organisation"),
                                                      QStringLiteral("role"), QStringLiteral("contact")},
                                                     tr("Add participant"), this)),
      m_summary(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("participants"));
    m_table->setDefaults({{QStringLiteral("role"), QStringLiteral("other")}});
    QHeaderView *header = m_table->view()->horizontalHeader();
    header->resizeSection(0, 220);
    header->resizeSection(1, 260);
    header->resizeSection(2, 200);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("participantSummary"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    EntityTableModel *model = m_table->model();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &ParticipantsPage::updateSummary);
    connect(model, &QAbstractItemModel::dataChanged, this, &ParticipantsPage::updateSummary);
    updateSummary();
}

void ParticipantsPage::updateSummary()
{
    const EntityTableModel *model = m_table->model();
    const int roleColumn = model->columnOf(QStringLiteral("role"));
    QMap<QString, int> perRole;
    for (int row = 0; row < model->rowCount(); ++row)
        ++perRole[model->index(row, roleColumn).data().toString()];
    QStringList parts;
    for (auto it = perRole.cbegin(); it != perRole.cend(); ++it)
        parts << tr("%1: %2").arg(it.key()).arg(it.value());
    m_summary->setText(
        model->rowCount() == 0
            ? tr("No participant yet. Add the prescriber, the buyers, the elected official, the "
                 "reservist buyer and the citizen jury: every panel uses this list.")
            : tr("Participants: %1 — %2").arg(model->rowCount()).arg(parts.join(QStringLiteral(", "))));
}

} // namespace Atelier::Projet
