// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "consentround.h"

#include "clauseschema.h"

#include <QLocale>

namespace Atelier::Clause {

QStringList ConsentRound::requiredRoles()
{
    return {QStringLiteral("company"), QStringLiteral("buyer"), QStringLiteral("prescriber"),
            QStringLiteral("elected"), QStringLiteral("jury")};
}

QString ConsentRound::roleName(const QString &role)
{
    return Tables::seat().field(QStringLiteral("role"))->choiceLabel(role);
}

ConsentOutcome ConsentRound::outcome(const QList<Seat> &seats, const QHash<QString, Stance> &stanceBySeat)
{
    ConsentOutcome out;
    QStringList seated;
    for (const Seat &seat : seats)
        seated << seat.role;
    for (const QString &role : requiredRoles())
        if (!seated.contains(role))
            out.missingRoles << roleName(role);
    for (const Seat &seat : seats) {
        const QString name = seat.player.isEmpty() ? roleName(seat.role)
                                                   : tr("%1 (%2)").arg(roleName(seat.role), seat.player);
        if (seat.player.isEmpty())
            out.emptySeats << roleName(seat.role);
        const Stance stance = stanceBySeat.value(seat.id);
        if (stance.stance == QLatin1String("consent"))
            continue;
        if (stance.stance == QLatin1String("objection")) {
            if (stance.objection.trimmed().isEmpty())
                out.unreasoned << name;
            else
                out.objections << tr("%1: %2").arg(name, stance.objection.trimmed());
        } else {
            out.pending << name;
        }
    }
    return out;
}

QString ConsentRound::describe(const ConsentOutcome &outcome)
{
    if (outcome.reached())
        return tr("Consent reached: every stakeholder is represented and nobody objects.");
    const QLocale locale;
    QStringList parts;
    if (!outcome.missingRoles.isEmpty())
        parts << tr("Not represented: %1.").arg(locale.createSeparatedList(outcome.missingRoles));
    if (!outcome.emptySeats.isEmpty())
        parts << tr("Nobody plays: %1.").arg(locale.createSeparatedList(outcome.emptySeats));
    if (!outcome.pending.isEmpty())
        parts << tr("Not said yet: %1.").arg(locale.createSeparatedList(outcome.pending));
    if (!outcome.unreasoned.isEmpty())
        parts << tr("An objection must say why: %1.").arg(locale.createSeparatedList(outcome.unreasoned));
    if (!outcome.objections.isEmpty())
        parts << tr("Objections to answer: %1").arg(outcome.objections.join(tr("; ")));
    return parts.join(QLatin1Char(' '));
}

} // namespace Atelier::Clause
