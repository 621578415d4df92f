// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The roadmap (for elected officials) of a large steering plan, exported as PDF: 50 strategies, 100
// investment lines of six modes with 6,000 monthly budget lines and a contract each, 500 milestones,
// 200 indicators with 5,000 measurements, 60 checkpoints (ten past, with three decisions each), a
// baseline, 60 participants. Times writing the sections, laying them out and painting the PDF, and
// the whole `atelier export roadmap` path. The peer: LibreOffice turning the same report, written as
// a Flat ODF text document, into a PDF. Prints Markdown tables.
#include "benchtools.h"
#include "fodtpeer.h"
#include "largeplan.h"

#include "app/builtinpanels.h"
#include "app/i18n.h"
#include "core/steering.h"
#include "core/project.h"
#include "panelapi/panelreports.h"
#include "reports/pdfexport.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdio>
#include <cstdlib>

using namespace Atelier;
using Bench::ms;

namespace {

constexpr int kRuns = 5;     // of our export
constexpr int kPeerRuns = 3; // of LibreOffice, after the cold run
constexpr double kSlowMs = 60'000;

const Reports::ReportKind &roadmap()
{
    return *Reports::ReportKinds::find(QStringLiteral("roadmap"));
}

/// One `atelier export roadmap FILE -o OUT.pdf`, done by the functions the command calls, in the
/// same order (app/cli.cpp, exportReport), timed step by step.
struct ExportRun
{
    double open = 0, write = 0, pdf = 0, whole = 0;
    int pages = 0;
};

ExportRun exportRoadmap(const QString &file, const QString &output)
{
    ExportRun run;
    QElapsedTimer whole, step;
    whole.start();
    const BuiltinPanels panels = BuiltinPanels::load();
    QTemporaryDir work; // the command's own working copy, gone with it
    WorkingArea area(work.path());
    OpenError error;
    OpenOptions options;
    options.readOnly = true;
    step.start();
    std::unique_ptr<Project> project = Project::open(file, panels.schema, area, options, error);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        std::exit(1);
    }
    run.open = ms(step);
    step.restart();
    Reports::Document document = writeReport(roadmap(), panels.panels, project->context());
    run.write = ms(step);
    step.restart();
    const Reports::PdfExport result = Reports::PdfExport::write(document, output);
    run.pdf = ms(step);
    project.reset();
    run.whole = ms(whole);
    if (result.outcome != Reports::PdfExport::Written) {
        std::fprintf(stderr, "The roadmap was not written: %s\n", qPrintable(result.error));
        std::exit(1);
    }
    run.pages = result.pages;
    return run;
}

/// Pages of a PDF: pdfinfo's count when poppler is there, else the page objects.
int pageCount(const QString &pdf)
{
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    if (info.waitForFinished(60000) && info.exitCode() == 0) {
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
                .match(QString::fromUtf8(info.readAllStandardOutput()));
        if (m.hasMatch())
            return m.captured(1).toInt();
    }
    QFile file(pdf);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return int(
        QString::fromLatin1(file.readAll()).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))));
}

double kib(qint64 bytes)
{
    return double(bytes) / 1024;
}

/// LibreOffice converting one file, with a private profile; -1 when it failed.
class Office
{
public:
    Office(QString program, const QString &profile)
        : m_program(std::move(program)),
          m_profile(QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile).toString())
    {}

    QString version() const
    {
        QProcess p;
        p.start(m_program, {m_profile, QStringLiteral("--version")});
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput()).section(QLatin1Char(' '), 0, 1).trimmed();
    }

    double convert(const QString &file, const QString &outDir) const
    {
        const QString pdf =
            QDir(outDir).filePath(QFileInfo(file).completeBaseName() + QStringLiteral(".pdf"));
        QFile::remove(pdf);
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer t;
        t.start();
        p.start(m_program, {m_profile, QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                            QStringLiteral("pdf"), QStringLiteral("--outdir"), outDir, file});
        const bool finished = p.waitForFinished(600000);
        const double elapsed = ms(t);
        if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || !QFile::exists(pdf)) {
            std::fprintf(stderr, "LibreOffice failed on %s: %s\n", qPrintable(file),
                         qPrintable(QString::fromUtf8(p.readAll())));
            return -1;
        }
        return elapsed;
    }

private:
    QString m_program, m_profile;
};

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return file.errorString();
    return {};
}

/// The report written once more as Flat ODF, and how long that took (charts painted into SVG).
struct Peer
{
    Bench::FlatOdt odt, cover;
    double generate = 0;
};

