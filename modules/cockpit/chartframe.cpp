// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartframe.h"

#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>

namespace Atelier::Cockpit {

ChartFrame::ChartFrame(QWidget *parent)
    : QWidget(parent), m_view(new QChartView(this)), m_export(new QToolButton(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_export->setText(tr("Export…"));
    m_export->setAccessibleName(tr("Export the chart"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("As PNG image…"), this, [this] { askAndExport(false); });
    menu->addAction(tr("As SVG drawing…"), this, [this] { askAndExport(true); });
    m_export->setMenu(menu);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_export, 0, Qt::AlignRight);
    layout->addWidget(m_view, 1);
}

void ChartFrame::setChart(QChart *chart)
{
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    m_view->setAccessibleName(chart->title());
    delete old;
}

QChart *ChartFrame::chart() const
{
    return m_view->chart();
}

bool ChartFrame::exportPng(const QString &path) const
{
    const QSize size = m_view->size() * 2;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    m_view->render(&painter, QRectF(QPointF(0, 0), size), m_view->viewport()->rect());
    painter.end();
    return image.save(path, "PNG");
}

bool ChartFrame::exportSvg(const QString &path) const
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(m_view->size());
    svg.setViewBox(QRect(QPoint(0, 0), m_view->size()));
    svg.setTitle(chart()->title());
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    m_view->render(&painter, QRectF(QPointF(0, 0), m_view->size()), m_view->viewport()->rect());
    return painter.end();
}

void ChartFrame::askAndExport(bool svg)
{
    const QString filter = svg ? tr("SVG drawing (*.svg)") : tr("PNG image (*.png)");
    QString name = chart()->title();
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]+")), QStringLiteral("-"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export the chart"), name.simplified(), filter);
    if (path.isEmpty())
        return;
    const QString suffix = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    if (!(svg ? exportSvg(path) : exportPng(path)))
        QMessageBox::warning(
            this, tr("Export the chart"),
            tr("The chart could not be written to “%1”. Check that the folder exists and that "
               "you may write in it.")
                .arg(path));
}

} // namespace Atelier::Cockpit
