// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshop.h"

#include <QCoreApplication>

class QChart;

namespace Atelier::Modeler {

/// The impact-versus-risk matrix of the scenarios: one point per scenario, labelled with its rank.
/// The priorities page shows it; the workshop report prints it.
class MatrixChart
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Modeler::MatrixChart)
public:
    static QString title();
    /// Replaces the chart's series and axes with the ranking's.
    static void fill(QChart *chart, const QList<Workshop::Ranking> &ranking);
};

} // namespace Atelier::Modeler
