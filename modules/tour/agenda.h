// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTime>

namespace Atelier::Tour {

/// An item of the day's agenda, as plain values.
struct Slot
{
    QString id;
    QTime starts, ends; ///< invalid when not given
    QString host;       ///< "public", "holder" or "both"
    QString activity;   ///< "lunch", "behind_scenes", ...
    QString title;
};

/// Something wrong with the agenda: two items at once, time nobody planned, an item that ends before
/// it starts or has no times, a side that hosts nothing (each side hosts the other), no lunch together.
struct AgendaIssue
{
    enum Kind { Overlap, Gap, Backwards, NoTime, NoPublicVisit, NoHolderVisit, NoLunch };
    Kind kind;
    QString slotId;  ///< the item concerned (the earlier one of an overlap or a gap)
    QString otherId; ///< the later one of an overlap or a gap
    QTime from, to;  ///< the time concerned (overlap: both at once; gap: nothing planned)
    QString message; ///< in the user's language
};

namespace Agenda {

/// The items in the order of the day (by start, then end; items without times last, as given).
QList<Slot> ordered(QList<Slot> slots);
/// Every problem of the agenda, in the order of the day, then those of the day as a whole.
QList<AgendaIssue> check(const QList<Slot> &slots);
/// Minutes between two times of the same day.
int minutes(const QTime &from, const QTime &to);

} // namespace Agenda

struct AgendaText
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Tour::Agenda)
};

} // namespace Atelier::Tour
