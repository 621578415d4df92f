// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// I/O faults: a full disk and an I/O error injected (PowerCutVfs) at every write of an edit and of a save,
// one after the other; a read-only folder; the document's folder gone (USB key pulled); a lock file of
// another machine. Each: a clear message, nothing lost, and Save As elsewhere works.
#include "editmodel.h"
#include "powercutvfs.h"
#include "reliabilityreport.h"
#include "workspace.h"

#include "core/documentlock.h"
#include "core/notifier.h"
#include "core/safeopen.h"

#include <QSaveFile>
#include <QTranslator>

#include <sqlite3.h>
#include <unistd.h>

using namespace Atelier;
using namespace AtelierTest;
using Fault = PowerCutVfs::Fault;

namespace {

/// The document as saved, read back through the safe open.
ExpectedProject savedState(Workspace &ws, const QString &path)
{
    OpenError error;
    auto checked = UntrustedDatabase::load(path, ws.schema, error);
    INFO(error.message.toStdString());
    REQUIRE(checked);
    return ExpectedProject::read(checked->connection());
}

QStringList leftovers(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.saving")}, QDir::Files | QDir::Hidden);
}

} // namespace

TEST_CASE("A full disk or an I/O error at every write of an edit: refused with a message, nothing lost",
          "[reliability][iofault]")
{
    qint64 injected = 0;
    int edits = 0;
    for (const Fault fault : {Fault::DiskFull, Fault::IoError}) {
        Workspace ws;
        const QString doc = ws.savedProject(QStringLiteral("plein.atelier"), QStringLiteral("Avant"));
        PowerCutVfs vfs;
        auto project = ws.open(doc);
        auto &ctx = project->context();
        QSignalSpy failures(&project->notifier(), &Notifier::writeFailed);
        ExpectedProject expected = ExpectedProject::read(project->store());
        QRandomGenerator random(99);
        for (int serial = 0; serial < 12; ++serial) {
            ExpectedProject next;
            const PlannedEdit edit = planEdit(random, serial, expected, next);
            for (qint64 nth = 1;; ++nth) {
                const int steps = project->undoStack().count();
                const int failed = int(failures.count());
                // A full disk stays full until the retry; an I/O error is transient (one operation).
                vfs.armFault(nth, fault, fault == Fault::DiskFull);
                const qint64 before = vfs.faultsInjected();
                const bool ok = apply(ctx, edit);
                const bool hit = vfs.faultsInjected() > before;
                vfs.disarmFault();
                INFO("edit " << serial << ", fault at write " << nth);
                if (!hit) { // the edit needed fewer writes than nth: it went through
                    REQUIRE(ok);
                    expected = next;
                    ++edits;
                    break;
                }
                ++injected;
                if (ok) { // the fault hit the last sync, after the data reached the file: it landed
                    CHECK(project->undoStack().count() == steps + 1);
                    CHECK(ExpectedProject::read(project->store()).canonical() == next.canonical());
                    expected = next;
                    ++edits;
                    break;
                }
                CHECK(project->undoStack().count() == steps);
                REQUIRE(failures.count() == failed + 1);
                const QString message = failures.last().first().toString();
                CHECK(message.contains(fault == Fault::DiskFull ? QStringLiteral("disk is full")
                                                                : QStringLiteral("could not be recorded")));
                CHECK(ExpectedProject::read(project->store()).canonical() == expected.canonical());
            }
        }
        // Several rows in one step: a fault half-way leaves every row in place.
        const QStringList ids = expected.participants.keys();
        if (ids.size() >= 2) {
            for (qint64 nth = 1;; ++nth) {
                vfs.armFault(nth, fault, fault == Fault::DiskFull);
                const qint64 before = vfs.faultsInjected();
                const bool ok = Edit::removeRows(ctx, Entities::participant(), ids.mid(0, 2));
                const bool hit = vfs.faultsInjected() > before;
                vfs.disarmFault();
                if (!hit) {
                    REQUIRE(ok);
                    expected.participants.remove(ids[0]);
                    expected.participants.remove(ids[1]);
                    break;
                }
                ++injected;
                if (ok) {
                    expected.participants.remove(ids[0]);
                    expected.participants.remove(ids[1]);
                    CHECK(ExpectedProject::read(project->store()).canonical() == expected.canonical());
                    break;
                }
                CHECK(ExpectedProject::read(project->store()).canonical() == expected.canonical());
            }
            // …and undo puts both back, whole.
            REQUIRE(project->undoStack().canUndo());
            project->undoStack().undo();
            CHECK(project->store().rows(Entities::participant()).size() == ids.size());
            project->undoStack().redo();
        }
        // Everything acknowledged is in the working copy, and a save after the faults holds it all.
        QString error;
        REQUIRE(project->saveAs(ws.path(QStringLiteral("apres.atelier")), &error));
        CHECK(savedState(ws, ws.path(QStringLiteral("apres.atelier"))).canonical() == expected.canonical());
    }
    reportLine(QStringLiteral("I/O faults during edits"),
               QStringLiteral("edits=%1 faults=%2 lost=0").arg(edits).arg(injected));
}

