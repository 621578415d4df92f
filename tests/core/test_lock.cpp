// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include <QSysInfo>

using namespace Atelier;

TEST_CASE("A second opening is told who holds the document and may view it read-only", "[lock]")
{
    Workspace ws;
    const QString doc = ws.savedProject(QStringLiteral("tenu.atelier"));
    auto first = ws.open(doc);
    REQUIRE(QFile::exists(DocumentLock::lockPathFor(doc)));

    OpenError error;
    LockHolder holder;
    auto second = Project::open(doc, ws.schema, ws.area, {}, error, &holder);
    CHECK_FALSE(second);
    CHECK(error.code == OpenError::Code::LockedByOther);
    CHECK(holder.host == QSysInfo::machineHostName());
    CHECK(holder.pid == QCoreApplication::applicationPid());
    CHECK(error.message.contains(QSysInfo::machineHostName()));
    CHECK(error.message.contains(QStringLiteral("read-only")));

    OpenOptions readOnly;
    readOnly.readOnly = true;
    auto viewer = ws.open(doc, readOnly);
    CHECK(viewer->isReadOnly());
    auto &ctx = viewer->context();
    QSignalSpy refused(&ctx.notifier, &Notifier::writeFailed);
    CHECK_FALSE(Edit::setValue(ctx, Entities::project(), ctx.store.projectId(), QStringLiteral("title"),
                               QStringLiteral("Nope")));
    CHECK(refused.count() == 1);
    CHECK(viewer->undoStack().count() == 0);
    QString saveError;
    CHECK_FALSE(viewer->save(&saveError));
    viewer.reset();
    CHECK(QFile::exists(DocumentLock::lockPathFor(doc))); // the viewer never owned it

    first.reset();
    CHECK_FALSE(QFile::exists(DocumentLock::lockPathFor(doc)));
    CHECK(ws.open(doc)); // free again
}

TEST_CASE("Open anyway takes the lock over", "[lock]")
{
    Workspace ws;
    const QString doc = ws.savedProject(QStringLiteral("force.atelier"));
    auto first = ws.open(doc);
    OpenOptions anyway;
    anyway.ignoreLock = true;
    auto second = ws.open(doc, anyway);
    CHECK_FALSE(second->isReadOnly());
    first.reset(); // the first no longer owns the lock: it must not remove the second's
    CHECK(QFile::exists(DocumentLock::lockPathFor(doc)));
}
