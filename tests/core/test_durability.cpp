// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include <QProcess>

using namespace Atelier;

TEST_CASE("An edit survives SIGKILL and is offered for recovery", "[durability][recovery]")
{
    Workspace ws;
    const QString doc = ws.savedProject(QStringLiteral("cantine.atelier"), QStringLiteral("Before"));
    const QByteArray savedHash = fileHash(doc);

    QProcess child;
    child.start(QStringLiteral(CRASH_HELPER), {ws.area.directory(), doc, QStringLiteral("After the crash")});
    REQUIRE(child.waitForReadyRead(20000));
    REQUIRE(child.readAllStandardOutput().trimmed() == "edited");
    child.kill(); // SIGKILL: no destructor, no cleanup
    REQUIRE(child.waitForFinished(5000));
    REQUIRE(child.exitStatus() == QProcess::CrashExit);

    CHECK(fileHash(doc) == savedHash); // the document itself only changes on Save

    const QList<RecoverableWork> work = ws.area.recoverable();
    REQUIRE(work.size() == 1);
    CHECK(work.first().documentPath == QFileInfo(doc).absoluteFilePath());
    CHECK(work.first().title == QStringLiteral("After the crash"));

    OpenError error;
    auto recovered = Project::recover(work.first(), ws.schema, ws.area, error);
    INFO(error.message.toStdString());
    REQUIRE(recovered);
    CHECK(projectTitle(*recovered) == QStringLiteral("After the crash"));
    CHECK(recovered->isModified());
    CHECK(recovered->documentPath() == QFileInfo(doc).absoluteFilePath());
    CHECK(ws.area.recoverable().isEmpty()); // the recovered session now belongs to this process

    // The stale lock of the killed process was taken over: saving works and clears the mark.
    QString saveError;
    REQUIRE(recovered->save(&saveError));
    CHECK_FALSE(recovered->isModified());
    recovered.reset();
    auto reopened = ws.open(doc);
    CHECK(projectTitle(*reopened) == QStringLiteral("After the crash"));
}

TEST_CASE("Work of a live or cleanly closed session is not offered for recovery", "[recovery]")
{
    Workspace ws;
    auto project = ws.create();
    auto &ctx = project->context();
    REQUIRE(Edit::setValue(ctx, Entities::project(), ctx.store.projectId(), QStringLiteral("title"),
                           QStringLiteral("Live")));
    REQUIRE(project->isModified());
    CHECK(ws.area.recoverable().isEmpty()); // this process is alive
    const QString workingCopy = project->workingCopyPath();
    REQUIRE(QFile::exists(workingCopy));
    project.reset();
    CHECK_FALSE(QFile::exists(workingCopy));
    CHECK(ws.area.recoverable().isEmpty());
}
