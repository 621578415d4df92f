// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// How long the project file's life cycle takes as projects grow: safe open (check only, and
// into a working copy), one durable edit, save. Prints a Markdown table.
#include "benchtools.h"

#include "core/attachmentfile.h"
#include "core/edit.h"
#include "core/project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sys/resource.h>

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

long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
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
    std::printf("| project | participants | attachments | file (MiB) | check (ms) | open (ms) | edit (ms) "
                "| save (ms) | peak RSS (MiB) |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const Scenario &s : scenarios) {
        const QString path = dir.filePath(QString::fromLatin1(s.name) + QStringLiteral(".atelier"));
        const QString error = build(s, schema, area, path);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        OpenError openError;
        QElapsedTimer t;
        t.start();
        auto checked = UntrustedDatabase::load(path, schema, openError);
        const double check = ms(t);
        checked.reset();

        t.restart();
        auto project = Project::open(path, schema, area, {}, openError);
        const double open = ms(t);
        auto &ctx = project->context();
        constexpr int kEdits = 50;
        t.restart();
        for (int i = 0; i < kEdits; ++i)
            Edit::setValue(ctx, Entities::project(), ctx.store.projectId(), QStringLiteral("title"),
                           QStringLiteral("Titre %1").arg(i));
        const double edit = ms(t) / kEdits;
        QString saveError;
        t.restart();
        project->save(&saveError);
        const double save = ms(t);
        std::printf("| %s | %d | %d × %d KiB | %.1f | %.0f | %.0f | %.1f | %.0f | %ld |\n", s.name,
                    s.participants, s.attachments, s.attachmentKiB,
                    double(QFileInfo(path).size()) / (1 << 20), check, open, edit, save, peakRssMiB());
    }
    return 0;
}
