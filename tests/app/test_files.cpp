// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSysInfo>

using namespace Atelier;

TEST_CASE("Opening a document shows it, remembers it, and titles the window with its name", "[files]")
{
    WindowFixture f;
    const QString doc = f.ws.savedProject(QStringLiteral("cantine.atelier"), QStringLiteral("Cantine"));
    REQUIRE(f.docs().open(doc));
    CHECK(f.window->windowTitle() == QStringLiteral("cantine.atelier[*] — Atelier Achat"));
    CHECK(f.find<QLineEdit>(QStringLiteral("title"))->text() == QStringLiteral("Cantine"));
    CHECK(f.find<QLabel>(QStringLiteral("fileLabel"))->text() ==
          QDir::toNativeSeparators(QFileInfo(doc).absoluteFilePath()));
    CHECK(f.docs().recentFiles().list().first() == QFileInfo(doc).absoluteFilePath());
}

TEST_CASE("A refused file is explained and the open project stays", "[files]")
{
    WindowFixture f;
    const QString good = f.ws.savedProject(QStringLiteral("good.atelier"));
    REQUIRE(f.docs().open(good));
    QFile bad(f.ws.path(QStringLiteral("bad.atelier")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("this is not a project");
    bad.close();
    QString said;
    answerNextMessageBox(QString(), &said, QMessageBox::Ok);
    CHECK_FALSE(f.docs().open(bad.fileName()));
    CHECK(said.contains(QStringLiteral("bad.atelier")));
    CHECK(said.contains(QStringLiteral("not an Atelier Achat project")));
    REQUIRE(f.docs().project());
    CHECK(f.docs().project()->documentPath() == QFileInfo(good).absoluteFilePath());
}

TEST_CASE("A document held by someone else opens read-only when the user says so", "[files][lock]")
{
    WindowFixture f;
    const QString doc = f.ws.savedProject(QStringLiteral("tenu.atelier"));
    auto holder = f.ws.open(doc); // another "instance" holds it
    QString said;
    answerNextMessageBox(QStringLiteral("Open read-only"), &said);
    REQUIRE(f.docs().open(doc));
    CHECK(said.contains(QSysInfo::machineHostName()));
    CHECK(f.project().isReadOnly());
    CHECK(f.find<QLabel>(QStringLiteral("stateLabel"))->text() == QStringLiteral("Read-only"));
    CHECK(f.find<QLineEdit>(QStringLiteral("title"))->isReadOnly());
}

TEST_CASE("At start, unsaved work of an interrupted session is offered and comes back modified",
          "[files][recovery]")
{
    WindowFixture f;
    const QString doc = f.ws.savedProject(QStringLiteral("interrompu.atelier"), QStringLiteral("Avant"));
    // What an instance killed mid-work leaves: its working copy and a sidecar naming a dead process.
    {
        auto edited = f.ws.open(doc);
        auto &ctx = edited->context();
        REQUIRE(Edit::setValue(ctx, Entities::project(), ctx.store.projectId(), QStringLiteral("title"),
                               QStringLiteral("Après")));
        QString error;
        REQUIRE(edited->saveAs(f.ws.path(QStringLiteral("copie.atelier")), &error)); // a snapshot of the work
    }
    QDir(f.ws.area.directory()).mkpath(QStringLiteral("."));
    const QString stem = QDir(f.ws.area.directory()).filePath(QStringLiteral("orphan"));
    REQUIRE(QFile::copy(f.ws.path(QStringLiteral("copie.atelier")), stem + QStringLiteral(".work.atelier")));
    QFile sidecar(stem + QStringLiteral(".session.json"));
    REQUIRE(sidecar.open(QIODevice::WriteOnly));
    sidecar.write(QJsonDocument(QJsonObject{{QStringLiteral("document"), QFileInfo(doc).absoluteFilePath()},
                                            {QStringLiteral("title"), QStringLiteral("Après")},
                                            {QStringLiteral("dirty"), true},
                                            {QStringLiteral("pid"), 2147483000.0},
                                            {QStringLiteral("host"), QSysInfo::machineHostName()}})
                      .toJson());
    sidecar.close();

    QString said;
    answerNextMessageBox(QStringLiteral("Recover"), &said);
    REQUIRE(f.docs().offerRecovery());
    CHECK(said.contains(QStringLiteral("Après")));
    CHECK(f.project().documentPath() == QFileInfo(doc).absoluteFilePath());
    CHECK(f.project().isModified());
    CHECK(f.window->isWindowModified());
    CHECK(f.find<QLineEdit>(QStringLiteral("title"))->text() == QStringLiteral("Après"));
    CHECK_FALSE(QFile::exists(sidecar.fileName()));
}
