// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvasimport.h"

#include "sourcingschema.h"

#include "core/edit.h"
#include "core/projectcontext.h"
#include "core/safeopen.h"
#include "core/store.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

namespace Atelier::Sourcing {

/// The columns of an entry that travel with it (its own content and origin; not its links to the
/// rows of the project it comes from).
static QStringList travellingColumns()
{
    QStringList out;
    for (const FieldInfo &f : Tables::entry().fields)
        out << QLatin1String(f.column);
    return out;
}

static Row readRow(Sql::Statement &query)
{
    Row row;
    for (int i = 0; i < query.columnCount(); ++i)
        row.insert(query.columnName(i), query.value(i));
    return row;
}

std::optional<CanvasSource> CanvasImport::fromFile(const QString &path, const Schema &schema, QString *error)
{
    OpenError refused;
    std::optional<UntrustedDatabase> checked = UntrustedDatabase::load(path, schema, refused);
    if (!checked) {
        if (error)
            *error = refused.message;
        return std::nullopt;
    }
    // A copy brought to this version's tables, so that a canvas saved by an older version reads the same.
    Sql::Connection copy = Sql::Connection::openMemory();
    try {
        checked->copyInto(copy);
        schema.migrate(copy);
    } catch (const Sql::Error &) {
        if (error)
            *error = tr("The canvas of “%1” could not be read.").arg(QFileInfo(path).fileName());
        return std::nullopt;
    }
    CanvasSource source;
    source.fileName = QFileInfo(path).fileName();
    source.projectTitle = copy.scalar(QStringLiteral("SELECT title FROM project")).toString();
    const QString columns = travellingColumns().join(QStringLiteral(", "));
    Sql::Statement chapters(copy, QStringLiteral("SELECT id, title, theme FROM sourcing_chapter ORDER BY position, id"));
    while (chapters.step()) {
        CanvasSource::Chapter chapter{chapters.text(1), chapters.text(2), {}};
        Sql::Statement entries(copy, QStringLiteral("SELECT %1 FROM sourcing_entry WHERE chapter_id = ? "
                                                    "ORDER BY position, id")
                                         .arg(columns));
        entries.bind(1, chapters.text(0));
        while (entries.step())
            chapter.entries.append(readRow(entries));
        source.chapters.append(chapter);
    }
    if (source.chapters.isEmpty()) {
        if (error)
            *error = tr("The project “%1” has no sourcing canvas yet: there is nothing to import.")
                         .arg(source.projectTitle.isEmpty() ? source.fileName : source.projectTitle);
        return std::nullopt;
    }
    return source;
}

QList<CanvasTemplate> CanvasImport::templates()
{
    return {{tr("School catering"), tr("A central kitchen, local and organic supplies, EGalim, food waste."),
             QStringLiteral(":/sourcing/templates/restauration-scolaire.json")},
            {tr("A public building"), tr("Building or renovating: low-carbon materials, reuse, local firms."),
             QStringLiteral(":/sourcing/templates/batiment.json")},
            {tr("Mobility"), tr("Fleets, bicycles, transport on demand: emissions, access, maintenance."),
             QStringLiteral(":/sourcing/templates/mobilite.json")}};
}

std::optional<CanvasSource> CanvasImport::fromTemplate(const QString &resource, QString *error)
{
    QFile file(resource);
    const QJsonObject root =
        file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    const QStringList known = travellingColumns();
    const FieldInfo &themes = *Tables::chapter().field(QStringLiteral("theme"));
    const FieldInfo &kinds = *Tables::entry().field(QStringLiteral("kind"));
    const auto allowed = [](const FieldInfo &f, const QString &key) {
        for (const Choice &c : f.choices)
            if (key == QLatin1String(c.key))
                return true;
        return false;
    };
    CanvasSource source;
    source.fileName = root.value(QLatin1String("title")).toString();
    source.description = root.value(QLatin1String("description")).toString();
    for (const QJsonValue &c : root.value(QLatin1String("chapters")).toArray()) {
        const QJsonObject object = c.toObject();
        CanvasSource::Chapter chapter{object.value(QLatin1String("title")).toString(),
                                      object.value(QLatin1String("theme")).toString(), {}};
        if (!allowed(themes, chapter.theme))
            chapter.theme = QStringLiteral("custom");
        for (const QJsonValue &e : object.value(QLatin1String("entries")).toArray()) {
            Row row;
            const QJsonObject fields = e.toObject();
            for (auto it = fields.begin(); it != fields.end(); ++it)
                if (known.contains(it.key()))
                    row.insert(it.key(), it.value().toVariant());
            if (allowed(kinds, text(row, "kind")))
                chapter.entries.append(row);
        }
        source.chapters.append(chapter);
    }
    if (source.chapters.isEmpty()) {
        if (error)
            *error = tr("The template could not be read.");
        return std::nullopt;
    }
    return source;
}

QList<CanvasPick> CanvasImport::everything(const CanvasSource &source)
{
    QList<CanvasPick> picks;
    for (int c = 0; c < source.chapters.size(); ++c) {
        CanvasPick pick{c, {}};
        for (int e = 0; e < source.chapters[c].entries.size(); ++e)
            pick.entries << e;
        picks << pick;
    }
    return picks;
}

bool CanvasImport::import(ProjectContext &ctx, const CanvasSource &source, const QList<CanvasPick> &picks,
                          QString *error)
{
    int picked = 0;
    for (const CanvasPick &pick : picks)
        picked += int(pick.entries.size());
    if (picked == 0)
        return true;
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString project = source.projectTitle.isEmpty() ? tr("template “%1”").arg(source.fileName)
                                                          : source.projectTitle;
    // Titles meet whatever their case, spaces or apostrophes (’ or ').
    const auto key = [](QString title) { return title.replace(QChar(0x2019), QLatin1Char('\'')).simplified().toCaseFolded(); };
    QHash<QString, QString> chapterByTitle;
    for (const Row &c : ctx.store.rows(Tables::chapter()))
        chapterByTitle.insert(key(text(c, "title")), text(c, "id"));
    bool ok = true;
    const int stepsBefore = ctx.undoStack.index();
    {
        Edit::Group group(ctx, tr("Import into the canvas from %1").arg(project));
        for (const CanvasPick &pick : picks) {
            if (!ok || pick.chapter < 0 || pick.chapter >= source.chapters.size())
                continue;
            const CanvasSource::Chapter &chapter = source.chapters[pick.chapter];
            const QString titleKey = key(chapter.title);
            QString chapterId = chapterByTitle.value(titleKey);
            if (chapterId.isEmpty()) {
                chapterId = Edit::addRow(ctx, Tables::chapter(),
                                         {{QStringLiteral("title"), chapter.title},
                                          {QStringLiteral("theme"), chapter.theme},
                                          {QStringLiteral("origin_file"), source.fileName},
                                          {QStringLiteral("origin_project"), project},
                                          {QStringLiteral("origin_date"), today}});
                ok = !chapterId.isEmpty();
                chapterByTitle.insert(titleKey, chapterId);
            }
            for (int e : pick.entries) {
                if (!ok || e < 0 || e >= chapter.entries.size())
                    continue;
                Row row = chapter.entries[e];
                row.insert(QStringLiteral("chapter_id"), chapterId);
                if (text(row, "origin_project").isEmpty()) { // an entry imported before keeps its first origin
                    row.insert(QStringLiteral("origin_file"), source.fileName);
                    row.insert(QStringLiteral("origin_project"), project);
                    row.insert(QStringLiteral("origin_date"), today);
                }
                ok = !Edit::addRow(ctx, Tables::entry(), row).isEmpty();
            }
        }
    }
    if (!ok)
        Edit::takeBack(ctx, stepsBefore); // what was written before the failure: all or nothing
    if (!ok && error)
        *error = tr("The import could not be written: nothing was added.");
    return ok;
}

} // namespace Atelier::Sourcing
