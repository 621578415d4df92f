// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitytableeditor.h"

#include "entitytablemodel.h"
#include "fielddelegate.h"

#include "core/edit.h"
#include "core/projectcontext.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Atelier {

EntityTableEditor::EntityTableEditor(ProjectContext &ctx, const TableInfo &table, const QStringList &columns,
                                     const QString &addLabel, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_table(table), m_model(new EntityTableModel(ctx, table, columns, this)),
      m_view(new QTableView(this)), m_toolBar(new QToolBar(this))
{
    m_view->setModel(m_model);
    m_view->setItemDelegate(new FieldDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Every column at least as wide as its title: no header is cut short.
    QHeaderView *header = m_view->horizontalHeader();
    for (int c = 0; c < header->count(); ++c)
        header->resizeSection(c, std::max(header->sectionSize(c), header->sectionSizeHint(c)));
    m_view->setWordWrap(false);
    m_view->setAccessibleName(addLabel);

    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_add = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("list-add")), addLabel, this,
                                 &EntityTableEditor::addRow);
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert));
    m_add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_remove = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove"), this,
                                    &EntityTableEditor::removeSelected);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_add, m_remove});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EntityTableEditor::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentIdChanged(m_model->idAt(current.row())); });
    updateActions();
}

void EntityTableEditor::setFilter(const QString &column, const QString &value)
{
    m_model->setFilter(column, value);
    m_defaults.insert(column, value);
    m_filtered = true;
    updateActions();
}

void EntityTableEditor::setAttachmentRequired(bool required)
{
    m_attachmentRequired = required;
    updateActions();
}

void EntityTableEditor::addToolAction(QAction *action)
{
    m_toolBar->addAction(action);
    QWidget::addAction(action);
}

QStringList EntityTableEditor::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << m_model->idAt(index.row());
    return ids;
}

QString EntityTableEditor::currentId() const
{
    return m_model->idAt(m_view->currentIndex().row());
}

void EntityTableEditor::selectId(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void EntityTableEditor::addRow()
{
    if (m_addHandler) {
        m_addHandler();
        return;
    }
    const QString id = Edit::addRow(m_ctx, m_table, m_defaults);
    if (id.isEmpty())
        return;
    selectId(id);
    m_view->setFocus();
    m_view->edit(m_view->currentIndex());
}

void EntityTableEditor::removeSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (m_removeHandler)
        m_removeHandler(ids);
    else
        Edit::removeRows(m_ctx, m_table, ids);
}

void EntityTableEditor::updateActions()
{
    const bool editable = !m_ctx.isReadOnly();
    // A filtered table (the risks of a scenario) adds nothing until there is something to attach to.
    const bool attached = !m_filtered || !m_attachmentRequired || !m_model->filterValue().isEmpty();
    m_add->setEnabled(editable && attached);
    m_remove->setEnabled(editable && m_view->selectionModel()->hasSelection());
}

} // namespace Atelier