TEST_CASE("A full disk or an I/O error at every write of a save: the document stays whole, the work too",
          "[reliability][iofault][save]")
{
    qint64 injected = 0;
    for (const Fault fault : {Fault::DiskFull, Fault::IoError}) {
        Workspace ws;
        const QString doc = ws.savedProject(QStringLiteral("sauve.atelier"), QStringLiteral("Avant"));
        const QByteArray before = fileHash(doc);
        PowerCutVfs vfs;
        auto project = ws.open(doc);
        auto &ctx = project->context();
        QRandomGenerator random(5);
        ExpectedProject expected = ExpectedProject::read(project->store());
        for (int serial = 0; serial < 6; ++serial) {
            ExpectedProject next;
            REQUIRE(apply(ctx, planEdit(random, serial, expected, next)));
            expected = next;
        }
        for (qint64 nth = 1;; ++nth) {
            vfs.armFault(nth, fault, fault == Fault::DiskFull);
            const qint64 count = vfs.faultsInjected();
            QString error;
            const bool ok = project->save(&error);
            const bool hit = vfs.faultsInjected() > count;
            vfs.disarmFault();
            INFO("fault at write " << nth << ": " << error.toStdString());
            if (!hit) {
                REQUIRE(ok);
                break;
            }
            ++injected;
            if (ok) { // an error SQLite may pass over (the last sync of VACUUM INTO's output; we sync it
                      // ourselves after): the document must then be whole and hold everything
                CHECK(savedState(ws, doc).canonical() == expected.canonical());
                break;
            }
            CHECK(error.contains(QStringLiteral("previous version of the file is intact")));
            if (fault == Fault::DiskFull)
                CHECK(error.contains(QStringLiteral("disk is full")));
            CHECK(fileHash(doc) == before);
            CHECK(project->isModified());
            CHECK(leftovers(ws.dir.path()).isEmpty());
            CHECK(ExpectedProject::read(project->store()).canonical() == expected.canonical());
        }
        CHECK(savedState(ws, doc).canonical() == expected.canonical());
        CHECK_FALSE(project->isModified());
    }
    reportLine(QStringLiteral("I/O faults during Save"),
               QStringLiteral("faults=%1 torn=0 lost=0").arg(injected));
}

