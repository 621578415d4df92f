// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The citizen jury: reading a pool of 100,000 people from CSV, LEXIMIN for a jury of 30 over about 200
// profiles (4 categories), the public draw and its verification. Each step's result is checked before
// its time counts; the peak memory is that of the step itself.
#include "benchtools.h"

#include "core/project.h"
#include "core/schema.h"
#include "core/store.h"
#include "core/workingarea.h"
#include "core/edit.h"
#include "core/projectcontext.h"
#include "jury/drawstore.h"
#include "jury/juryschema.h"
#include "jury/verification.h"
#include "jury/poolimport.h"
#include "jury/poolstore.h"
#include "jury/publicdraw.h"

#include <QCoreApplication>
#include <QDate>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace Atelier::Jury;

namespace {

/// An electoral-roll extract of `n` people, as a town's software writes it (`;`, UTF-8 with BOM, CRLF).
QByteArray rollCsv(int n)
{
    std::mt19937 random(2026);
    static const char *names[] = {"Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Lefèvre"};
    static const char *first[] = {"Léa", "Hugo", "Chloé", "Lucas", "Inès", "Noé", "Zoé", "Jules", "Anaïs", "Théo", "Maël", "Rose"};
    QByteArray out("\xEF\xBB\xBFNom;Prénom(s);Date de naissance;Sexe;Quartier;Adresse;Commune\r\n");
    for (int i = 0; i < n; ++i) {
        out += names[random() % 10];
        out += "-" + QByteArray::number(i) + ';';
        out += first[random() % 12];
        out += ';' + QByteArray::number(1 + random() % 28) + '/' + QByteArray::number(1 + random() % 12) + '/' +
               QByteArray::number(1930 + random() % 78) + ';';
        out += (random() % 2) ? "F;" : "M;";
        out += "Quartier " + QByteArray::number(random() % 10) + ';';
        out += "\"" + QByteArray::number(1 + random() % 120) + ", rue des Écoles\";Valbrune\r\n";
    }
    return out;
}

int ageBand(int birthYear)
{
    const int age = 2026 - birthYear;
    return age < 30 ? 0 : age < 45 ? 1 : age < 60 ? 2 : age < 75 ? 3 : 4;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int people = 100'000;
    const QByteArray csv = rollCsv(people);
    std::printf("Citizen jury: %d people, %.1f MB of CSV\n\n", people, csv.size() / 1e6);
    std::printf("| step | what is timed | run | time | peak memory of the step |\n|---|---|---|---:|---:|\n");

    PoolImport pool;
    for (const char *run : {"cold", "warm"}) {
        Bench::resetPeak();
        const long before = Bench::statusKiB("VmRSS:");
        QElapsedTimer t;
        t.start();
        const CsvTable table = Csv::read(csv);
        pool = Pool::read(table, Pool::guess(table.records.first()), QDate(2026, 12, 1));
        const double elapsed = Bench::ms(t);
        if (pool.accepted.size() + pool.rejected.size() != people || pool.accepted.size() < people * 9 / 10) {
            std::printf("import failed: %lld accepted\n", qlonglong(pool.accepted.size()));
            return 1;
        }
        std::printf("| import | decode, split and check %d CSV lines (%lld accepted) | %s | %.0f ms | %.0f MB |\n", people,
                    qlonglong(pool.accepted.size()), run, elapsed, (Bench::statusKiB("VmHWM:") - before) / 1024.0);
    }

    {
        // The same list imported into a project: read again, then every person written into the working
        // copy as one undo step (one transaction, synced).
        QTemporaryDir work;
        const Atelier::WorkingArea area(work.path());
        QString error;
        std::unique_ptr<Atelier::Project> project =
            Atelier::Project::create(Atelier::Schema({Atelier::coreSchema(), schema()}), area, &error);
        if (!project)
            return 1;
        Bench::resetPeak();
        const long before = Bench::statusKiB("VmRSS:");
        QElapsedTimer t;
        t.start();
        const std::optional<PoolReport> report =
            PoolStore::import(project->context(), csv, QStringLiteral("liste.csv"), QStringLiteral("roll"),
                              Pool::guess(Csv::read(csv.left(200)).records.first()), QDate(2026, 12, 1), &error);
        const double elapsed = Bench::ms(t);
        if (!report || project->context().store.count(Tables::poolPerson().table()) != people) {
            std::printf("store import failed: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("| import into a project | the same, then the %d people written to the working copy as one undo step | cold | %.0f ms | %.0f MB |\n",
                    people, elapsed, (Bench::statusKiB("VmHWM:") - before) / 1024.0);

        // The whole draw in that project — 30 seats; sex, age band and neighbourhood (100 profiles: one
        // list only); quotas that follow the pool — then what `atelier jury verify` does, timed alone.
        Atelier::ProjectContext &ctx = project->context();
        QString why;
        bool ok = !DrawStore::prepare(ctx, &why).isEmpty() &&
                  Atelier::Edit::setValue(ctx, Tables::draw(), DrawStore::record(ctx.store)->id, QStringLiteral("panel_size"), 30) &&
                  DrawStore::setCategories(ctx, {QStringLiteral("sex"), QStringLiteral("age"), QStringLiteral("neighbourhood")}, &why) &&
                  DrawStore::setProportionalQuotas(ctx, &why);
        Bench::resetPeak();
        const long beforeFreeze = Bench::statusKiB("VmRSS:");
        QElapsedTimer f;
        f.start();
        ok = ok && DrawStore::freeze(ctx, &why);
        const double freezeMs = Bench::ms(f);
        const double freezeMB = (Bench::statusKiB("VmHWM:") - beforeFreeze) / 1024.0;
        ok = ok && !Atelier::Edit::addRow(ctx, Tables::witness(), {{QStringLiteral("name"), QStringLiteral("Témoin")},
                                                                   {QStringLiteral("number"), QStringLiteral("42")}})
                        .isEmpty() &&
             DrawStore::drawJury(ctx, &why);
        if (!ok) {
            std::printf("draw failed: %s\n", qPrintable(why));
            return 1;
        }
        std::printf("| freeze | the pool read from the project, LEXIMIN for 30 over 100 profiles, published, five fingerprints, written | cold | %.0f ms | %.0f MB |\n",
                    freezeMs, freezeMB);
        for (const char *run : {"cold", "warm"}) {
            Bench::resetPeak();
            const long beforeVerify = Bench::statusKiB("VmRSS:");
            QElapsedTimer v;
            v.start();
            const Verification verification = Verify::verify(ctx.store, {});
            const double verifyMs = Bench::ms(v);
            if (!verification.reproduced) {
                std::printf("verify failed: %s\n", qPrintable(verification.problems.join(u' ')));
                return 1;
            }
            std::printf("| verify | atelier jury verify's work: the pool read, fingerprints, every panel checked, LEXIMIN again, the draw redone (reproduced) | %s | %.0f ms | %.0f MB |\n",
                        run, verifyMs, (Bench::statusKiB("VmHWM:") - beforeVerify) / 1024.0);
        }
    }

    // Categories: sex (2), age band (5), neighbourhood (10), source (2): up to 200 profiles.
    DrawInputs in;
    in.categories = {{QStringLiteral("sexe"), {QStringLiteral("F"), QStringLiteral("M")}},
                     {QStringLiteral("âge"), {QStringLiteral("16-29"), QStringLiteral("30-44"), QStringLiteral("45-59"),
                                              QStringLiteral("60-74"), QStringLiteral("75+")}},
                     {QStringLiteral("quartier"), {}},
                     {QStringLiteral("source"), {QStringLiteral("liste électorale"), QStringLiteral("volontaire")}}};
    for (int q = 0; q < 10; ++q)
        in.categories[2].values << QStringLiteral("Quartier %1").arg(q);
    int n = 0;
    for (const PoolPerson &p : pool.accepted)
        in.pool << PoolEntry{Draw::pseudonym(p.identity()),
                             {p.sex == u'F' ? 0 : 1, ageBand(p.birthYear), p.neighbourhood.right(1).toInt(), (n++ % 20 == 0) ? 1 : 0},
                             p.household};
    in.panelSize = 30;
    in.quotas = {{0, 0, 14, 16}, {3, 1, 5, 30}};
    for (int b = 0; b < 5; ++b)
        in.quotas << Quota{1, b, 4, 30};
    for (int q = 0; q < 10; ++q)
        in.quotas << Quota{2, q, 2, 30};
    const DrawProblem problem = Draw::problemOf(in);
    Bench::resetPeak();
    long before = Bench::statusKiB("VmRSS:");
    QElapsedTimer t;
    t.start();
    QString error;
    const std::optional<Lottery> lottery = Leximin::solve(problem, &error);
    const double leximinMs = Bench::ms(t);
    if (!lottery) {
        std::printf("LEXIMIN failed: %s\n", qPrintable(error));
        return 1;
    }
    for (const Panel &panel : lottery->panels)
        if (!Leximin::meets(problem, panel))
            return 1;
    std::printf("| LEXIMIN | chances for a jury of 30 over %lld profiles (%lld panels in the lottery, lowest %.5f) | cold | %.0f ms | %.0f MB |\n",
                qlonglong(problem.profiles.size()), qlonglong(lottery->panels.size()), lottery->lowest, leximinMs,
                (Bench::statusKiB("VmHWM:") - before) / 1024.0);
    in.lottery = Draw::publish(*lottery);
    const QList<Witness> witnesses{{QStringLiteral("Mme Roux"), QStringLiteral("4")}, {QStringLiteral("M. Ba"), QStringLiteral("17")}};
    QStringList first;
    for (const char *run : {"cold", "warm"}) {
        Bench::resetPeak();
        before = Bench::statusKiB("VmRSS:");
        t.start();
        const DrawResult r = Draw::draw(in, witnesses);
        const double elapsed = Bench::ms(t);
        if (r.pseudonyms.size() != 30 || (!first.isEmpty() && r.pseudonyms != first))
            return 1;
        first = r.pseudonyms;
        std::printf("| draw | in memory, no project: fingerprints of the pool, quotas and lottery, the seed, the panel and its 30 people | %s | %.0f ms | %.0f MB |\n",
                    run, elapsed, (Bench::statusKiB("VmHWM:") - before) / 1024.0);
    }
    return 0;
}
