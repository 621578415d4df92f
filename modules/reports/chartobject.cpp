// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartobject.h"

#include <QAbstractAxis>
#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>
#include <QTextDocument>

namespace Atelier::Reports {

enum Property { MakerIndex = QTextFormat::UserProperty + 1, ObjectSize };

ChartObject *ChartObject::install(QTextDocument *document)
{
    auto *handler = new ChartObject(document);
    document->documentLayout()->registerHandler(kType, handler);
    return handler;
}

QTextCharFormat ChartObject::format(const ChartMaker &make, const QSizeF &size)
{
    QTextCharFormat f;
    f.setObjectType(kType);
    f.setProperty(MakerIndex, int(m_makers.size()));
    f.setProperty(ObjectSize, size);
    m_makers.append(make);
    return f;
}

QSizeF ChartObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return format.property(ObjectSize).toSizeF();
}

void ChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                             const QTextFormat &format)
{
    // The layout also offers an object on the page before its own when its line starts there;
    // QtCharts replaces the clip with its plot area, so such a call would paint across the footer.
    if (painter->hasClipping() && !painter->clipBoundingRect().contains(rect.center()))
        return;
    const int index = format.property(MakerIndex).toInt();
    if (index >= 0 && index < m_makers.size())
        paint(painter, rect, m_makers.at(index));
}

void ChartObject::paint(QPainter *painter, const QRectF &rect, const ChartMaker &make)
{
    QChart *chart = make();
    if (!chart)
        return;
    // The report's fonts keep ligatures off (see Style::font): the chart's text too.
    auto plain = [](QFont f) {
        f.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
        return f;
    };
    chart->setTitleFont(plain(chart->titleFont()));
    chart->legend()->setFont(plain(chart->legend()->font()));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(plain(axis->labelsFont()));
        axis->setTitleFont(plain(axis->titleFont()));
    }
    QGraphicsScene scene; // owns the chart from here on
    scene.addItem(chart);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setDropShadowEnabled(false); // a shadow is a graphics effect: a raster image in the PDF
    chart->setBackgroundRoundness(0);
    chart->setGeometry(QRectF(QPointF(0, 0), rect.size()));
    if (chart->layout())
        chart->layout()->activate();
    scene.setSceneRect(chart->geometry());
    scene.render(painter, rect, scene.sceneRect(), Qt::IgnoreAspectRatio);
}

} // namespace Atelier::Reports
