// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoregrid.h"

#include "workshop.h"

#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"

#include <utility>

namespace Atelier::Modeler {

static const QString kId = QStringLiteral("id");

ScoreGrid::ScoreGrid(ProjectContext &ctx, QWidget *parent) : QTableWidget(parent), m_ctx(ctx)
{
    setObjectName(QStringLiteral("scoreGrid"));
    setAccessibleName(tr("Scores of the scenarios (0 to 5)"));
    setEditTriggers(DoubleClicked | EditKeyPressed | AnyKeyPressed); // typing a digit starts the score
    connect(this, &QTableWidget::cellChanged, this, &ScoreGrid::onCellChanged);
    connect(&ctx.notifier, &Notifier::tableChanged, this, [this](const QString &table) {
        if (table == Tables::score().table())
            schedule(Change::Scores);
        else if (table == Tables::scenario().table() || table == Tables::criterion().table())
            schedule(Change::Layout);
    });
    rebuild();
}

void ScoreGrid::schedule(Change change)
{
    // Edits come from this grid's own cells, inside their signals: update once, after them.
    m_layoutPending = m_layoutPending || change == Change::Layout;
    if (std::exchange(m_pending, true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pending = false;
            if (std::exchange(m_layoutPending, false))
                rebuild();
            else
                showScores();
        },
        Qt::QueuedConnection);
}

QString ScoreGrid::scenarioAt(int row) const
{
    const QTableWidgetItem *header = verticalHeaderItem(row);
    return header ? header->data(Qt::UserRole).toString() : QString();
}

QString ScoreGrid::criterionAt(int column) const
{
    const QTableWidgetItem *header = horizontalHeaderItem(column);
    return header ? header->data(Qt::UserRole).toString() : QString();
}

void ScoreGrid::rebuild()
{
    const QString currentScenario = scenarioAt(currentRow());
    const QString currentCriterion = criterionAt(currentColumn());
    const QList<Row> scenarios = m_ctx.store.rows(Tables::scenario());
    const QList<Row> criteria = m_ctx.store.rows(Tables::criterion());
    m_updating = true;
    clear();
    setRowCount(int(scenarios.size()));
    setColumnCount(int(criteria.size()));
    int row = -1, column = -1;
    for (int c = 0; c < criteria.size(); ++c) {
        auto *header = new QTableWidgetItem(criteria[c].value(QStringLiteral("name")).toString());
        header->setData(Qt::UserRole, criteria[c].value(kId));
        setHorizontalHeaderItem(c, header);
        if (criteria[c].value(kId).toString() == currentCriterion)
            column = c;
    }
    for (int r = 0; r < scenarios.size(); ++r) {
        auto *header = new QTableWidgetItem(scenarios[r].value(QStringLiteral("title")).toString());
        header->setData(Qt::UserRole, scenarios[r].value(kId));
        setVerticalHeaderItem(r, header);
        if (scenarios[r].value(kId).toString() == currentScenario)
            row = r;
        for (int c = 0; c < criteria.size(); ++c) {
            auto *cell = new QTableWidgetItem;
            cell->setTextAlignment(Qt::AlignCenter);
            if (m_ctx.isReadOnly())
                cell->setFlags(cell->flags() & ~Qt::ItemIsEditable);
            setItem(r, c, cell);
        }
    }
    m_updating = false;
    showScores();
    if (row >= 0 && column >= 0)
        setCurrentCell(row, column);
}

void ScoreGrid::showScores()
{
    QHash<QPair<QString, QString>, int> scores;
    for (const Row &s : m_ctx.store.rows(Tables::score()))
        scores.insert({s.value(QStringLiteral("scenario_id")).toString(),
                       s.value(QStringLiteral("criterion_id")).toString()},
                      s.value(QStringLiteral("value")).toInt());
    m_updating = true;
    for (int r = 0; r < rowCount(); ++r) {
        for (int c = 0; c < columnCount(); ++c) {
            const auto key = qMakePair(scenarioAt(r), criterionAt(c));
            const QString text = scores.contains(key) ? QString::number(scores.value(key)) : QString();
            if (QTableWidgetItem *cell = item(r, c); cell && cell->text() != text)
                cell->setText(text);
        }
    }
    m_updating = false;
}

void ScoreGrid::onCellChanged(int row, int column)
{
    if (m_updating)
        return;
    bool ok = false;
    const int value = item(row, column)->text().trimmed().toInt(&ok);
    if (ok && value >= 0 && value <= 5)
        Workshop::setScore(m_ctx, scenarioAt(row), criterionAt(column), value);
    schedule(Change::Scores); // the cell shows what is recorded (a refused score goes back)
}

void ScoreGrid::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    QTableWidget::closeEditor(editor, hint);
    // Enter moves down, as in a spreadsheet; Tab already moves right.
    if (hint == QAbstractItemDelegate::SubmitModelCache && currentRow() + 1 < rowCount())
        setCurrentCell(currentRow() + 1, currentColumn());
}

} // namespace Atelier::Modeler
