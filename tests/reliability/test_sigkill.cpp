// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SIGKILL of the real process (atelier_crash_helper) at random moments — inside an edit's transaction as
// well as between edits, and during Save: nothing acknowledged is lost, recovery is offered and complete,
// the document is wholly the old or wholly the new version.
#include "editmodel.h"
#include "reliabilityreport.h"
#include "workspace.h"

#include "core/safeopen.h"

#include <QProcess>
#include <QThread>

#include <sqlite3.h>

using namespace Atelier;
using namespace AtelierTest;

namespace {

/// Starts the helper, waits for "ready", lets it work `ms` milliseconds, kills it; returns its output.
QList<QByteArray> runAndKill(const QStringList &arguments, int ms)
{
    QProcess child;
    child.start(QStringLiteral(CRASH_HELPER), arguments);
    REQUIRE(child.waitForStarted(10000));
    QByteArray out;
    while (!out.contains("ready\n")) {
        REQUIRE(child.waitForReadyRead(20000));
        out += child.readAllStandardOutput();
    }
    QThread::usleep(ulong(ms) * 1000);
    child.kill(); // SIGKILL: no destructor, no cleanup, wherever it is
    REQUIRE(child.waitForFinished(10000));
    REQUIRE(child.exitStatus() == QProcess::CrashExit);
    out += child.readAllStandardOutput();
    QList<QByteArray> lines = out.split('\n');
    lines.removeLast(); // the part after the last newline: empty, or a line cut by the kill
    return lines;
}

/// The recovered project, saved to `path` and read back with plain SQL.
ExpectedProject recoverInto(Workspace &ws, const QString &path)
{
    const QList<RecoverableWork> work = ws.area.recoverable();
    REQUIRE(work.size() == 1); // offered at the next start
    OpenError error;
    auto recovered = Project::recover(work.first(), ws.schema, ws.area, error);
    INFO(error.message.toStdString());
    REQUIRE(recovered);
    QString saveError;
    REQUIRE(recovered->saveAs(path, &saveError));
    recovered.reset();
    Sql::Connection db(path, SQLITE_OPEN_READONLY);
    return ExpectedProject::read(db);
}

} // namespace

TEST_CASE("SIGKILL at random moments during edits loses no acknowledged edit", "[reliability][sigkill]")
{
    const int trials = trialCount("ATELIER_KILL_TRIALS", 30);
    QRandomGenerator random(424242);
    int acknowledged = 0, lost = 0;
    for (int trial = 0; trial < trials; ++trial) {
        Workspace ws;
        const QString doc = ws.savedProject(QStringLiteral("tuee.atelier"), QStringLiteral("Avant"));
        const QByteArray before = fileHash(doc);
        const QList<QByteArray> lines = runAndKill(
            {QStringLiteral("--edit-loop"), ws.area.directory(), doc, QString::number(random.generate())},
            int(random.bounded(400)));
        ExpectedProject initial;
        initial.title = QStringLiteral("Avant");
        QString lastAcked = sha256(initial.canonical().toUtf8()), inFlight;
        QMap<QByteArray, QString> begun;
        for (const QByteArray &line : lines) {
            const QList<QByteArray> w = line.split(' ');
            if (w.size() == 3 && w[0] == "begin") {
                begun.insert(w[1], QString::fromLatin1(w[2]));
                inFlight = QString::fromLatin1(w[2]);
            } else if (w.size() == 2 && w[0] == "ack") {
                lastAcked = begun.value(w[1]);
                inFlight.clear();
                ++acknowledged;
            }
        }
        CHECK(fileHash(doc) == before); // the document changes only on Save
        INFO("trial " << trial << ", " << lines.size() << " lines");
        // Killed before anything was acknowledged, the session may have nothing to offer (its first edit
        // not yet marked in the sidecar): then nothing was promised and the document is untouched.
        const bool offered = !ws.area.recoverable().isEmpty();
        const QString initialState = sha256(initial.canonical().toUtf8());
        const QString actual =
            offered ? sha256(recoverInto(ws, ws.path(QStringLiteral("recovered.atelier"))).canonical().toUtf8())
                    : initialState;
        const bool ok = actual == lastAcked || (!inFlight.isEmpty() && actual == inFlight);
        CHECK(ok);
        lost += !ok;
    }
    reportLine(QStringLiteral("SIGKILL during edits"),
               QStringLiteral("trials=%1 acknowledged=%2 lost=%3").arg(trials).arg(acknowledged).arg(lost));
}

TEST_CASE("SIGKILL during Save leaves the document whole, old or new, and the work recoverable",
          "[reliability][sigkill][save]")
{
    const int trials = trialCount("ATELIER_KILL_SAVE_TRIALS", 20);
    QRandomGenerator random(777);
    int saves = 0, torn = 0, lost = 0;
    for (int trial = 0; trial < trials; ++trial) {
        Workspace ws;
        const QString doc = ws.savedProject(QStringLiteral("enregistree.atelier"), QStringLiteral("v 0"));
        const QList<QByteArray> lines =
            runAndKill({QStringLiteral("--save-loop"), ws.area.directory(), doc}, int(random.bounded(300)));
        int lastEdited = 0, lastSaved = 0, saving = -1;
        for (const QByteArray &line : lines) {
            const QList<QByteArray> w = line.split(' ');
            if (w.size() != 2)
                continue;
            if (w[0] == "edited")
                lastEdited = w[1].toInt();
            else if (w[0] == "begin-save")
                saving = w[1].toInt();
            else if (w[0] == "saved") {
                lastSaved = w[1].toInt();
                saving = -1;
                ++saves;
            }
        }
        INFO("trial " << trial << ": saved " << lastSaved << ", saving " << saving);
        // The document: it passes the safe open and is one of the versions, whole.
        OpenError error;
        auto checked = UntrustedDatabase::load(doc, ws.schema, error);
        INFO(error.message.toStdString());
        CHECK(checked);
        torn += !checked;
        if (checked) {
            const QString title =
                checked->connection().scalar(QStringLiteral("SELECT title FROM project")).toString();
            const bool whole = title == QStringLiteral("v %1").arg(lastSaved) ||
                               (saving >= 0 && title == QStringLiteral("v %1").arg(saving));
            CHECK(whole);
            torn += !whole;
        }
        // Every acknowledged edit is somewhere: in the work offered for recovery, or (when the save
        // finished just before the kill, so that nothing was left unsaved) in the document.
        if (!ws.area.recoverable().isEmpty()) {
            const ExpectedProject recovered = recoverInto(ws, ws.path(QStringLiteral("recovered.atelier")));
            const bool kept = recovered.title == QStringLiteral("v %1").arg(lastEdited) ||
                              recovered.title == QStringLiteral("v %1").arg(lastEdited + 1);
            CHECK(kept);
            lost += !kept;
        } else if (checked) {
            const QString title =
                checked->connection().scalar(QStringLiteral("SELECT title FROM project")).toString();
            CHECK(title == QStringLiteral("v %1").arg(lastEdited));
            lost += title != QStringLiteral("v %1").arg(lastEdited);
        }
    }
    reportLine(
        QStringLiteral("SIGKILL during Save"),
        QStringLiteral("trials=%1 saves=%2 torn=%3 lost=%4").arg(trials).arg(saves).arg(torn).arg(lost));
}
