// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Power cuts during Save and Save As (PowerCutVfs, which also sees Save's own fsync, rename and folder
// sync): afterwards the document is wholly the old version or wholly the new one — the new one whenever
// the save was acknowledged — never torn; the working copy still holds every edit.
//
// Checked once by hand (2026-12-01): without the folder sync after the rename (DurableFile::replace),
// this test fails (an acknowledged save comes back as the old document after a cut), as it must.
#include "editmodel.h"
#include "powercutvfs.h"
#include "reliabilityreport.h"
#include "workspace.h"

#include "core/safeopen.h"

#include <sqlite3.h>

using namespace Atelier;
using namespace AtelierTest;

TEST_CASE("Power cuts during Save and Save As: the document is whole, old or new; the work is kept",
          "[reliability][powercut][save]")
{
    const int trials = trialCount("ATELIER_POWER_CUTS_SAVE", 100);
    QRandomGenerator random(31337);
    int cuts = 0, acknowledgedSaves = 0, torn = 0, lost = 0;
    for (int trial = 0; trial < trials; ++trial) {
        Workspace ws;
        const QString doc = ws.savedProject(QStringLiteral("feuille.atelier"), QStringLiteral("ancienne"));
        const bool saveAs = trial % 2 == 1;
        const QString target = saveAs ? ws.path(QStringLiteral("copie.atelier")) : doc;
        if (saveAs && trial % 4 == 3) // Save As over an existing file, too
            REQUIRE(QFile::copy(doc, target));
        const QString before = QFile::exists(target) ? QStringLiteral("ancienne") : QString();
        QString workingCopy;
        bool acknowledged = false;
        {
            PowerCutVfs vfs;
            auto project = ws.open(doc);
            workingCopy = project->workingCopyPath();
            auto &ctx = project->context();
            QRandomGenerator content{quint32(trial)};
            ExpectedProject now = ExpectedProject::read(project->store()), next;
            for (int serial = 0; serial < 4; ++serial) { // a few pages of attachments, so a save has writes
                REQUIRE(apply(ctx, planEdit(content, serial, now, next)));
                now = next;
            }
            REQUIRE(Edit::setValue(ctx, Entities::project(), ctx.store.projectId(), QStringLiteral("title"),
                                   QStringLiteral("nouvelle")));
            vfs.armCut(1 + random.bounded(80), random.generate64());
            QString error;
            acknowledged = saveAs ? project->saveAs(target, &error) : project->save(&error);
            cuts += vfs.poweredOff();
            if (!vfs.poweredOff())
                REQUIRE(acknowledged);
            project.reset();
            vfs.settle();
        }
        acknowledgedSaves += acknowledged;
        INFO("trial " << trial << (saveAs ? " (Save As)" : " (Save)")
                      << (acknowledged ? ", acknowledged" : ""));
        if (QFile::exists(target)) {
            OpenError error;
            auto checked = UntrustedDatabase::load(target, ws.schema, error);
            INFO(error.message.toStdString());
            CHECK(checked);
            const QString title =
                checked ? checked->connection().scalar(QStringLiteral("SELECT title FROM project")).toString()
                        : QString();
            const bool whole = title == QStringLiteral("nouvelle") || (!acknowledged && title == before);
            CHECK(whole);
            torn += !whole;
        } else {
            CHECK_FALSE(acknowledged); // a new file may be absent only when the save was not acknowledged
            CHECK(before.isEmpty());
            torn += acknowledged;
        }
        Sql::Connection db(workingCopy, SQLITE_OPEN_READWRITE);
        CHECK(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
        const bool kept =
            db.scalar(QStringLiteral("SELECT title FROM project")).toString() == QStringLiteral("nouvelle");
        CHECK(kept);
        lost += !kept;
    }
    reportLine(QStringLiteral("power cuts during Save and Save As"),
               QStringLiteral("trials=%1 cuts=%2 saves-acknowledged=%3 torn=%4 lost=%5")
                   .arg(trials)
                   .arg(cuts)
                   .arg(acknowledgedSaves)
                   .arg(torn)
                   .arg(lost));
}
