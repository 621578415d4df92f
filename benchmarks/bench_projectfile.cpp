// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// How long the project file's life cycle takes as projects grow: the safe open alone (cold: the file just
// evicted from the page cache; warm: read again), with its own peak memory; beside it, SQLite's
// quick_check (the former structural check) and integrity_check (the present one) alone on the same file;
// the open into a working copy (safe open included); one durable edit (mean of 50); save, with its peak.
// Every step is checked: a failure stops the benchmark instead of timing as a fast step.
#include "benchtools.h"

#include "core/attachmentfile.h"
#include "core/edit.h"
#include "core/project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include "core/sqlite.h"

#include <QFile>

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>

using namespace Atelier;
using Bench::ms;

namespace {

struct Scenario
{
    const char *name;
    int participants;
    int attachments;
    int attachmentKiB;
};

/// The peak resident memory since Bench::resetPeak(), in MiB.
long peakMiB()
{
    return Bench::statusKiB("VmHWM:") / 1024;
}

/// One pragma alone on a read-only connection of the file: the former check and the present one.
double pragmaMs(const QString &path, const char *pragma)
{
    Sql::Connection db(path, SQLITE_OPEN_READONLY);
    QElapsedTimer t;
    t.start();
    const QString result = db.scalar(QString::fromLatin1(pragma)).toString();
    const double elapsed = ms(t);
    if (result != QLatin1String("ok")) {
        std::fprintf(stderr, "%s failed: %s\n", pragma, qPrintable(result));
        std::exit(1);
    }
    return elapsed;
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "FAILED: %s\n", qPrintable(what));
    std::exit(1);
}

QString build(const Scenario &s, const Schema &schema, const WorkingArea &area, const QString &path)
{
    QString error;
    auto project = Project::create(schema, area, &error);
    auto &ctx = project->context();
    for (int i = 0; i < s.participants; ++i)
        Edit::addRow(ctx, Entities::participant(),
                     {{QStringLiteral("name"), QStringLiteral("Participant %1").arg(i)},
                      {QStringLiteral("organisation"), QStringLiteral("Service %1").arg(i % 37)},
                      {QStringLiteral("role"), QStringLiteral("citizen_juror")}});
    for (int i = 0; i < s.attachments; ++i) {
        QByteArray data(qsizetype(s.attachmentKiB) * 1024, Qt::Uninitialized);
        QRandomGenerator(i).fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
        Edit::addRow(ctx, Entities::attachment(),
                     AttachmentFile::fromBytes(QStringLiteral("p%1.jpg").arg(i), data));
    }
    project->saveAs(path, &error);
    return error;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const WorkingArea area(dir.filePath(QStringLiteral("work")));
    const Schema schema({coreSchema()});
    const Scenario scenarios[] = {
        {"small workshop", 30, 5, 300},
        {"large jury pool", 5000, 10, 500},
        {"evidence-heavy", 200, 60, 2048},
        {"limit-sized", 20000, 40, 20480},
    };
    std::printf(
        "| project | participants | attachments | file (MiB) | safe open, cold (ms) | safe open, warm (ms) "
        "| its peak (MiB) | quick_check alone (ms) | integrity_check alone (ms) | into a working copy (ms) "
        "| edit (ms) | save (ms) | save's peak (MiB) |\n"
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const Scenario &s : scenarios) {
        const QString path = dir.filePath(QString::fromLatin1(s.name) + QStringLiteral(".atelier"));
        const QString error = build(s, schema, area, path);
        if (!error.isEmpty())
            fail(error);
        OpenError openError;
        QElapsedTimer t;
        Bench::evict(path);
        Bench::resetPeak();
        t.start();
        auto checked = UntrustedDatabase::load(path, schema, openError);
        const double cold = ms(t);
        const long checkPeak = peakMiB();
        if (!checked)
            fail(openError.message);
        checked.reset();
        t.restart();
        checked = UntrustedDatabase::load(path, schema, openError);
        const double warm = ms(t);
        if (!checked)
            fail(openError.message);
        checked.reset();
        const double quick = pragmaMs(path, "PRAGMA quick_check");
        const double integrity = pragmaMs(path, "PRAGMA integrity_check");

        t.restart();
        auto project = Project::open(path, schema, area, {}, openError);
        const double open = ms(t);
        if (!project)
            fail(openError.message);
        auto &ctx = project->context();
        constexpr int kEdits = 50;
        t.restart();
        for (int i = 0; i < kEdits; ++i)
            if (!Edit::setValue(ctx, Entities::project(), ctx.store.projectId(), QStringLiteral("title"),
                                QStringLiteral("Titre %1").arg(i)))
                fail(QStringLiteral("edit %1").arg(i));
        const double edit = ms(t) / kEdits;
        QString saveError;
        Bench::resetPeak();
        t.restart();
        if (!project->save(&saveError))
            fail(saveError);
        const double save = ms(t);
        const long savePeak = peakMiB();
        std::printf(
            "| %s | %d | %d × %d KiB | %.1f | %.0f | %.0f | %ld | %.0f | %.0f | %.0f | %.1f | %.0f | %ld |\n",
            s.name, s.participants, s.attachments, s.attachmentKiB,
            double(QFileInfo(path).size()) / (1 << 20), cold, warm, checkPeak, quick, integrity, open, edit,
            save, savePeak);
    }
    return 0;
}
