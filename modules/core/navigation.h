// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace Atelier {

/// Requests to go where something lives, between panels that never include each other: the
/// cockpit asks for the evolutivity clause of a contract, the shell finds the panel that offers
/// that destination and brings its view forward on it. The shell fills the destinations the panels
/// offer, so a panel asks only for what exists.
class Navigation : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// The evolutivity clause of a contract (id: the contract's id).
    static inline const QString kEvolutivityClause = QStringLiteral("evolutivity_clause");

    void setDestinations(const QStringList &destinations) { m_destinations = destinations; }
    bool canShow(const QString &destination) const { return m_destinations.contains(destination); }
    void show(const QString &destination, const QString &id)
    {
        if (canShow(destination))
            Q_EMIT showRequested(destination, id);
    }

Q_SIGNALS:
    void showRequested(const QString &destination, const QString &id);

private:
    QStringList m_destinations;
};

} // namespace Atelier
