// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrixchart.h"

#include <QChart>
#include <QScatterSeries>
#include <QValueAxis>

namespace Atelier::Modeler {

QString MatrixChart::title()
{
    return tr("Impact sought and risk of each scenario");
}

void MatrixChart::fill(QChart *chart, const QList<Workshop::Ranking> &ranking)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis; // removeAxis gives it back
    }
    auto *axisX = new QValueAxis;
    axisX->setRange(0, 25);
    axisX->setTickCount(6);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setTitleText(tr("Risk (likelihood × severity)"));
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setTickCount(5);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(tr("Impact sought (%)"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (const Workshop::Ranking &k : ranking) {
        auto *series = new QScatterSeries;
        series->setName(k.title);
        series->setMarkerSize(16);
        series->append(k.risk, k.impact);
        series->setPointLabelsVisible(true);
        series->setPointLabelsFormat(QString::number(k.rank));
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
}

} // namespace Atelier::Modeler
