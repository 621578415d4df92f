// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decp/distribution.h"

#include <QChartView>

class QBoxPlotSeries;
class QValueAxis;

namespace Atelier::DecpView {

/// The distribution of the comparables' amounts as one box: minimum, first quartile, median, third
/// quartile, maximum, on an axis in euros, thousands or millions of euros (whichever reads best).
class AmountsChart : public QChartView
{
    Q_OBJECT
public:
    explicit AmountsChart(QWidget *parent = nullptr);
    void setDistribution(const Decp::Distribution &amounts);
    QBoxPlotSeries *series() const { return m_series; }

private:
    QBoxPlotSeries *m_series;
    QValueAxis *m_axis;
};

} // namespace Atelier::DecpView
