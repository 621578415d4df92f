// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitytablemodel.h"

#include <algorithm>

#include "core/edit.h"
#include "core/format.h"
#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"

namespace Atelier {

static const QString kId = QStringLiteral("id");

EntityTableModel::EntityTableModel(ProjectContext &ctx, const TableInfo &table, const QStringList &columns,
                                   QObject *parent)
    : QAbstractTableModel(parent), m_ctx(ctx), m_table(table), m_rows(ctx.store.rows(table))
{
    for (const QString &column : columns) {
        const FieldInfo *field = table.field(column);
        Q_ASSERT_X(field, "EntityTableModel", "unknown column");
        if (field)
            m_fields << field;
    }
    connect(&ctx.notifier, &Notifier::rowInserted, this, &EntityTableModel::onInserted);
    connect(&ctx.notifier, &Notifier::rowRemoved, this, &EntityTableModel::onRemoved);
    connect(&ctx.notifier, &Notifier::valueChanged, this, &EntityTableModel::onChanged);
    connect(&ctx.notifier, &Notifier::tableReloaded, this, [this](const QString &reloaded) {
        if (reloaded != m_table.table())
            return;
        beginResetModel();
        m_rows = visibleRows();
        endResetModel();
    });
    // A referred row renamed elsewhere changes what this table shows.
    connect(&ctx.notifier, &Notifier::valueChanged, this, [this](const QString &changedTable) {
        for (int c = 0; c < m_fields.size(); ++c)
            if (m_fields[c]->reference && m_fields[c]->reference().table() == changedTable &&
                !m_rows.isEmpty())
                Q_EMIT dataChanged(index(0, c), index(int(m_rows.size()) - 1, c));
    });
}

int EntityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant EntityTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const FieldInfo &f = field(index.column());
    const QVariant stored = m_rows.at(index.row()).value(QLatin1String(f.column));
    if (f.kind == FieldKind::Bool)
        return role == Qt::CheckStateRole ? QVariant(stored.toBool() ? Qt::Checked : Qt::Unchecked)
                                          : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        if (const auto display = m_display.value(QLatin1String(f.column)))
            return display(m_rows.at(index.row()));
        if (f.kind == FieldKind::Reference)
            return referenceLabel(f, stored.toString());
        return Format::value(f, stored);
    case Qt::EditRole:
        return stored;
    case Qt::ToolTipRole:
        return f.kind == FieldKind::Text ? stored : QVariant();
    case FieldKindRole:
        return int(f.kind);
    case IdRole:
        return m_rows.at(index.row()).value(kId);
    default:
        return {};
    }
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_fields.size())
        return field(section).translatedLabel();
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool EntityTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid())
        return false;
    const FieldInfo &f = field(index.column());
    QVariant stored = value;
    if (f.kind == FieldKind::Bool && role == Qt::CheckStateRole)
        stored = value.toInt() == Qt::Checked ? 1 : 0;
    else if (role != Qt::EditRole)
        return false;
    if (const auto write = m_writers.value(QLatin1String(f.column)))
        return write(idAt(index.row()), stored);
    return Edit::setValue(m_ctx, m_table, idAt(index.row()), QLatin1String(f.column), stored);
}

QList<Row> EntityTableModel::referenceRows(const QModelIndex &index) const
{
    if (!index.isValid() || !field(index.column()).reference)
        return {};
    const FieldInfo &f = field(index.column());
    QList<Row> rows = m_ctx.store.rows(f.reference());
    if (const auto fits = m_referenceFilters.value(QLatin1String(f.column))) {
        const Row &row = m_rows.at(index.row());
        rows.removeIf([&](const Row &candidate) { return !fits(row, candidate); });
    }
    return rows;
}

QString EntityTableModel::referenceLabel(const FieldInfo &f, const QString &id) const
{
    if (id.isEmpty() || !f.reference)
        return {};
    if (m_referenceNames.contains(QLatin1String(f.column)))
        return referenceName(f, m_ctx.store.row(f.reference(), id));
    return m_ctx.store.value(f.reference(), id, QLatin1String(f.referenceLabel)).toString();
}

QString EntityTableModel::referenceName(const FieldInfo &f, const Row &referenced) const
{
    if (const auto name = m_referenceNames.value(QLatin1String(f.column)))
        return name(referenced);
    return referenced.value(QLatin1String(f.referenceLabel)).toString();
}

