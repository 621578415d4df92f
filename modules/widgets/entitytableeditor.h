// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entities.h"

#include <QWidget>

#include <functional>

class QTableView;
class QToolBar;
class QAction;

namespace Atelier {

struct ProjectContext;
class EntityTableModel;

/// A table of one shared entity with Add and Remove (Insert / Delete keys too), editable in place.
/// Add makes a row with `defaults` and opens its first cell for typing, unless an add handler
/// replaces it (attachments ask for files instead).
class EntityTableEditor : public QWidget
{
    Q_OBJECT
public:
    EntityTableEditor(ProjectContext &ctx, const TableInfo &table, const QStringList &columns,
                      const QString &addLabel, QWidget *parent = nullptr);

    void setDefaults(const Row &defaults) { m_defaults = defaults; }
    /// Shows only rows whose `column` is `value`; rows added here get that value.
    void setFilter(const QString &column, const QString &value);
    /// Whether a filtered table adds rows only once its filter names a parent (the default: the
    /// risks of no scenario cannot be added). Off for rows whose empty parent means “all”.
    void setAttachmentRequired(bool required);
    void setAddHandler(std::function<void()> handler) { m_addHandler = std::move(handler); }
    /// Replaces Remove's plain removal (rows that own others remove them too, in one step).
    void setRemoveHandler(std::function<void(const QStringList &ids)> handler) { m_removeHandler = std::move(handler); }
    /// Adds a button of the panel's own after Add and Remove.
    void addToolAction(QAction *action);

    QTableView *view() const { return m_view; }
    EntityTableModel *model() const { return m_model; }
    QStringList selectedIds() const;
    QString currentId() const;
    void selectId(const QString &id);

    QAction *addRowAction() const { return m_add; }
    QAction *removeRowAction() const { return m_remove; }

Q_SIGNALS:
    void currentIdChanged(const QString &id);

private:
    void addRow();
    void removeSelected();
    void updateActions();

    ProjectContext &m_ctx;
    const TableInfo &m_table;
    EntityTableModel *m_model;
    QTableView *m_view;
    QToolBar *m_toolBar;
    QAction *m_add;
    QAction *m_remove;
    Row m_defaults;
    bool m_filtered = false;
    bool m_attachmentRequired = true;
    std::function<void()> m_addHandler;
    std::function<void(const QStringList &)> m_removeHandler;
};

} // namespace Atelier
