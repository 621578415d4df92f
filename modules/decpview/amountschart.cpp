// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "amountschart.h"

#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QValueAxis>

#include <cmath>

namespace Atelier::DecpView {

AmountsChart::AmountsChart(QWidget *parent) : QChartView(parent), m_series(new QBoxPlotSeries), m_axis(new QValueAxis)
{
    setObjectName(QStringLiteral("amountsChart"));
    setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setLocalizeNumbers(true); // the axis in the user's digits
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->addSeries(m_series);
    auto *categories = new QBarCategoryAxis;
    categories->append(tr("Amounts"));
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(m_axis, Qt::AlignLeft);
    m_series->attachAxis(categories);
    m_series->attachAxis(m_axis);
    m_series->setBoxWidth(0.35);
    // QChartView made a chart of its own, which setChart() releases without deleting it.
    QChart *made = this->chart();
    setChart(chart);
    delete made;
    setMinimumSize(220, 240);
    setAccessibleName(tr("Distribution of the amounts"));
}

void AmountsChart::setDistribution(const Decp::Distribution &amounts)
{
    m_series->clear();
    if (amounts.count == 0) {
        m_axis->setRange(0, 1);
        m_axis->setTitleText({});
        return;
    }
    // Cents to the unit that keeps the labels short.
    const double top = amounts.maximum / 100.0;
    double unit = 1;
    QString title = tr("€ excl. VAT");
    if (top >= 2e6) {
        unit = 1e6;
        title = tr("millions of € excl. VAT");
    } else if (top >= 2e4) {
        unit = 1e3;
        title = tr("thousands of € excl. VAT");
    }
    auto scaled = [unit](double cents) { return cents / 100.0 / unit; };
    auto *box = new QBoxSet(tr("Amounts"));
    box->setValue(QBoxSet::LowerExtreme, scaled(amounts.minimum));
    box->setValue(QBoxSet::LowerQuartile, scaled(amounts.firstQuartile));
    box->setValue(QBoxSet::Median, scaled(amounts.median));
    box->setValue(QBoxSet::UpperQuartile, scaled(amounts.thirdQuartile));
    box->setValue(QBoxSet::UpperExtreme, scaled(amounts.maximum));
    box->setBrush(QColor(0x9e, 0xc5, 0xe8));
    box->setPen(QPen(QColor(0x1f, 0x4e, 0x79), 1.5));
    m_series->append(box);
    const double low = scaled(amounts.minimum), high = scaled(amounts.maximum);
    const double pad = std::max((high - low) * 0.08, high * 0.02);
    m_axis->setRange(std::max(0.0, low - pad), high + pad);
    m_axis->applyNiceNumbers();
    m_axis->setLabelFormat(unit == 1 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    m_axis->setTitleText(title);
}

} // namespace Atelier::DecpView
