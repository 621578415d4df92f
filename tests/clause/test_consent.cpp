// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"

#include "clause/consentround.h"

#include <catch2/catch.hpp>

using namespace Atelier::Clause;

namespace {

QList<Seat> fullTable()
{
    QList<Seat> seats;
    int i = 0;
    for (const QString &role : ConsentRound::requiredRoles())
        seats << Seat{QString::number(++i), role, QStringLiteral("Player %1").arg(i)};
    return seats;
}

QHash<QString, Stance> everyone(const QList<Seat> &seats, const QString &stance)
{
    QHash<QString, Stance> out;
    for (const Seat &seat : seats)
        out.insert(seat.id, Stance{stance, {}});
    return out;
}

} // namespace

TEST_CASE("Consent is reached when everyone is represented and nobody objects", "[clause][consent]")
{
    const QList<Seat> seats = fullTable();
    const ConsentOutcome outcome = ConsentRound::outcome(seats, everyone(seats, QStringLiteral("consent")));
    CHECK(outcome.reached());
    CHECK(ConsentRound::describe(outcome).contains(QStringLiteral("Consent reached")));
}

TEST_CASE("Consent waits for every stakeholder and every answer", "[clause][consent]")
{
    QList<Seat> seats = fullTable();
    QHash<QString, Stance> stances = everyone(seats, QStringLiteral("consent"));

    SECTION("a stakeholder of the seed has no seat")
    {
        seats.removeLast(); // the citizen jury
        const ConsentOutcome outcome = ConsentRound::outcome(seats, stances);
        CHECK_FALSE(outcome.reached());
        CHECK(outcome.missingRoles == QStringList{ConsentRound::roleName(QStringLiteral("jury"))});
    }
    SECTION("nobody plays a seat")
    {
        seats[1].player.clear();
        const ConsentOutcome outcome = ConsentRound::outcome(seats, stances);
        CHECK_FALSE(outcome.reached());
        CHECK(outcome.emptySeats.size() == 1);
    }
    SECTION("a seat has not said yet")
    {
        stances.remove(seats.at(2).id);
        const ConsentOutcome outcome = ConsentRound::outcome(seats, stances);
        CHECK_FALSE(outcome.reached());
        CHECK(outcome.pending.size() == 1);
        CHECK(ConsentRound::describe(outcome).contains(QStringLiteral("Player 3")));
    }
    SECTION("an objection blocks, and must say why")
    {
        stances[seats.at(4).id] = Stance{QStringLiteral("objection"), {}};
        ConsentOutcome outcome = ConsentRound::outcome(seats, stances);
        CHECK_FALSE(outcome.reached());
        CHECK(outcome.unreasoned.size() == 1);
        stances[seats.at(4).id].objection = QStringLiteral("Inform the families first");
        outcome = ConsentRound::outcome(seats, stances);
        CHECK(outcome.unreasoned.isEmpty());
        REQUIRE(outcome.objections.size() == 1);
        CHECK(outcome.objections.first().contains(QStringLiteral("Inform the families first")));
    }
}
