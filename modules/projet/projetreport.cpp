// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projetreport.h"

#include "core/format.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "reports/entitytable.h"
#include "reports/reportwriter.h"

#include <QCoreApplication>
#include <QImage>
#include <QMap>

namespace Atelier::Projet::Report {

struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Projet::Report)
};

static QString projectText(ProjectContext &ctx, const char *column)
{
    return Format::value(*Entities::project().field(QLatin1String(column)),
                         ctx.store.value(Entities::project(), ctx.store.projectId(), QLatin1String(column)));
}

/// What the project is for, in a few lines: the first thing an elected official reads.
static void writePurpose(ProjectContext &ctx, Reports::Writer &writer)
{
    const QString title = projectText(ctx, "title");
    if (!title.isEmpty())
        writer.heading(title);
    const QString origin = projectText(ctx, "origin");
    writer.paragraph(origin.isEmpty() ? ReportText::tr("The project's origin is not written down yet.")
                                      : origin);
    const QString field = projectText(ctx, "policy_field");
    if (!field.isEmpty())
        writer.lead(ReportText::tr("Policy field:"), field);
    const QString administration = projectText(ctx, "administration");
    if (!administration.isEmpty())
        writer.lead(ReportText::tr("Administration:"), administration);
    const qint64 envelope =
        ctx.store.value(Entities::project(), ctx.store.projectId(), QStringLiteral("budget_envelope_cents"))
            .toLongLong();
    if (envelope > 0)
        writer.lead(ReportText::tr("Budget envelope:"), Format::money(envelope));
}

static void writeIdentity(ProjectContext &ctx, Reports::Writer &writer)
{
    const TableInfo &project = Entities::project();
    const Row row = ctx.store.row(project, ctx.store.projectId());
    for (const FieldInfo &field : project.fields) {
        if (!field.isEditable())
            continue;
        const QString text = Format::value(field, row.value(QLatin1String(field.column)));
        if (text.trimmed().isEmpty())
            continue;
        writer.heading(field.translatedLabel());
        writer.paragraph(text);
    }
}

static void writeList(ProjectContext &ctx, Reports::Writer &writer, const TableInfo &table,
                      const QStringList &columns, const QString &empty)
{
    const QList<Row> rows = ctx.store.rows(table);
    if (rows.isEmpty())
        writer.note(empty);
    else
        Reports::entityTable(writer, table, rows, columns);
}

/// Who takes part: how many of each role, what the citizen jury does, then everyone by name.
static void writeParticipants(ProjectContext &ctx, Reports::Writer &writer)
{
    const TableInfo &table = Entities::participant();
    const FieldInfo &role = *table.field(QStringLiteral("role"));
    QMap<QString, int> byRole;
    for (const Row &row : ctx.store.rows(table))
        ++byRole[row.value(QStringLiteral("role")).toString()];
    QStringList counts;
    for (const Choice &choice : role.choices) {
        const int n = byRole.value(QLatin1String(choice.key));
        if (n > 0)
            counts << ReportText::tr("%1: %2").arg(role.choiceLabel(QLatin1String(choice.key))).arg(n);
    }
    if (!counts.isEmpty())
        writer.paragraph(counts.join(QStringLiteral(" · ")));
    const int jurors = byRole.value(QStringLiteral("citizen_juror"));
    writer.heading(ReportText::tr("The citizen jury"));
    writer.paragraph(
        jurors > 0 ? ReportText::tr(
                         "%n citizen juror(s), drawn by lot among the inhabitants, follow the project: they "
                         "take part in the workshops, are convened to every checkpoint and give their "
                         "opinion before each decision.",
                         nullptr, jurors)
                   : ReportText::tr(
                         "No citizen juror takes part yet: the jury is drawn by lot among the inhabitants "
                         "and then convened to every checkpoint."));
    writer.heading(ReportText::tr("Everyone taking part"));
    writeList(ctx, writer, table,
              {QStringLiteral("name"), QStringLiteral("organisation"), QStringLiteral("role")},
              ReportText::tr("No participant yet."));
}

/// The evidence gathered during the investigation, photos shown.
static void writeEvidence(ProjectContext &ctx, Reports::Writer &writer)
{
    const TableInfo &table = Entities::attachment();
    writeList(ctx, writer, table, {QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("size")},
              ReportText::tr("No evidence yet."));
    for (const Row &row : ctx.store.rows(table)) {
        if (row.value(QStringLiteral("kind")).toString() != QLatin1String("photo"))
            continue;
        QImage image;
        if (image.loadFromData(
                ctx.store.blob(table, row.value(QStringLiteral("id")).toString(), QStringLiteral("data"))))
            writer.image(image, row.value(QStringLiteral("title")).toString(), 80);
    }
}

QList<Reports::ReportSection> sections(ProjectContext &ctx)
{
    ProjectContext *c = &ctx;
    return {
        {QStringLiteral("projet.purpose"), ReportText::tr("The project"),
         [c](Reports::Writer &w) { writePurpose(*c, w); }},
        {QStringLiteral("projet.identity"), ReportText::tr("The project and its context"),
         [c](Reports::Writer &w) { writeIdentity(*c, w); }},
        {QStringLiteral("projet.keydates"), ReportText::tr("Key dates"),
         [c](Reports::Writer &w) {
             writeList(*c, w, Entities::keyDate(), {QStringLiteral("date"), QStringLiteral("label")},
                       ReportText::tr("No key date yet."));
         }},
        {QStringLiteral("projet.participants"), ReportText::tr("Participants"),
         [c](Reports::Writer &w) { writeParticipants(*c, w); }},
        {QStringLiteral("projet.evidence"), ReportText::tr("Evidence gathered"),
         [c](Reports::Writer &w) { writeEvidence(*c, w); }},
    };
}

} // namespace Atelier::Projet::Report
