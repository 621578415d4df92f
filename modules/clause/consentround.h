// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Atelier::Clause {

/// A stakeholder's seat in the role-play, and who plays it.
struct Seat
{
    QString id;
    QString role;   ///< company, buyer, prescriber, elected, jury, user, other
    QString player; ///< the participant's name, empty when nobody plays the seat yet
};

/// Where a seat stands on a scenario.
struct Stance
{
    QString stance = QStringLiteral("pending"); ///< pending, consent, objection
    QString objection;                          ///< the reason of an objection
};

/// Management by consent (gestion par consentement): a scenario is decided when every stakeholder
/// concerned is represented and nobody objects any more. An objection must say why, so that the
/// scenario can be improved and proposed again.
struct ConsentOutcome
{
    QStringList missingRoles; ///< stakeholders the seed requires who have no seat (translated)
    QStringList emptySeats;   ///< seats nobody plays (translated role)
    QStringList pending;      ///< seats that have not said yet
    QStringList objections;   ///< “the company: reason”
    QStringList unreasoned;   ///< seats that object without saying why

    bool reached() const
    {
        return missingRoles.isEmpty() && emptySeats.isEmpty() && pending.isEmpty() && objections.isEmpty() &&
               unreasoned.isEmpty();
    }
};

class ConsentRound
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Clause::ConsentRound)
public:
    /// The stakeholders every dialogue of the clause gathers (seed §6): the company, the buyer, the
    /// prescriber, the elected officials concerned and the citizen jury.
    static QStringList requiredRoles();
    /// The translated name of a seat's role.
    static QString roleName(const QString &role);
    static ConsentOutcome outcome(const QList<Seat> &seats, const QHash<QString, Stance> &stanceBySeat);
    /// What stands between the round and a decision, in one paragraph; or that consent is reached.
    static QString describe(const ConsentOutcome &outcome);
};

} // namespace Atelier::Clause
