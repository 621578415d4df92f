// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "consentgrid.h"

#include "clausecase.h"
#include "clauseschema.h"

#include "core/edit.h"
#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>

namespace Atelier::Clause {

ConsentGrid::ConsentGrid(ProjectContext &ctx, QWidget *parent) : QTableWidget(parent), m_ctx(ctx)
{
    setObjectName(QStringLiteral("consentGrid"));
    setColumnCount(3);
    setHorizontalHeaderLabels({tr("Seat"), Tables::stance().field(QStringLiteral("stance"))->translatedLabel(),
                               Tables::stance().field(QStringLiteral("objection"))->translatedLabel()});
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(true);
    setColumnWidth(0, 170);
    setColumnWidth(1, 130);
    setWordWrap(true);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    verticalHeader()->hide();
    setEditTriggers(NoEditTriggers);
    setSelectionMode(NoSelection);
    setAccessibleName(tr("Consent round"));
    const QStringList watched{QStringLiteral("seat_stance"), QStringLiteral("evolution_seat"),
                              QStringLiteral("participant")};
    connect(&ctx.notifier, &Notifier::tableChanged, this, [this, watched](const QString &table) {
        if (watched.contains(table))
            m_rebuildLater.request();
    });
}

void ConsentGrid::setScenario(const QString &evolutionId, const QString &scenarioId)
{
    m_evolutionId = evolutionId;
    m_scenarioId = scenarioId;
    rebuild();
}

void ConsentGrid::setStance(const QString &seatId, const QString &stance, const QString &objection)
{
    if (m_scenarioId.isEmpty())
        return;
    for (const Row &row : ClauseCase::rowsWhere(m_ctx.store, Tables::stance(), QStringLiteral("scenario_id"),
                                                m_scenarioId)) {
        if (row.value(QStringLiteral("seat_id")).toString() != seatId)
            continue;
        const QString id = row.value(QStringLiteral("id")).toString();
        Edit::setValues(m_ctx, Tables::stance(),
                        {{id, QStringLiteral("stance"), stance}, {id, QStringLiteral("objection"), objection}},
                        Tables::stance().field(QStringLiteral("stance"))->translatedEditText());
        return;
    }
    Edit::addRow(m_ctx, Tables::stance(),
                 {{QStringLiteral("scenario_id"), m_scenarioId},
                  {QStringLiteral("seat_id"), seatId},
                  {QStringLiteral("stance"), stance},
                  {QStringLiteral("objection"), objection}});
}

void ConsentGrid::rebuild()
{
    const QList<Seat> seats = ClauseCase::seats(m_ctx.store, m_evolutionId);
    const QHash<QString, Stance> stances = ClauseCase::stances(m_ctx.store, m_scenarioId);
    const FieldInfo &stanceField = *Tables::stance().field(QStringLiteral("stance"));
    // Once the activation is decided, the round is a record: it no longer changes.
    const bool open = m_ctx.store.value(Tables::evolution(), m_evolutionId, QStringLiteral("status")).toString() ==
                      QLatin1String("open");
    const bool editable = open && !m_scenarioId.isEmpty() && !m_ctx.isReadOnly();
    for (int i = 0; i < rowCount(); ++i) // the editors going away must not write any more
        for (int column : {1, 2})
            if (QWidget *editor = cellWidget(i, column))
                QObject::disconnect(editor, nullptr, this, nullptr);
    setRowCount(0);
    setRowCount(int(m_scenarioId.isEmpty() ? 0 : seats.size()));
    for (int i = 0; i < rowCount(); ++i) {
        const Seat &seat = seats.at(i);
        const Stance stance = stances.value(seat.id);
        const QString name = seat.player.isEmpty()
                                 ? tr("%1 (nobody plays it)").arg(ConsentRound::roleName(seat.role))
                                 : tr("%1: %2").arg(ConsentRound::roleName(seat.role), seat.player);
        setItem(i, 0, new QTableWidgetItem(name));
        auto *combo = new QComboBox;
        for (const Choice &choice : stanceField.choices)
            combo->addItem(stanceField.choiceLabel(QLatin1String(choice.key)), QLatin1String(choice.key));
        combo->setCurrentIndex(std::max(0, combo->findData(stance.stance)));
        combo->setEnabled(editable);
        combo->setAccessibleName(tr("Stance of %1").arg(name));
        auto *objection = new QLineEdit(stance.objection);
        const bool objects = stance.stance == QLatin1String("objection");
        if (objects)
            objection->setPlaceholderText(tr("Why, and what would make it acceptable"));
        objection->setEnabled(editable && objects);
        objection->setAccessibleName(tr("Objection of %1").arg(name));
        setCellWidget(i, 1, combo);
        setCellWidget(i, 2, objection);
        const QString seatId = seat.id;
        connect(combo, &QComboBox::activated, this, [this, seatId, combo, objection] {
            setStance(seatId, combo->currentData().toString(), objection->text());
        });
        connect(objection, &QLineEdit::editingFinished, this, [this, seatId, combo, objection] {
            setStance(seatId, combo->currentData().toString(), objection->text());
        });
    }
}

} // namespace Atelier::Clause
