// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A child process for the durability tests, killed with SIGKILL by its parent.
//   atelier_crash_helper WORKDIR DOCUMENT NEWTITLE
//       opens DOCUMENT, renames the project, says "edited" and waits to be killed;
//   atelier_crash_helper --edit-loop WORKDIR DOCUMENT SEED
//       opens DOCUMENT and applies random edits until killed. Before each edit it prints
//       "begin N SHA" (SHA: the SHA-256 of the state the edit leads to, worked out by the test's own
//       model), and "ack N" once the edit has returned;
//   atelier_crash_helper --save-loop WORKDIR DOCUMENT
//       opens DOCUMENT and, until killed, renames the project "v N" (printing "edited N" once
//       acknowledged) then saves it ("begin-save N", then "saved N").
#include "editmodel.h"

#include "core/edit.h"
#include "core/project.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace Atelier;

static void say(const QByteArray &line)
{
    std::fputs((line + '\n').constData(), stdout);
    std::fflush(stdout);
}

static std::unique_ptr<Project> openDocument(const QString &document, const Schema &schema, WorkingArea &area)
{
    OpenError error;
    auto project = Project::open(document, schema, area, {}, error);
    if (!project)
        std::fprintf(stderr, "%s\n", error.message.toUtf8().constData());
    return project;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const Schema schema({coreSchema()});
    if (args.size() == 5 && args[1] == QLatin1String("--edit-loop")) {
        WorkingArea area(args[2]);
        auto project = openDocument(args[3], schema, area);
        if (!project)
            return 3;
        QRandomGenerator random(args[4].toUInt());
        AtelierTest::ExpectedProject now;
        now.title = AtelierTest::projectTitleOf(*project);
        say("ready");
        for (int serial = 0;; ++serial) {
            AtelierTest::ExpectedProject next;
            AtelierTest::PlannedEdit edit = AtelierTest::planEdit(random, serial, now, next);
            say(QByteArray("begin ") + QByteArray::number(serial) + ' ' +
                AtelierTest::sha256(next.canonical().toUtf8()).toLatin1());
            if (!AtelierTest::apply(project->context(), edit))
                return 4;
            say(QByteArray("ack ") + QByteArray::number(serial));
            now = next;
        }
    }
    if (args.size() == 4 && args[1] == QLatin1String("--save-loop")) {
        WorkingArea area(args[2]);
        auto project = openDocument(args[3], schema, area);
        if (!project)
            return 3;
        auto &ctx = project->context();
        say("ready");
        for (int serial = 1;; ++serial) {
            if (!Edit::setValue(ctx, Entities::project(), ctx.store.projectId(), QStringLiteral("title"),
                                QStringLiteral("v %1").arg(serial)))
                return 4;
            say(QByteArray("edited ") + QByteArray::number(serial));
            say(QByteArray("begin-save ") + QByteArray::number(serial));
            QString error;
            if (!project->save(&error))
                return 5;
            say(QByteArray("saved ") + QByteArray::number(serial));
        }
    }
    if (args.size() != 4)
        return 2;
    WorkingArea area(args[1]);
    auto project = openDocument(args[2], schema, area);
    if (!project)
        return 3;
    auto &ctx = project->context();
    if (!Edit::setValue(ctx, Entities::project(), ctx.store.projectId(), QStringLiteral("title"), args[3]))
        return 4;
    say("edited");
    for (;;)
        QThread::sleep(1);
}
