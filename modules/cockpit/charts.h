// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/steering.h"

#include <QColor>
#include <QCoreApplication>

class QChart;

namespace Atelier::Cockpit {

/// The cockpit's charts, built from the steering figures. Each is a QChart (a QGraphicsWidget): the
/// dashboards show it in a view, exports and reports paint it as vectors. Numbers and dates follow
/// the user's locale (1 234 567,89 € in French).
class Charts
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Cockpit::Charts)
public:
    /// Planned budget stacked by investment mode: one bar per strategy (horizontal) or per year.
    static QChart *budget(const QList<Steering::BudgetBar> &bars, bool byStrategy);
    /// Planned, committed and paid, added up month after month.
    static QChart *spending(const Steering &steering);
    /// The roadmap: one row per investment line from its start to its end, coloured by mode, its
    /// milestones by status, phases as thinner bars (with `withPhases`), and today's line.
    static QChart *roadmap(const Steering &steering, const QDate &today, bool withPhases);
    /// How far each indicator went toward its target (in %), or each strategy's indicators on
    /// average when there are too many to read one by one.
    static QChart *indicators(const Steering &steering);
    /// The rows of the roadmap and indicators charts, for sizing their views.
    static int roadmapRows(const Steering &steering);
    static int indicatorRows(const Steering &steering);
    static QColor modeColor(const QString &mode);
};

} // namespace Atelier::Cockpit
