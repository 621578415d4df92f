// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Power cuts, simulated by PowerCutVfs: random edits through the public API, the power cut at a random
// write or sync; the working copy as the disk holds it afterwards must reopen, pass integrity_check, and
// hold every edit that was acknowledged (Edit returned true), and at most the one in flight besides.
//
// Checked once by hand (2026-12-01): with `PRAGMA synchronous = OFF` in Project::openWorkingCopy this
// test fails from its first trial, as it must (nothing is ever synced: the working copy's very entry in
// its folder is lost with every acknowledged edit); with synchronous = FULL and the exclusive locking
// mode it passes. (In exclusive mode the
// journal is kept and its header zeroed and synced at commit; in normal locking mode with FULL, the
// unlinked journal could come back after a cut, since only EXTRA syncs the folder then.)
#include "editmodel.h"
#include "powercutvfs.h"
#include "reliabilityreport.h"
#include "workspace.h"

#include "core/safeopen.h"

#include <sqlite3.h>

using namespace Atelier;
using namespace AtelierTest;

TEST_CASE("Power cuts during edits lose no acknowledged edit and never damage the working copy",
          "[reliability][powercut]")
{
    const int trials = trialCount("ATELIER_POWER_CUTS", 100);
    QRandomGenerator random(20261201);
    int acknowledged = 0, inFlightKept = 0, lost = 0, damaged = 0;
    for (int trial = 0; trial < trials; ++trial) {
        Workspace ws;
        const QString doc = ws.savedProject(QStringLiteral("coupure.atelier"), QStringLiteral("Avant"));
        ExpectedProject expected;
        expected.title = QStringLiteral("Avant");
        std::optional<ExpectedProject> inFlight;
        QString workingCopy;
        int acknowledgedHere = 0;
        {
            PowerCutVfs vfs;
            auto project = ws.open(doc);
            workingCopy = project->workingCopyPath();
            vfs.armCut(1 + random.bounded(300), random.generate64());
            for (int serial = 0; serial < 60 && !vfs.poweredOff(); ++serial) {
                ExpectedProject next;
                const PlannedEdit edit = planEdit(random, serial, expected, next);
                const bool ok = apply(project->context(), edit);
                if (ok && !vfs.poweredOff()) {
                    expected = next;
                    ++acknowledged;
                    ++acknowledgedHere;
                } else {
                    REQUIRE(vfs.poweredOff()); // an edit fails only because the power went
                    inFlight = next;
                }
            }
            project.reset(); // the process "dies": whatever it still tries to write is lost
            vfs.settle();
        }
        INFO("trial " << trial << ", " << acknowledgedHere << " edits acknowledged");
        if (!QFile::exists(workingCopy)) { // only acceptable when nothing was promised yet
            CHECK(acknowledgedHere == 0);
            lost += acknowledgedHere;
            continue;
        }
        Sql::Connection db(workingCopy, SQLITE_OPEN_READWRITE); // rolls a hot journal back
        const QString check = db.scalar(QStringLiteral("PRAGMA integrity_check")).toString();
        CHECK(check == QStringLiteral("ok"));
        damaged += check != QStringLiteral("ok");
        const QString actual = ExpectedProject::read(db).canonical();
        const bool kept = actual == expected.canonical();
        const bool withInFlight = inFlight && actual == inFlight->canonical();
        CHECK((kept || withInFlight));
        lost += !(kept || withInFlight);
        inFlightKept += withInFlight && !kept;
        db.close();
        OpenError error;
        CHECK(UntrustedDatabase::load(workingCopy, ws.schema, error)); // and it passes the safe open
    }
    reportLine(QStringLiteral("power cuts during edits"),
               QStringLiteral("trials=%1 cuts=%1 acknowledged=%2 in-flight-kept=%3 lost=%4 damaged=%5")
                   .arg(trials)
                   .arg(acknowledged)
                   .arg(inFlightKept)
                   .arg(lost)
                   .arg(damaged));
}
