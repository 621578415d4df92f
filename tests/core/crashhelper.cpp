// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Opens a document, renames the project, says "edited" and waits to be killed.
// Usage: atelier_crash_helper WORKDIR DOCUMENT NEWTITLE
#include "core/edit.h"
#include "core/project.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    Atelier::WorkingArea area(args[1]);
    Atelier::Schema schema({Atelier::coreSchema()});
    Atelier::OpenError error;
    auto project = Atelier::Project::open(args[2], schema, area, {}, error);
    if (!project)
        return 3;
    auto &ctx = project->context();
    if (!Atelier::Edit::setValue(ctx, Atelier::Entities::project(), ctx.store.projectId(),
                                 QStringLiteral("title"), args[3]))
        return 4;
    std::puts("edited");
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1);
}
