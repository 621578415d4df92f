// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A throw-away folder for a test: documents live in it, working copies in its "work" subfolder.

#include "core/edit.h"
#include "core/project.h"
#include "core/schema.h"
#include "core/workingarea.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "catchqt.h"

struct Workspace
{
    QTemporaryDir dir;
    Atelier::WorkingArea area{dir.filePath(QStringLiteral("work"))};
    Atelier::Schema schema{{Atelier::coreSchema()}};

    QString path(const QString &name) const { return dir.filePath(name); }

    std::unique_ptr<Atelier::Project> create()
    {
        QString error;
        auto project = Atelier::Project::create(schema, area, &error);
        REQUIRE(project);
        return project;
    }

    std::unique_ptr<Atelier::Project> open(const QString &file, Atelier::OpenOptions options = {})
    {
        Atelier::OpenError error;
        auto project = Atelier::Project::open(file, schema, area, options, error);
        INFO(error.message.toStdString());
        REQUIRE(project);
        return project;
    }

    /// Saves a small valid project as `name` and returns its path.
    QString savedProject(const QString &name, const QString &title = QStringLiteral("Cantine"))
    {
        auto project = create();
        auto &ctx = project->context();
        REQUIRE(Atelier::Edit::setValue(ctx, Atelier::Entities::project(), ctx.store.projectId(),
                                        QStringLiteral("title"), title));
        QString error;
        REQUIRE(project->saveAs(path(name), &error));
        return path(name);
    }
};

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

inline QString projectTitle(Atelier::Project &project)
{
    return project.store()
        .value(Atelier::Entities::project(), project.store().projectId(), QStringLiteral("title"))
        .toString();
}
