// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendancemodel.h"

#include "juryschema.h"

#include "core/format.h"
#include "core/notifier.h"
#include "core/projectcontext.h"

#include <cmath>

namespace Atelier::Jury {

AttendanceModel::AttendanceModel(ProjectContext &ctx, QObject *parent) : QAbstractTableModel(parent), m_ctx(ctx)
{
    connect(&ctx.notifier, &Notifier::tableChanged, this, [this](const QString &table) {
        if (table == Tables::juror().table() || table == Tables::session().table() ||
            table == Tables::attendance().table() || table == Tables::draw().table())
            reload();
    });
    reload();
}

void AttendanceModel::reload()
{
    beginResetModel();
    m_jurors = DrawStore::jurors(m_ctx.store);
    m_sessions = DrawStore::sessions(m_ctx.store);
    m_present = DrawStore::attendance(m_ctx.store);
    const auto d = DrawStore::record(m_ctx.store);
    m_dailyAllowance = d ? d->dailyAllowance : 0;
    endResetModel();
}

qint64 AttendanceModel::allowance(double days) const
{
    return qint64(std::llround(days * double(m_dailyAllowance)));
}

int AttendanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jurors.size());
}

int AttendanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size()) + 2; // the sessions, the days, the allowance
}

QVariant AttendanceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_jurors.size())
        return {};
    const Juror &j = m_jurors.at(index.row());
    const int sessions = int(m_sessions.size());
    if (index.column() < sessions) {
        if (role == Qt::CheckStateRole)
            return m_present.value(j.id).contains(m_sessions.at(index.column()).id) ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
            return m_present.value(j.id).contains(m_sessions.at(index.column()).id) ? tr("present") : tr("absent");
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    return index.column() == sessions ? Format::number(j.days) : Format::money(allowance(j.days));
}

bool AttendanceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    const bool present = value.toInt() == Qt::Checked;
    return DrawStore::setAttended(m_ctx, m_jurors.at(index.row()).id, m_sessions.at(index.column()).id, present);
}

Qt::ItemFlags AttendanceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() < m_sessions.size() && !m_ctx.isReadOnly())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section < m_sessions.size())
        return m_sessions.at(section).title;
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical) {
        if (section >= m_jurors.size())
            return {};
        const Juror &j = m_jurors.at(section);
        return j.status == QLatin1String("withdrawn") ? tr("%1 %2 (withdrawn)").arg(j.firstNames, j.lastName)
                                                       : QStringLiteral("%1 %2").arg(j.firstNames, j.lastName);
    }
    const int sessions = int(m_sessions.size());
    if (section < sessions) {
        // The date alone keeps the grid narrow (the title is the tooltip, and the sessions' table beside).
        const Session &s = m_sessions.at(section);
        return s.date.isValid() ? Format::date(s.date.toString(Qt::ISODate)) : tr("undated");
    }
    return section == sessions ? tr("Days") : tr("Allowance");
}

double AttendanceModel::totalDays() const
{
    double days = 0;
    for (const Juror &j : m_jurors)
        days += j.days;
    return days;
}

qint64 AttendanceModel::totalAllowance() const
{
    qint64 total = 0;
    for (const Juror &j : m_jurors)
        total += allowance(j.days);
    return total;
}

} // namespace Atelier::Jury
