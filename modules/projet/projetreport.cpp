// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projetreport.h"

#include "core/format.h"
#include "core/projectcontext.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QTextCursor>
#include <QTextTable>

namespace Atelier::Projet::Report {

struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Projet::Report)
};

/// A table with a header row; each row is the formatted values of `columns`.
static void writeTable(QTextCursor &cursor, const TableInfo &table, const QList<Row> &rows,
                       const QStringList &columns)
{
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setCellPadding(4);
    format.setCellSpacing(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QTextTable *t = cursor.insertTable(int(rows.size()) + 1, int(columns.size()), format);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    for (int c = 0; c < columns.size(); ++c)
        t->cellAt(0, c).firstCursorPosition().insertText(table.field(columns[c])->translatedLabel(), bold);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < columns.size(); ++c)
            t->cellAt(r + 1, c).firstCursorPosition().insertText(
                Format::value(*table.field(columns[c]), rows[r].value(columns[c])));
    cursor.movePosition(QTextCursor::End);
}

static void writeIdentity(ProjectContext &ctx, QTextCursor &cursor)
{
    const TableInfo &project = Entities::project();
    const Row row = ctx.store.row(project, ctx.store.projectId());
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    for (const FieldInfo &field : project.fields) {
        if (!field.isEditable())
            continue;
        const QString text = Format::value(field, row.value(QLatin1String(field.column)));
        if (text.trimmed().isEmpty())
            continue;
        cursor.insertBlock();
        cursor.insertText(field.translatedLabel(), bold);
        cursor.insertBlock();
        cursor.insertText(text, QTextCharFormat());
    }
}

static void writeList(ProjectContext &ctx, QTextCursor &cursor, const TableInfo &table,
                      const QStringList &columns, const QString &empty)
{
    const QList<Row> rows = ctx.store.rows(table);
    if (rows.isEmpty()) {
        cursor.insertBlock();
        cursor.insertText(empty);
        return;
    }
    writeTable(cursor, table, rows, columns);
}

QList<ReportSection> sections(ProjectContext &ctx)
{
    ProjectContext *c = &ctx;
    return {
        {QStringLiteral("projet.identity"), ReportText::tr("The project and its context"),
         [c](QTextCursor &cursor) { writeIdentity(*c, cursor); }},
        {QStringLiteral("projet.keydates"), ReportText::tr("Key dates"),
         [c](QTextCursor &cursor) {
             writeList(*c, cursor, Entities::keyDate(), {QStringLiteral("date"), QStringLiteral("label")},
                       ReportText::tr("No key date yet."));
         }},
        {QStringLiteral("projet.participants"), ReportText::tr("Participants"),
         [c](QTextCursor &cursor) {
             writeList(*c, cursor, Entities::participant(),
                       {QStringLiteral("name"), QStringLiteral("organisation"), QStringLiteral("role")},
                       ReportText::tr("No participant yet."));
         }},
        {QStringLiteral("projet.evidence"), ReportText::tr("Evidence gathered"),
         [c](QTextCursor &cursor) {
             writeList(*c, cursor, Entities::attachment(),
                       {QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("size")},
                       ReportText::tr("No evidence yet."));
         }},
    };
}

} // namespace Atelier::Projet::Report
