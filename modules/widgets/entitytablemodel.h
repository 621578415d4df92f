// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entities.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

namespace Atelier {

struct ProjectContext;

/// The rows of one shared entity as a table, for any view. Reads the store, follows the notifier,
/// and turns setData() into an undoable Edit:: call: it never writes by itself.
class EntityTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// The field of a column, for delegates.
    static constexpr int FieldKindRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    EntityTableModel(ProjectContext &ctx, const TableInfo &table, const QStringList &columns,
                     QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Writes a column's cells with `display` instead of the field's own format (a text whose meaning
    /// depends on another column of the row).
    void setDisplay(const QString &column, std::function<QString(const Row &)> display);
    /// Writes a column through `write` (a rule of the domain: the dots a participant may still give)
    /// instead of a plain Edit::setValue. `write` returns false to refuse; the cell keeps what is stored.
    void setWriter(const QString &column,
                   std::function<bool(const QString &id, const QVariant &value)> write);
    /// Offers, in a Reference column, only the rows `fits` accepts for the row being edited (the
    /// elements of an amendment's own scenario).
    void setReferenceFilter(const QString &column,
                            std::function<bool(const Row &row, const Row &candidate)> fits);
    /// Names the rows a Reference column points to with `name` instead of their label field (an
    /// element of kind “mode” by the investment mode's name), in its cells and in its editor.
    void setReferenceName(const QString &column, std::function<QString(const Row &referenced)> name);
    /// Shows only the rows whose `column` holds `value` (the risks of one scenario…); with an empty
    /// value, only the rows attached to nothing (so: none, in practice). Filters on several columns
    /// combine (the legal elements of one strategy); setting a column's filter again replaces it.
    void setFilter(const QString &column, const QString &value);
    /// The value of the first filter set: the parent the rows belong to.
    QString filterValue() const;

    const TableInfo &table() const { return m_table; }
    const FieldInfo &field(int column) const { return *m_fields.at(column); }
    int columnOf(const QString &column) const;
    QString idAt(int row) const;
    int rowOf(const QString &id) const;
    /// The rows the Reference cell at `index` may point to (for editors).
    QList<Row> referenceRows(const QModelIndex &index) const;
    /// How a referenced row is named in the Reference column `f`.
    QString referenceName(const FieldInfo &f, const Row &referenced) const;

private:
    QString referenceLabel(const FieldInfo &f, const QString &id) const;
    void onInserted(const QString &table, const QString &id);
    void onRemoved(const QString &table, const QString &id);
    void onChanged(const QString &table, const QString &id, const QString &column);

    ProjectContext &m_ctx;
    const TableInfo &m_table;
    QList<const FieldInfo *> m_fields;
    QList<Row> visibleRows() const;
    QList<Row> m_rows;
    bool matches(const Row &row) const;
    bool isFiltered(const QString &column) const;
    QList<QPair<QString, QString>> m_filters;
    QHash<QString, std::function<QString(const Row &)>> m_display;
    QHash<QString, std::function<bool(const QString &, const QVariant &)>> m_writers;
    QHash<QString, std::function<bool(const Row &, const Row &)>> m_referenceFilters;
    QHash<QString, std::function<QString(const Row &)>> m_referenceNames;
};

} // namespace Atelier