void EntityTableModel::setReferenceName(const QString &column, std::function<QString(const Row &)> name)
{
    m_referenceNames.insert(column, std::move(name));
}

Qt::ItemFlags EntityTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || !field(index.column()).isEditable() || m_ctx.isReadOnly())
        return f;
    f |= field(index.column()).kind == FieldKind::Bool ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
    return f;
}

int EntityTableModel::columnOf(const QString &column) const
{
    for (int i = 0; i < m_fields.size(); ++i)
        if (column == QLatin1String(m_fields[i]->column))
            return i;
    return -1;
}

QString EntityTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value(kId).toString() : QString();
}

int EntityTableModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].value(kId).toString() == id)
            return i;
    return -1;
}

QList<Row> EntityTableModel::visibleRows() const
{
    QList<Row> rows = m_ctx.store.rows(m_table);
    if (!m_filters.isEmpty())
        rows.removeIf([this](const Row &r) { return !matches(r); });
    return rows;
}

bool EntityTableModel::matches(const Row &row) const
{
    for (const auto &[column, value] : m_filters)
        if (row.value(column).toString() != value)
            return false;
    return true;
}

bool EntityTableModel::isFiltered(const QString &column) const
{
    for (const auto &filter : m_filters)
        if (filter.first == column)
            return true;
    return false;
}

QString EntityTableModel::filterValue() const
{
    return m_filters.isEmpty() ? QString() : m_filters.first().second;
}

void EntityTableModel::setDisplay(const QString &column, std::function<QString(const Row &)> display)
{
    m_display.insert(column, std::move(display));
}

void EntityTableModel::setWriter(const QString &column,
                                 std::function<bool(const QString &id, const QVariant &value)> write)
{
    m_writers.insert(column, std::move(write));
}

void EntityTableModel::setReferenceFilter(const QString &column,
                                          std::function<bool(const Row &row, const Row &candidate)> fits)
{
    m_referenceFilters.insert(column, std::move(fits));
}

void EntityTableModel::setFilter(const QString &column, const QString &value)
{
    beginResetModel();
    auto same =
        std::find_if(m_filters.begin(), m_filters.end(), [&](const auto &f) { return f.first == column; });
    if (same != m_filters.end())
        same->second = value;
    else
        m_filters.append({column, value});
    m_rows = visibleRows();
    endResetModel();
}

void EntityTableModel::onInserted(const QString &table, const QString &id)
{
    if (table != m_table.table())
        return;
    // Only the new row is read (not the whole table again: a demo or an import adds rows one by one).
    const Row fresh = m_ctx.store.row(m_table, id);
    if (fresh.isEmpty() || !matches(fresh) || rowOf(id) >= 0)
        return;
    // Where the store's order (Store::rows: position, then id; else the order rows were added) puts it.
    qsizetype at = m_rows.size();
    if (m_table.ordered) {
        const auto key = [](const Row &r) {
            return std::pair(r.value(QStringLiteral("position")).toLongLong(), r.value(kId).toString());
        };
        at = std::upper_bound(m_rows.cbegin(), m_rows.cend(), key(fresh),
                              [&key](const auto &k, const Row &r) { return k < key(r); }) -
             m_rows.cbegin();
    }
    beginInsertRows({}, int(at), int(at));
    m_rows.insert(at, fresh);
    endInsertRows();
}

void EntityTableModel::onRemoved(const QString &table, const QString &id)
{
    const int row = table == m_table.table() ? rowOf(id) : -1;
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void EntityTableModel::onChanged(const QString &table, const QString &id, const QString &column)
{
    if (table != m_table.table())
        return;
    const int row = rowOf(id);
    if (row < 0) {
        if (isFiltered(column)) // it may belong here now
            onInserted(table, id);
        return;
    }
    if (column == QLatin1String("position") && m_table.ordered) { // moved: the rows follow their order
        beginResetModel();
        m_rows = visibleRows();
        endResetModel();
        return;
    }
    m_rows[row].insert(column, m_ctx.store.value(m_table, id, column));
    if (isFiltered(column) && !matches(m_rows[row])) {
        onRemoved(table, id); // no longer belongs here
        return;
    }
    // A column written its own way may depend on this one: repaint the row.
    const int col = m_display.isEmpty() ? columnOf(column) : -1;
    Q_EMIT dataChanged(index(row, col >= 0 ? col : 0), index(row, col >= 0 ? col : columnCount() - 1));
}

} // namespace Atelier