/// The peer: the same report as a Flat ODF text document, turned into a PDF by LibreOffice.
int runPeer(const Peer &peer, const QTemporaryDir &dir, int ourPages, qint64 ourBytes)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (program.isEmpty()) {
        std::printf("\nPeer skipped: libreoffice is not on PATH (Debian: libreoffice-writer-nogui).\n");
        return 0;
    }
    const Bench::FlatOdt &odt = peer.odt;
    const double generate = peer.generate;
    const QString fodt = dir.filePath(QStringLiteral("roadmap.fodt"));
    const QString tiny = dir.filePath(QStringLiteral("tiny.fodt"));
    const QString written = writeFile(fodt, odt.xml) + writeFile(tiny, peer.cover.xml);
    if (!written.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(written));
        return 1;
    }
    const QTemporaryDir profile(QDir::tempPath() + QStringLiteral("/bench-reports-lo-XXXXXX"));
    const QString outDir = dir.filePath(QStringLiteral("office"));
    QDir().mkpath(outDir);
    const Office office(program, profile.path());
    const QString version = office.version();
    const double cold = office.convert(fodt, outDir); // the first start creates the profile
    QList<double> warm, startup;
    for (int run = 0; run < kPeerRuns && cold >= 0; ++run) {
        warm << office.convert(fodt, outDir);
        startup << office.convert(tiny, outDir);
    }
    if (cold < 0 || warm.contains(-1) || startup.contains(-1))
        return 1;
    const QString pdf = QDir(outDir).filePath(QStringLiteral("roadmap.pdf"));
    const Bench::Stats w = Bench::stats(warm), s = Bench::stats(startup);
    std::printf(
        "\n| peer: %s, `--convert-to pdf` of the same report as Flat ODF (%d tables; the %d charts as "
        "SVG images drawn with QSvgGenerator, embedded) | ms |\n|---|---:|\n",
        qPrintable(version), odt.tables, odt.charts);
    std::printf("| writing the .fodt (%.1f MiB; charts painted into SVG), not counted below | %.0f |\n",
                kib(odt.xml.size()) / 1024, generate);
    std::printf("| **cold: first run, new private profile** | **%.0f** |\n", cold);
    std::printf("| **warm: median of %d** (min %.0f) | **%.0f** |\n", kPeerRuns, w.best, w.median);
    std::printf("| of which start-up and shutdown (the cover alone, warm, median of %d) | %.0f |\n",
                kPeerRuns, s.median);
    std::printf("\n| PDF | pages | size (KiB) |\n|---|---:|---:|\n");
    std::printf("| Atelier Achat (PDF/A-1b, fonts embedded, charts as vectors) | %d | %.0f |\n", ourPages,
                kib(ourBytes));
    std::printf("| LibreOffice from the .fodt | %d | %.0f |\n", pageCount(pdf), kib(QFileInfo(pdf).size()));
    return 0;
}

/// Steps (1) and (2) on a project open once, with where their time goes: each section written,
/// the layout before the first page is painted, the pages painted.
struct Steps
{
    QList<double> write, paint, layout, steering;
    QList<QList<double>> sections; ///< per run, each section's writing time
    QStringList titles;
    qint64 bytes = 0;
};

/// One run of (1) and (2); when `peer` is given, the report goes to the peer's Flat ODF first.
void measureSteps(Steps &steps, const QList<Panel *> &panels, ProjectContext &ctx, Peer *peer)
{
    QElapsedTimer t;
    QList<double> marks;
    t.start();
    Reports::Document document = writeReport(roadmap(), panels, ctx, [&](int, int) {
        marks << ms(t);
        return true;
    });
    steps.write << ms(t);
    marks << steps.write.last();
    QList<double> sections;
    for (int i = 1; i < marks.size(); ++i)
        sections << marks[i] - marks[i - 1];
    steps.sections << sections;
    steps.titles.clear();
    for (const Reports::Anchor &anchor : document.anchors)
        steps.titles << anchor.title;
    t.restart();
    const Steering figures = Steering::load(ctx.store);
    steps.steering << ms(t);
    Q_UNUSED(figures);
    if (peer) {
        t.restart();
        peer->odt = Bench::flatOdt(document);
        peer->generate = ms(t);
        peer->cover = Bench::flatOdt(Reports::Document{document.info, {}, {}});
    }
    double firstPage = -1;
    t.restart();
    steps.bytes = Reports::PdfExport::bytes(document, [&](int, int) {
                      if (firstPage < 0)
                          firstPage = ms(t);
                      return true;
                  }).size();
    steps.paint << ms(t);
    steps.layout << firstPage;
}

void printRow(const QString &step, const QList<double> &v, bool bold = false)
{
    const Bench::Stats s = Bench::stats(v);
    const char *mark = bold ? "**" : "";
    std::printf("| %s%s%s | %s%.0f%s | %.0f |\n", mark, qPrintable(step), mark, mark, s.median, mark, s.best);
}

