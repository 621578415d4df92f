// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entities.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Atelier {
class Schema;
struct ProjectContext;
} // namespace Atelier

namespace Atelier::Sourcing {

/// Chapters and entries offered for import: read from another project file (through the safe
/// open) or from a template shipped with the application.
struct CanvasSource
{
    struct Chapter
    {
        QString title;
        QString theme;
        QList<Row> entries; ///< the entries' fields, without ids, chapter or position
    };
    QString fileName;     ///< the file's name, or the template's title
    QString projectTitle; ///< the project the canvas belongs to ("" for a template)
    QString description;  ///< a template's one-line description
    QList<Chapter> chapters;
};

/// A template shipped with the application.
struct CanvasTemplate
{
    QString title;
    QString description;
    QString resource;
};

/// Which entries of a source to import: for each chosen chapter, the entries chosen in it.
struct CanvasPick
{
    int chapter = 0;
    QList<int> entries;
};

struct CanvasImport
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Sourcing::CanvasImport)
public:
    /// The canvas of another project file, checked by the safe open like any file the user opens
    /// (a damaged or hostile file is refused with the reason; the file is never written).
    static std::optional<CanvasSource> fromFile(const QString &path, const Schema &schema, QString *error);
    static QList<CanvasTemplate> templates();
    static std::optional<CanvasSource> fromTemplate(const QString &resource, QString *error);
    /// Every chapter and entry of a source.
    static QList<CanvasPick> everything(const CanvasSource &source);
    /// Adds the picked entries, each in the chapter of the same title (made when missing), each
    /// keeping its origin (file, project, date of import), as one undo step; all of it or nothing.
    static bool import(ProjectContext &ctx, const CanvasSource &source, const QList<CanvasPick> &picks,
                       QString *error);
};

} // namespace Atelier::Sourcing
