// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda.h"

#include <QLocale>

#include <algorithm>

namespace Atelier::Tour::Agenda {

static bool timed(const Slot &s)
{
    return s.starts.isValid() && s.ends.isValid();
}

QList<Slot> ordered(QList<Slot> slots)
{
    std::stable_sort(slots.begin(), slots.end(), [](const Slot &a, const Slot &b) {
        if (timed(a) != timed(b))
            return timed(a);
        if (!timed(a))
            return false;
        return a.starts != b.starts ? a.starts < b.starts : a.ends < b.ends;
    });
    return slots;
}

int minutes(const QTime &from, const QTime &to)
{
    return from.secsTo(to) / 60;
}

static QString hhmm(const QTime &t)
{
    return QLocale().toString(t, QLocale::ShortFormat);
}

static QString named(const Slot &s)
{
    return s.title.isEmpty() ? AgendaText::tr("an untitled item") : AgendaText::tr("“%1”").arg(s.title);
}

QList<AgendaIssue> check(const QList<Slot> &given)
{
    QList<AgendaIssue> issues;
    const QList<Slot> slots = ordered(given);
    QList<Slot> valid;
    for (const Slot &s : slots) {
        if (!timed(s))
            issues.append({AgendaIssue::NoTime, s.id, {}, {}, {},
                           AgendaText::tr("%1 has no start or end time.").arg(named(s))});
        else if (s.ends <= s.starts)
            issues.append({AgendaIssue::Backwards, s.id, {}, s.starts, s.ends,
                           AgendaText::tr("%1 ends at %2, before it starts (%3).").arg(named(s), hhmm(s.ends), hhmm(s.starts))});
        else
            valid.append(s);
    }
    // Walking the day in order: an item overlaps every earlier item still running when it starts;
    // one that starts after every earlier item has ended leaves a gap after the one that ended last.
    for (int i = 1, latest = 0; i < valid.size(); ++i) {
        const Slot &s = valid.at(i);
        for (int j = 0; j < i; ++j) {
            const Slot &before = valid.at(j);
            if (s.starts < before.ends)
                issues.append({AgendaIssue::Overlap, before.id, s.id, s.starts, std::min(before.ends, s.ends),
                               AgendaText::tr("%1 (%2–%3) and %4 (%5–%6) happen at the same time.")
                                   .arg(named(before), hhmm(before.starts), hhmm(before.ends), named(s), hhmm(s.starts),
                                        hhmm(s.ends))});
        }
        const Slot &last = valid.at(latest);
        if (s.starts > last.ends)
            issues.append({AgendaIssue::Gap, last.id, s.id, last.ends, s.starts,
                           AgendaText::tr("Nothing is planned from %1 to %2 (%n minute(s)), between %3 and %4.", nullptr,
                                          minutes(last.ends, s.starts))
                               .arg(hhmm(last.ends), hhmm(s.starts), named(last), named(s))});
        if (s.ends > last.ends)
            latest = i;
    }
    const auto hosts = [&](const char *side) {
        return std::any_of(slots.begin(), slots.end(), [side](const Slot &s) { return s.host == QLatin1String(side); });
    };
    if (!hosts("public"))
        issues.append({AgendaIssue::NoPublicVisit, {}, {}, {}, {},
                       AgendaText::tr("The administration hosts no part of the day: each side welcomes the other in "
                                      "its workplace.")});
    if (!hosts("holder"))
        issues.append({AgendaIssue::NoHolderVisit, {}, {}, {}, {},
                       AgendaText::tr("The contract holder hosts no part of the day: each side welcomes the other in "
                                      "its workplace.")});
    if (std::none_of(slots.begin(), slots.end(), [](const Slot &s) { return s.activity == QLatin1String("lunch"); }))
        issues.append({AgendaIssue::NoLunch, {}, {}, {}, {},
                       AgendaText::tr("No lunch together yet: the host takes the guests to the canteen or to the "
                                      "restaurant where they usually go.")});
    return issues;
}

} // namespace Atelier::Tour::Agenda
