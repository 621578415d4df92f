// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportwriter.h"

#include <QObject>
#include <QTextObjectInterface>

namespace Atelier::Reports {

/// Charts inside a report's text: the text holds an object character of this type; when the page
/// is painted, the chart is built, laid out at exactly the size of its place, put in a
/// QGraphicsScene and rendered onto the page's painter. On a PDF that is vectors and text, never
/// a picture.
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int kType = QTextFormat::UserObject + 1;

    /// Installs the handler on `document` (which owns it).
    static ChartObject *install(QTextDocument *document);
    /// The character to insert for a chart `size` large (report units).
    QTextCharFormat format(const ChartMaker &make, const QSizeF &size);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

    /// Builds the chart and paints it into `rect`.
    static void paint(QPainter *painter, const QRectF &rect, const ChartMaker &make);

private:
    using QObject::QObject;
    QList<ChartMaker> m_makers;
};

} // namespace Atelier::Reports