void printWhereTimeGoes(const Steps &steps)
{
    std::printf("\n| where (1) and (2) go | median of %d, ms | min, ms |\n|---|---:|---:|\n",
                int(steps.write.size()));
    for (int i = 0; i < steps.titles.size(); ++i) {
        QList<double> v;
        for (const QList<double> &run : steps.sections)
            v << run.value(i);
        printRow(QStringLiteral("(1) section “%1”").arg(steps.titles[i]), v);
    }
    printRow(QStringLiteral("(1) of which reading the steering figures, once per report (Steering::load)"),
             steps.steering);
    QList<double> painting;
    for (int i = 0; i < steps.paint.size(); ++i)
        painting << steps.paint[i] - steps.layout[i];
    printRow(QStringLiteral("(2) layout, up to the cover painted"), steps.layout);
    printRow(QStringLiteral("(2) painting the pages"), painting);
    std::printf("\nWriting lays a part's text out when the part ends (a landscape page, the report's end): "
                "that time counts in the section that ends it.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    Bench::offscreenByDefault();
    QApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(ATELIER_VERSION));
    I18n::install(QStringLiteral("fr")); // the roadmap as the elected officials read it
    const BuiltinPanels builtin = BuiltinPanels::load();
    QTemporaryDir dir;
    const WorkingArea area(dir.filePath(QStringLiteral("work")));
    const QString path = dir.filePath(QStringLiteral("grand-plan.atelier"));
    QElapsedTimer t;
    t.start();
    const QString error = Bench::writeLargePlan(builtin.schema, area, path, {true});
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::fprintf(stderr, "plan built in %.1f s\n", ms(t) / 1000);

    OpenError openError;
    OpenOptions readOnly;
    readOnly.readOnly = true;
    auto project = Project::open(path, builtin.schema, area, readOnly, openError);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(openError.message));
        return 1;
    }
    // A run beyond a minute is measured once: the figure is then about minutes, not milliseconds.
    int runs = kRuns;
    Steps steps;
    Peer peer;
    for (int run = 0; run < runs; ++run) {
        measureSteps(steps, builtin.panels, project->context(), run == 0 ? &peer : nullptr);
        std::fprintf(stderr, "run %d: writing %.0f ms, PDF %.0f ms\n", run + 1, steps.write.last(),
                     steps.paint.last());
        if (steps.write.first() + steps.paint.first() > kSlowMs)
            runs = 1;
    }

    // (3) the whole command, in this process, then through the binary (its start-up included).
    QList<double> open, wholeWrite, wholePdf, whole;
    int pages = 0;
    const QString output = dir.filePath(QStringLiteral("feuille-de-route.pdf"));
    for (int run = 0; run < runs; ++run) {
        const ExportRun r = exportRoadmap(path, output);
        open << r.open;
        wholeWrite << r.write;
        wholePdf << r.pdf;
        whole << r.whole;
        pages = r.pages;
    }
    QList<double> binary;
    const QString atelier = QStringLiteral(ATELIER_BINARY);
    for (int run = 0; run < kPeerRuns && runs > 1 && QFileInfo(atelier).isExecutable(); ++run) {
        QProcess p;
        t.restart();
        p.start(atelier, {QStringLiteral("export"), QStringLiteral("roadmap"), path, QStringLiteral("-o"),
                          output, QStringLiteral("--lang"), QStringLiteral("fr")});
        if (!p.waitForFinished(600000) || p.exitCode() != 0) {
            std::fprintf(stderr, "atelier export failed: %s\n", p.readAllStandardError().constData());
            return 1;
        }
        binary << ms(t);
    }

    std::printf(
        "| roadmap export: 50 strategies, 100 lines, 6,000 budget lines, 500 milestones, 200 "
        "indicators, 5,000 measurements, 60 checkpoints | median of %d, ms | min, ms |\n|---|---:|---:|\n",
        runs);
    printRow(QStringLiteral("(1) writing the sections (writeReport)"), steps.write);
    printRow(QStringLiteral("(2) layout + painting into PDF bytes (PdfExport::bytes)"), steps.paint);
    printRow(QStringLiteral("(3) `atelier export roadmap`, in process: safe open + working copy"), open);
    printRow(QStringLiteral("(3) … writing the sections"), wholeWrite);
    printRow(QStringLiteral("(3) … layout, painting, PDF file written (PdfExport::write)"), wholePdf);
    printRow(QStringLiteral("(3) whole export (target: under 2,000)"), whole, true);
    if (!binary.isEmpty())
        printRow(
            QStringLiteral("the `atelier` binary, process start-up included (median of %1)").arg(kPeerRuns),
            binary);
    else
        std::printf("| the `atelier` binary: not run, the export takes over a minute in process | | |\n");
    std::printf("\n%d pages, PDF %.0f KiB.\n", pages, kib(steps.bytes));
    printWhereTimeGoes(steps);
    std::fflush(stdout);
    return runPeer(peer, dir, pages, steps.bytes);
}
