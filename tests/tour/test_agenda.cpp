// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The day's agenda: conflicts, gaps, items without times or running backwards, the two visits, lunch.
#include "catchqt.h"

#include "tour/agenda.h"

using namespace Atelier::Tour;

namespace {

Slot slot(const char *id, const char *from, const char *to, const char *host = "public", const char *activity = "other")
{
    const QString f = QStringLiteral("HH:mm");
    return {QLatin1String(id), QTime::fromString(QLatin1String(from), f), QTime::fromString(QLatin1String(to), f),
            QLatin1String(host), QLatin1String(activity), QStringLiteral("Item %1").arg(QLatin1String(id))};
}

QList<AgendaIssue::Kind> kinds(const QList<AgendaIssue> &issues)
{
    QList<AgendaIssue::Kind> out;
    for (const AgendaIssue &i : issues)
        out << i.kind;
    return out;
}

/// A day that holds together: each side hosts, lunch together, one item after the other.
QList<Slot> goodDay()
{
    return {slot("a", "09:00", "10:30", "public", "welcome"), slot("b", "10:30", "12:00", "public", "behind_scenes"),
            slot("c", "12:00", "13:30", "holder", "lunch"), slot("d", "13:30", "16:00", "holder", "behind_scenes")};
}

} // namespace

TEST_CASE("A day with no conflict, no gap, both visits and lunch has nothing to say", "[tour][agenda]")
{
    CHECK(Agenda::check(goodDay()).isEmpty());
    // In any order given: the agenda is read in the order of the day.
    QList<Slot> shuffled = goodDay();
    std::reverse(shuffled.begin(), shuffled.end());
    CHECK(Agenda::check(shuffled).isEmpty());
    QStringList order;
    for (const Slot &s : Agenda::ordered(shuffled))
        order << s.id;
    CHECK(order == QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")});
}

TEST_CASE("Two items at once are a conflict, with the time they share", "[tour][agenda]")
{
    QList<Slot> day = goodDay();
    day << slot("e", "11:30", "12:15", "holder", "travel"); // inside b's end and c's start
    const QList<AgendaIssue> issues = Agenda::check(day);
    // e overlaps b (11:30–12:00), then c starts at 12:00, before e ends (12:15): a second conflict.
    REQUIRE(kinds(issues) == QList<AgendaIssue::Kind>{AgendaIssue::Overlap, AgendaIssue::Overlap});
    CHECK(issues[0].slotId == QStringLiteral("b"));
    CHECK(issues[0].otherId == QStringLiteral("e"));
    CHECK(issues[0].from == QTime(11, 30));
    CHECK(issues[0].to == QTime(12, 0));
    CHECK(issues[1].slotId == QStringLiteral("e"));
    CHECK(issues[1].otherId == QStringLiteral("c"));
    CHECK(issues[1].from == QTime(12, 0));
    CHECK(issues[1].to == QTime(12, 15));
    CHECK(issues[0].message.contains(QStringLiteral("Item b")));
    CHECK(issues[0].message.contains(QStringLiteral("Item e")));
}

TEST_CASE("An item inside a long one conflicts with it, and the long one still counts for what follows", "[tour][agenda]")
{
    const QList<AgendaIssue> issues =
        Agenda::check({slot("long", "09:00", "12:00", "public", "lunch"), slot("inside", "09:30", "10:00", "holder"),
                       slot("after", "12:00", "13:00", "holder")});
    // No gap between "inside" (ends 10:00) and "after" (12:00): "long" runs until 12:00.
    REQUIRE(kinds(issues) == QList<AgendaIssue::Kind>{AgendaIssue::Overlap});
    CHECK(issues[0].from == QTime(9, 30));
    CHECK(issues[0].to == QTime(10, 0));
}

TEST_CASE("Time nobody planned is a gap, in minutes", "[tour][agenda]")
{
    QList<Slot> day = goodDay();
    day[3] = slot("d", "13:45", "16:00", "holder", "behind_scenes"); // 15 minutes after lunch
    const QList<AgendaIssue> issues = Agenda::check(day);
    REQUIRE(kinds(issues) == QList<AgendaIssue::Kind>{AgendaIssue::Gap});
    CHECK(issues[0].slotId == QStringLiteral("c"));
    CHECK(issues[0].otherId == QStringLiteral("d"));
    CHECK(issues[0].from == QTime(13, 30));
    CHECK(issues[0].to == QTime(13, 45));
    CHECK(issues[0].message.contains(QStringLiteral("15 minute(s)")));
    CHECK(Agenda::minutes(QTime(13, 30), QTime(13, 45)) == 15);
}

TEST_CASE("Items without times or ending before they start are named, and kept out of the timing", "[tour][agenda]")
{
    QList<Slot> day = goodDay();
    day << slot("untimed", "", "", "both") << slot("backwards", "15:00", "14:00", "holder");
    const QList<AgendaIssue> issues = Agenda::check(day);
    REQUIRE(kinds(issues) == QList<AgendaIssue::Kind>{AgendaIssue::Backwards, AgendaIssue::NoTime});
    CHECK(issues[0].slotId == QStringLiteral("backwards"));
    CHECK(issues[1].slotId == QStringLiteral("untimed"));
}

TEST_CASE("Each side hosts the other, and they lunch together", "[tour][agenda]")
{
    CHECK(kinds(Agenda::check({slot("a", "09:00", "12:00", "public", "behind_scenes"), slot("b", "12:00", "13:00", "both", "lunch")})) ==
          QList<AgendaIssue::Kind>{AgendaIssue::NoHolderVisit});
    CHECK(kinds(Agenda::check({slot("a", "09:00", "12:00", "holder"), slot("b", "12:00", "13:00", "both")})) ==
          QList<AgendaIssue::Kind>{AgendaIssue::NoPublicVisit, AgendaIssue::NoLunch});
    CHECK(kinds(Agenda::check({})) ==
          QList<AgendaIssue::Kind>{AgendaIssue::NoPublicVisit, AgendaIssue::NoHolderVisit, AgendaIssue::NoLunch});
}

TEST_CASE("Three items at once: every pair that meets is a conflict", "[tour][agenda]")
{
    const QList<AgendaIssue> issues = Agenda::check({slot("a", "09:00", "12:00", "public", "lunch"), slot("b", "09:30", "10:30", "holder"),
                                                     slot("c", "10:00", "11:00", "holder")});
    REQUIRE(kinds(issues) == QList<AgendaIssue::Kind>{AgendaIssue::Overlap, AgendaIssue::Overlap, AgendaIssue::Overlap});
    CHECK((issues[0].slotId + issues[0].otherId) == QStringLiteral("ab"));
    CHECK((issues[1].slotId + issues[1].otherId) == QStringLiteral("ac"));
    CHECK((issues[2].slotId + issues[2].otherId) == QStringLiteral("bc"));
    CHECK(issues[2].from == QTime(10, 0));
    CHECK(issues[2].to == QTime(10, 30));
}
