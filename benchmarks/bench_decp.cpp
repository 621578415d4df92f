// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// DECP: a generated file of 1,000,000 marchés in the official v2 shape (every required property, lists
// wrapped), only read from the disk (the floor), read as a stream (parse only), then read and stored into
// a new reference library, then
// comparables asked of the library: on a new connection (cold; the file is in the OS's cache) and again
// (warm, median of 20). Each step's result is checked before its time counts; the peak memory is that of
// the step itself (the process's high-water mark reset before it).
#include "benchtools.h"

#include "decp/decpreader.h"
#include "decp/referencelibrary.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>

#include <sys/resource.h>

using namespace Atelier::Decp;

namespace {

// CPV codes of twelve divisions (works, architecture, food, catering, cleaning, IT…): 40 codes.
const char *const kCpv[] = {
    "45214200", "45214100", "45215000", "45210000", "45233140", "45261000", "45310000", "45330000",
    "71221000", "71240000", "71300000", "71520000", "15800000", "15300000", "15100000", "15500000",
    "55520000", "55523100", "55321000", "90910000", "90919200", "90500000", "72000000", "72260000",
    "72500000", "79340000", "79710000", "79800000", "34100000", "34144900", "33600000", "33140000",
    "39100000", "39160000", "30190000", "30200000", "50110000", "50700000", "73100000", "85000000"};
constexpr int kCodes = int(sizeof(kCpv) / sizeof(kCpv[0]));

struct Truth
{
    qint64 category45214 = 0;     ///< prefix 45214
    qint64 division45 = 0;        ///< prefix 45
    qint64 division45InRange = 0; ///< prefix 45, 50,000 € to 500,000 €, 12 to 48 months
};

/// Writes `n` marchés to `path` as the official v2 shape, one record at a time.
bool generate(const QString &path, int n, Truth &truth)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    std::mt19937_64 random(2026);
    QByteArray chunk = "{\"marches\": {\"marche\": [\n";
    for (int i = 0; i < n; ++i) {
        const int code = int(random() % kCodes);
        const qint64 cents = 100000 + qint64(random() % 200000000); // 1,000 € to 2,001,000 €
        const int months = 1 + int(random() % 60);
        const QByteArray cpv(kCpv[code]);
        truth.category45214 += cpv.startsWith("45214");
        truth.division45 += cpv.startsWith("45");
        truth.division45InRange +=
            cpv.startsWith("45") && cents >= 5000000 && cents <= 50000000 && months >= 12 && months <= 48;
        const QByteArray buyer = "2175" + QByteArray::number(qint64(1000000000 + random() % 8999999999));
        const QByteArray holder = "5520" + QByteArray::number(qint64(1000000000 + random() % 8999999999));
        const QByteArray date = QByteArray::number(2019 + int(random() % 7)) + '-' +
                                QByteArray::number(1 + random() % 12).rightJustified(2, '0') + '-' +
                                QByteArray::number(1 + random() % 28).rightJustified(2, '0');
        chunk += (i ? ",\n" : "");
        chunk +=
            R"({"id": "M)" + QByteArray::number(i) + R"(", "acheteur": {"id": ")" + buyer +
            R"("}, "nature": "Marché", "objet": "Marché n°)" + QByteArray::number(i) +
            R"( : travaux, fournitures ou services de la collectivité", "codeCPV": ")" + cpv +
            R"(", "techniques": {"technique": ["Sans objet"]}, "modalitesExecution": {"modaliteExecution": ["Bons de commande"]},)"
            R"( "marcheInnovant": false, "ccag": "Fournitures courantes et services", "offresRecues": )" +
            QByteArray::number(1 + int(random() % 9)) +
            R"(, "attributionAvance": true, "tauxAvance": 0.05, "typeGroupementOperateurs": "Pas de groupement",)"
            R"( "sousTraitanceDeclaree": false, "procedure": "Procédure adaptée", "lieuExecution": {"code": "59350",)"
            R"( "typeCode": "Code commune"}, "dureeMois": )" +
            QByteArray::number(months) + R"(, "dateNotification": ")" + date +
            R"(", "datePublicationDonnees": ")" + date + R"(", "montant": )" +
            QByteArray::number(cents / 100) + '.' + QByteArray::number(cents % 100).rightJustified(2, '0') +
            R"(, "typesPrix": {"typePrix": ["Définitif révisable"]}, "formePrix": "Unitaire",)"
            R"( "titulaires": [{"titulaire": {"typeIdentifiant": "SIRET", "id": ")" +
            holder +
            R"("}}],)"
            R"( "considerationsSociales": {"considerationSociale": ["Pas de considération sociale"]},)"
            R"( "considerationsEnvironnementales": {"considerationEnvironnementale": ["Clause environnementale"]}})";
        if (chunk.size() > (1 << 20)) {
            if (file.write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    chunk += "\n]}}\n";
    return file.write(chunk) == chunk.size() && file.flush();
}

/// The process's CPU time so far (every thread, user and system), in milliseconds.
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

long highestKiB = 0; ///< the highest of the steps' high-water marks (VmHWM)

double peakMB(long before)
{
    const long peak = Bench::statusKiB("VmHWM:");
    highestKiB = std::max(highestKiB, peak);
    return double(peak - before) / 1024.0;
}

ComparableQuery categoryQuery()
{
    ComparableQuery q;
    q.cpv = QStringLiteral("45214200-2");
    q.level = CpvLevel::Category;
    return q;
}

ComparableQuery divisionQuery()
{
    ComparableQuery q;
    q.cpv = QStringLiteral("45214200-2");
    q.level = CpvLevel::Division;
    q.minimumCents = 5000000;
    q.maximumCents = 50000000;
    q.minimumMonths = 12;
    q.maximumMonths = 48;
    return q;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 1'000'000;
    QTemporaryDir dir;
    const QString decp = dir.filePath(QStringLiteral("decp.json")),
                  libraryPath = dir.filePath(QStringLiteral("library.sqlite"));
    Truth truth;
    if (!generate(decp, n, truth)) {
        std::printf("cannot write the generated file\n");
        return 1;
    }
    const double mb = double(QFile(decp).size()) / 1e6;
    std::printf("DECP: %d marchés in the official v2 shape, %.0f MB of JSON\n\n", n, mb);
    std::printf("| step | what is timed | run | time | throughput | CPU time | peak memory of the step |\n"
                "|---|---|---|---:|---:|---:|---:|\n");

    // The floor: the same file only read from the disk, in the reader's chunks of 256 KiB, nothing parsed.
    double floorMs = 0;
    {
        Bench::evict(decp);
        Bench::resetPeak();
        const long before = Bench::statusKiB("VmRSS:");
        QFile file(decp);
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        QByteArray chunk(256 * 1024, Qt::Uninitialized);
        qint64 bytes = 0, got = 0;
        const double cpu = cpuMs();
        QElapsedTimer t;
        t.start();
        while ((got = file.read(chunk.data(), chunk.size())) > 0)
            bytes += got;
        floorMs = Bench::ms(t);
        if (got < 0 || bytes != file.size()) {
            std::printf("read failed: %lld of %lld bytes\n", qlonglong(bytes), qlonglong(file.size()));
            return 1;
        }
        std::printf("| read only (the floor) | the file read from the disk in chunks of 256 KiB, nothing parsed | "
                    "cold (the file evicted from the page cache) | %.0f ms | %.0f MB/s | %.0f ms | %.0f MB |\n",
                    floorMs, mb / (floorMs / 1000), cpuMs() - cpu, peakMB(before));
    }
    double importMs = 0;
    {
        Bench::evict(decp);
        Bench::resetPeak();
        const long before = Bench::statusKiB("VmRSS:");
        QFile file(decp);
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        qint64 amounts = 0;
        const double cpu = cpuMs();
        QElapsedTimer t;
        t.start();
        const ReadReport report =
            Reader::read(file, [&](const PastContract &c) {
                amounts += c.amountCents;
                return true;
            });
        const double elapsed = Bench::ms(t);
        if (report.valid != n || !report.invalid.isEmpty() || !report.fatal.isEmpty() || amounts <= 0) {
            std::printf("parse failed: %lld valid, %lld invalid, %s\n", qlonglong(report.valid),
                        qlonglong(report.invalid.size()), qPrintable(report.fatal));
            return 1;
        }
        std::printf("| parse only | the file read in chunks by the SAX reader, every record checked, %d "
                    "handed over | cold (the file evicted from the page cache) | %.0f ms | %.0f MB/s | %.0f ms | %.0f MB |\n",
                    n, elapsed, mb / (elapsed / 1000), cpuMs() - cpu, peakMB(before));
    }
    // An import as `atelier decp import` does it, the file read from the disk: first into a new library,
    // then the same file again into the library now full (every marché a duplicate found through the
    // library's index: the path of every import after the first).
    const auto import = [&](qint64 stored, qint64 duplicates, const char *label) {
        Bench::evict(decp);
        Bench::resetPeak();
        const long before = Bench::statusKiB("VmRSS:");
        QString error;
        auto library = ReferenceLibrary::open(libraryPath, &error);
        QFile file(decp);
        if (!library || !file.open(QIODevice::ReadOnly))
            return false;
        const double cpu = cpuMs();
        QElapsedTimer t;
        t.start();
        const ImportReport report = library->import(file);
        const double elapsed = Bench::ms(t);
        if (report.stored != stored || report.duplicates != duplicates || library->count() != n ||
            !report.file.fatal.isEmpty()) {
            std::printf("import failed: %lld stored, %lld duplicates, %s\n", qlonglong(report.stored),
                        qlonglong(report.duplicates), qPrintable(report.file.fatal));
            return false;
        }
        std::printf("| %s | cold (the file evicted from the page cache) | %.0f ms | %.0f MB/s | %.0f ms | %.0f MB |\n",
                    label, elapsed, mb / (elapsed / 1000), cpuMs() - cpu, peakMB(before));
        if (importMs == 0)
            importMs = elapsed; // the first: into a new library
        return true;
    };
    if (!import(n, 0,
                "parse + store | the same, parsed on one thread while each marché is stored in a new reference "
                "library (a first import: one transaction, duplicates found in memory, both indexes built at the end)") ||
        !import(0, n, "parse + store again | the same file into the library now full: every marché a duplicate "
                      "found through its index, nothing stored"))
        return 1;
    struct Case
    {
        const char *name;
        ComparableQuery query;
        qint64 expected;
    };
    const Case cases[] = {
        {"comparables, category 45214 (5 digits)", categoryQuery(), truth.category45214},
        {"comparables, division 45, 50–500 k€, 12–48 months", divisionQuery(), truth.division45InRange}};
    for (const Case &c : cases) {
        QString error;
        auto library = ReferenceLibrary::open(libraryPath, &error); // a new connection: SQLite's cache empty
        if (!library)
            return 1;
        for (const char *run : {"cold", "warm"}) {
            const int times = qstrcmp(run, "cold") == 0 ? 1 : 20;
            QList<double> series;
            Comparables result;
            Bench::resetPeak();
            const long before = Bench::statusKiB("VmRSS:");
            for (int i = 0; i < times; ++i) {
                QElapsedTimer t;
                t.start();
                result = library->comparables(c.query);
                series << Bench::ms(t);
                if (result.total != c.expected || result.rows.size() != qMin<qint64>(200, c.expected) ||
                    result.amounts.median <= 0) {
                    std::printf("%s failed: %lld found, %lld expected\n", c.name, qlonglong(result.total),
                                qlonglong(c.expected));
                    return 1;
                }
            }
            std::printf("| %s | %lld matches: their amounts' quartiles and the 200 most recent rows | %s | "
                        "%.1f ms | | | %.0f MB |\n",
                        c.name, qlonglong(result.total), run, Bench::stats(series).median, peakMB(before));
        }
    }
    std::printf("\nThe import into a new library against the floor (the file only read), in the same run: %.1f times "
                "its time.\n",
                importMs / floorMs);
    std::printf("The process's highest resident memory (VmHWM) in any step, libraries and caches included: "
                "%ld MB\n",
                highestKiB / 1024);
    return 0;
}