TEST_CASE("A folder that cannot be written: a clear message, and Save As elsewhere keeps the work",
          "[reliability][iofault]")
{
    Workspace ws;
    const QString doc = ws.savedProject(QStringLiteral("cle.atelier"), QStringLiteral("Avant"));
    auto project = ws.open(doc);
    auto &ctx = project->context();
    REQUIRE(Edit::setValue(ctx, Entities::project(), ctx.store.projectId(), QStringLiteral("title"),
                           QStringLiteral("Après")));
    // As root, permissions do not stop a write: /proc is a folder nobody can create a file in.
    QString locked = ws.path(QStringLiteral("lecture-seule"));
    QDir().mkpath(locked);
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    if (::geteuid() == 0)
        locked = QStringLiteral("/proc");
    QString error;
    CHECK_FALSE(project->saveAs(QDir(locked).filePath(QStringLiteral("cle.atelier")), &error));
    CHECK(error.contains(QStringLiteral("cannot write in the folder")));
    CHECK(error.contains(QStringLiteral("Save As")));
    CHECK(project->isModified());
    REQUIRE(project->saveAs(ws.path(QStringLiteral("ailleurs.atelier")), &error));
    CHECK(savedState(ws, ws.path(QStringLiteral("ailleurs.atelier"))).title == QStringLiteral("Après"));
    QFile::setPermissions(ws.path(QStringLiteral("lecture-seule")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

TEST_CASE("The document's folder gone while open (USB key pulled): the work is kept, Save As works",
          "[reliability][iofault]")
{
    Workspace ws;
    QDir().mkpath(ws.path(QStringLiteral("usb")));
    auto created = ws.create();
    QString error;
    const QString doc = ws.path(QStringLiteral("usb/projet.atelier"));
    REQUIRE(created->saveAs(doc, &error));
    created.reset();
    auto project = ws.open(doc);
    auto &ctx = project->context();
    REQUIRE(Edit::setValue(ctx, Entities::project(), ctx.store.projectId(), QStringLiteral("title"),
                           QStringLiteral("Avant le retrait")));
    REQUIRE(QDir(ws.path(QStringLiteral("usb"))).removeRecursively()); // the key is gone
    REQUIRE(Edit::setValue(ctx, Entities::project(), ctx.store.projectId(), QStringLiteral("title"),
                           QStringLiteral("Après le retrait"))); // edits go on: the working copy is local
    CHECK_FALSE(project->save(&error));
    CHECK(error.contains(QStringLiteral("is no longer there")));
    CHECK(project->isModified());
    REQUIRE(project->saveAs(ws.path(QStringLiteral("secours.atelier")), &error));
    CHECK(savedState(ws, ws.path(QStringLiteral("secours.atelier"))).title ==
          QStringLiteral("Après le retrait"));
}

TEST_CASE("A lock file of another machine: told who holds it; read-only or open anyway",
          "[reliability][lock]")
{
    Workspace ws;
    const QString doc = ws.savedProject(QStringLiteral("partage.atelier"), QStringLiteral("Partagé"));
    {
        // As another machine writes it through the share.
        QSaveFile lock(DocumentLock::lockPathFor(doc));
        REQUIRE(lock.open(QIODevice::WriteOnly));
        lock.write(
            R"({"user":"marie","host":"PC-MAIRIE-7","pid":4242,"since":"2026-12-01T09:30:00Z","token":"x"})");
        REQUIRE(lock.commit());
    }
    const QByteArray lockBefore = fileHash(DocumentLock::lockPathFor(doc));
    OpenError error;
    LockHolder holder;
    CHECK_FALSE(Project::open(doc, ws.schema, ws.area, {}, error, &holder));
    CHECK(error.code == OpenError::Code::LockedByOther);
    CHECK(error.message.contains(QStringLiteral("PC-MAIRIE-7")));
    CHECK(holder.host == QStringLiteral("PC-MAIRIE-7"));
    CHECK(fileHash(DocumentLock::lockPathFor(doc)) == lockBefore); // their lock is left alone
    OpenOptions readOnly;
    readOnly.readOnly = true;
    auto view = ws.open(doc, readOnly);
    CHECK(view->isReadOnly());
    CHECK(projectTitle(*view) == QStringLiteral("Partagé"));
    QString saveError;
    CHECK_FALSE(view->save(&saveError));
    REQUIRE(view->saveAs(ws.path(QStringLiteral("ma-copie.atelier")), &saveError));
}

TEST_CASE("A full disk is told in French to a French user: the edit and the save", "[reliability][iofault][i18n]")
{
    QTranslator french;
    REQUIRE(french.load(QStringLiteral(":/i18n/atelier_fr.qm")));
    QCoreApplication::installTranslator(&french);
    Workspace ws;
    const QString doc = ws.savedProject(QStringLiteral("francais.atelier"), QStringLiteral("Avant"));
    PowerCutVfs vfs;
    auto project = ws.open(doc);
    auto &ctx = project->context();
    QSignalSpy failures(&project->notifier(), &Notifier::writeFailed);
    vfs.armFault(1, Fault::DiskFull, true);
    CHECK(Edit::addRow(ctx, Entities::keyDate(), {{QStringLiteral("label"), QStringLiteral("Jury")}}).isEmpty());
    REQUIRE(failures.count() == 1);
    CHECK(failures.first().first().toString().contains(QStringLiteral("le disque est plein")));
    QString error;
    CHECK_FALSE(project->saveAs(ws.path(QStringLiteral("plein.atelier")), &error));
    CHECK(error.contains(QStringLiteral("le disque est plein")));
    CHECK(error.contains(QStringLiteral("Enregistrer sous")));
    vfs.disarmFault();
    QCoreApplication::removeTranslator(&french);
    CHECK_FALSE(Edit::addRow(ctx, Entities::keyDate(), {{QStringLiteral("label"), QStringLiteral("Jury")}}).isEmpty());
}
