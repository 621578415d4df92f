// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitytable.h"

#include "reportwriter.h"

#include "core/format.h"

namespace Atelier::Reports {

void entityTable(Writer &writer, const TableInfo &table, const QList<Row> &rows, const QStringList &columns)
{
    QList<Column> header;
    for (const QString &column : columns) {
        const FieldInfo &field = *table.field(column);
        const bool number = field.kind == FieldKind::Money || field.kind == FieldKind::Bytes ||
                            field.kind == FieldKind::Number || field.kind == FieldKind::Integer;
        header << Column{field.translatedLabel(), number,
                         field.kind == FieldKind::LongText || field.kind == FieldKind::Text ? 2 : 1};
    }
    QList<QStringList> cells;
    for (const Row &row : rows) {
        QStringList line;
        for (const QString &column : columns)
            line << Format::value(*table.field(column), row.value(column));
        cells << line;
    }
    writer.table(header, cells);
}

} // namespace Atelier::Reports
