// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drawstore.h"

#include <QAbstractTableModel>

namespace Atelier {
struct ProjectContext;
}

namespace Atelier::Jury {

/// Who attended which session: a row per juror, a column per session (by date) to tick, then the
/// juror's days and allowance. Ticking writes through DrawStore (one undo step each); the model
/// follows the project's notifier.
class AttendanceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit AttendanceModel(ProjectContext &ctx, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The days attended by all jurors, and the allowance they come to (cents).
    double totalDays() const;
    qint64 totalAllowance() const;

private:
    void reload();
    qint64 allowance(double days) const;

    ProjectContext &m_ctx;
    QList<Juror> m_jurors;
    QList<Session> m_sessions;
    QHash<QString, QSet<QString>> m_present;
    qint64 m_dailyAllowance = 0;
};

} // namespace Atelier::Jury
