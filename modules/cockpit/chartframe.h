// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QToolButton;

namespace Atelier::Cockpit {

/// A chart on a dashboard, with its export button (PNG for slides, SVG for print and the web).
class ChartFrame : public QWidget
{
    Q_OBJECT
public:
    explicit ChartFrame(QWidget *parent = nullptr);
    /// Shows `chart` (the frame takes it) in place of the previous one.
    void setChart(QChart *chart);
    QChart *chart() const;
    QChartView *view() const { return m_view; }
    /// Writes the chart as a PNG image (twice the screen size, for projectors and slides).
    bool exportPng(const QString &path) const;
    /// Writes the chart as an SVG drawing: text stays text, lines stay lines.
    bool exportSvg(const QString &path) const;

private:
    void askAndExport(bool svg);
    QChartView *m_view;
    QToolButton *m_export;
};

} // namespace Atelier::Cockpit
