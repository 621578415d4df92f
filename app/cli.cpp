// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "builtinpanels.h"
#include "demo.h"

#include "core/project.h"
#include "core/projectinfo.h"
#include "jury/poolstore.h"
#include "jury/verification.h"
#include "panelapi/panelreports.h"
#include "reports/pdfexport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

namespace Atelier::Cli {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Cli)
};

static void out(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
}

static void err(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
}

static QString usage()
{
    return CliText::tr(
        "Usage: atelier [FILE.atelier]\n"
        "       atelier check FILE     exit 0 when the file is a safe, valid project; otherwise 2 and why\n"
        "       atelier info FILE      a JSON summary: title, format and module versions, rows per table\n"
        "       atelier demo FILE      write the demo project (a town's school catering) to FILE\n"
        "       atelier export REPORT FILE -o OUT.pdf [--lang fr|en]\n"
        "                              write a report as PDF: roadmap (for elected officials), workshop,\n"
        "                              or grid (the question grid published with the tender)\n"
        "       atelier export negotiation FILE --bidder NAME -o OUT.pdf [--lang fr|en]\n"
        "                              the negotiation sheet a shortlisted bidder receives\n"
        "       atelier export booklet FILE -o OUT.pdf [--format a4|a5-booklet] [--answers]\n"
        "                              [--contract HOLDER] [--lang fr|en]\n"
        "                              the co-operator tour's discovery booklet (A5 pages imposed two-up on\n"
        "                              A4 for a folded booklet), or its answer key\n"
        "       atelier export tour-summary FILE -o OUT.pdf [--contract HOLDER] [--lang fr|en]\n"
        "                              the summary of the co-operator tour's day\n"
        "       atelier jury import FILE.atelier POOL.csv --source roll|volunteers\n"
        "                              add an electoral-roll extract or a volunteers' list to the citizen\n"
        "                              jury's pool: counts, every rejected line and why, people on both lists\n"
        "       atelier jury verify FILE.atelier [--pool ARCHIVED.csv]...\n"
        "                              re-do the jury's draw (from the archived lists once the pool was\n"
        "                              purged): exit 0 when it finds the same jury bit for bit, 2 and why if not\n"
        "       atelier --version | --help");
}

bool isCommand(const QStringList &arguments)
{
    static const QStringList commands{QStringLiteral("check"),     QStringLiteral("info"),
                                      QStringLiteral("demo"),      QStringLiteral("export"),
                                      QStringLiteral("jury"),
                                      QStringLiteral("--version"), QStringLiteral("-v"),
                                      QStringLiteral("--help"),    QStringLiteral("-h")};
    return arguments.size() > 1 && commands.contains(arguments.at(1));
}

bool needsWidgets(const QStringList &arguments)
{
    return arguments.value(1) == QLatin1String("export");
}

QString language(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--lang"));
    return at > 0 ? arguments.value(at + 1) : QString();
}

static int check(const QString &path, bool printInfo)
{
    const BuiltinPanels builtin = BuiltinPanels::load();
    OpenError error;
    std::optional<UntrustedDatabase> db = UntrustedDatabase::load(path, builtin.schema, error);
    if (!db) {
        err(error.message);
        return Refused;
    }
    if (printInfo)
        std::fputs(QJsonDocument(projectInfo(*db)).toJson(QJsonDocument::Indented).constData(), stdout);
    else
        out(CliText::tr("“%1” is a valid Atelier Achat project.").arg(QFileInfo(path).fileName()));
    return Ok;
}

static int demo(const QString &path)
{
    if (QFileInfo::exists(path)) {
        err(CliText::tr("“%1” already exists: choose another name, or delete it first.").arg(path));
        return Refused;
    }
    const BuiltinPanels builtin = BuiltinPanels::load();
    QTemporaryDir work; // the demo's working copy lives only as long as this command
    WorkingArea area(work.path());
    QString error;
    std::unique_ptr<Project> project = Project::create(builtin.schema, area, &error);
    if (!project || !Demo::fill(project->context(), builtin.tables(), &error) ||
        !project->saveAs(path, &error)) {
        err(error);
        return Refused;
    }
    out(CliText::tr("Demo project written to “%1”.")
            .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    return Ok;
}

/// atelier export REPORT FILE -o OUT.pdf [--lang fr|en] [--OPTION VALUE | --FLAG]...: the file is opened
/// read-only through the safe open, in a working copy of its own that goes away with the command.
/// REPORT is a report kind (roadmap, workshop) or a document a panel writes (grid, negotiation, booklet),
/// whose options the panel declares.
static int exportReport(const QStringList &arguments)
{
    const BuiltinPanels builtin = BuiltinPanels::load();
    QSet<QString> flags; // options that take no value, whichever document declares them
    for (Panel *panel : builtin.panels)
        for (const PanelDocument &d : panel->documents())
            for (const DocumentOption &o : d.options)
                if (o.flag)
                    flags.insert(QStringLiteral("--") + o.name);
    QStringList rest = arguments.mid(2);
    QHash<QString, QString> options; // "-o", "--lang", "--bidder", ... → value ("1" for a flag)
    for (qsizetype i = 0; i < rest.size();) {
        if (flags.contains(rest.at(i))) {
            options.insert(rest.at(i), QStringLiteral("1"));
            rest.remove(i);
        } else if (rest.at(i).startsWith(QLatin1Char('-')) && rest.at(i).size() > 1) {
            options.insert(rest.at(i), rest.value(i + 1));
            rest.remove(i, std::min<qsizetype>(2, rest.size() - i));
        } else {
            ++i;
        }
    }
    const QString what = rest.value(0);
    const Reports::ReportKind *kind = Reports::ReportKinds::find(what);
    std::optional<PanelDocument> document;
    QStringList names;
    for (const Reports::ReportKind *k : Reports::ReportKinds::all())
        names << k->id();
    for (Panel *panel : builtin.panels)
        for (const PanelDocument &d : panel->documents()) {
            names << d.kind;
            if (!kind && d.kind == what)
                document = d;
        }
    if (what.isEmpty()) {
        err(usage());
        return Usage;
    }
    if (!kind && !document) {
        err(CliText::tr("Unknown report “%1”: choose %2.").arg(what, names.join(QStringLiteral(", "))));
        return Usage;
    }
    const QString output = options.take(QStringLiteral("-o"));
    const QString lang = options.take(QStringLiteral("--lang"));
    if (!lang.isEmpty() && lang != QLatin1String("fr") && lang != QLatin1String("en")) {
        err(CliText::tr("Unknown language “%1”: use fr or en.").arg(lang));
        return Usage;
    }
    if (rest.size() != 2 || output.isEmpty()) {
        err(usage());
        return Usage;
    }
    QHash<QString, QString> given; // the document's own options, by name
    if (document)
        for (const DocumentOption &o : document->options) {
            const QString argument = QStringLiteral("--") + o.name;
            if (!options.contains(argument)) {
                if (o.required) {
                    err(CliText::tr("The %1 document needs %2 NAME.").arg(what, argument));
                    return Usage;
                }
                continue;
            }
            const QString value = options.take(argument);
            if ((!o.flag && value.isEmpty()) || (!o.values.isEmpty() && !o.values.contains(value))) {
                err(o.values.isEmpty() ? CliText::tr("%1 needs a value.").arg(argument)
                                       : CliText::tr("%1 is one of: %2.").arg(argument, o.values.join(QStringLiteral(", "))));
                return Usage;
            }
            given.insert(o.name, value);
        }
    if (!options.isEmpty()) {
        err(CliText::tr("Unknown option “%1”.").arg(options.keys().value(0)));
        return Usage;
    }
    const QString file = rest.at(1);
    const QString sameFile = QFileInfo(file).canonicalFilePath(); // links and case-folding file systems too
    if (QFileInfo(output).absoluteFilePath() == QFileInfo(file).absoluteFilePath() ||
        (!sameFile.isEmpty() && QFileInfo(output).canonicalFilePath() == sameFile)) {
        err(CliText::tr("The PDF would replace the project itself: choose another output name."));
        return Usage;
    }
    QTemporaryDir work;
    WorkingArea area(work.path());
    OpenOptions openOptions;
    openOptions.readOnly = true;
    OpenError error;
    std::unique_ptr<Project> project = Project::open(file, builtin.schema, area, openOptions, error);
    if (!project) {
        err(error.message);
        return Refused;
    }
    Reports::Document written;
    if (kind) {
        written = writeReport(*kind, builtin.panels, project->context());
    } else {
        QString why;
        std::optional<Reports::Document> made = document->write(project->context(), given, &why);
        if (!made) {
            err(why);
            return Refused;
        }
        written = std::move(*made);
    }
    const Reports::PdfExport result = Reports::PdfExport::write(written, output);
    if (result.outcome != Reports::PdfExport::Written) {
        err(result.error);
        return Refused;
    }
    out(CliText::tr("%1 written to “%2” (%n page(s)).", nullptr, result.pages)
            .arg(kind ? kind->title() : document->title, QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath())));
    return Ok;
}

/// atelier jury import FILE.atelier POOL.csv --source roll|volunteers: the columns guessed from the
/// headers (the window asks to confirm them); the project opened for editing through the safe open,
/// the list imported as one step, then saved. Exit 2 with the reason when the list or the project
/// cannot be read, or nothing could be kept: then the project is left as it was.
static int juryVerify(const QStringList &arguments)
{
    QStringList rest = arguments.mid(3);
    QList<Jury::ArchivedList> archived;
    for (qsizetype at; (at = rest.indexOf(QStringLiteral("--pool"))) >= 0;) {
        const QString file = rest.value(at + 1);
        rest.remove(at, std::min<qsizetype>(2, rest.size() - at));
        QFile list(file);
        if (file.isEmpty() || !list.open(QIODevice::ReadOnly)) {
            err(file.isEmpty() ? usage()
                               : CliText::tr("“%1” cannot be read (%2).").arg(QFileInfo(file).fileName(), list.errorString()));
            return file.isEmpty() ? Usage : Refused;
        }
        archived << Jury::ArchivedList{QFileInfo(file).fileName(), list.readAll()};
    }
    if (rest.size() != 1) {
        err(usage());
        return Usage;
    }
    const BuiltinPanels builtin = BuiltinPanels::load();
    QTemporaryDir work;
    WorkingArea area(work.path());
    OpenError error;
    OpenOptions options;
    options.readOnly = true;
    std::unique_ptr<Project> project = Project::open(rest.at(0), builtin.schema, area, options, error);
    if (!project) {
        err(error.message);
        return Refused;
    }
    const Jury::Verification v = Jury::Verify::verify(project->store(), archived);
    for (const QString &check : v.checks)
        out(CliText::tr("ok: %1").arg(check));
    for (const QString &problem : v.problems)
        err(CliText::tr("differs: %1").arg(problem));
    if (!v.reproduced) {
        err(CliText::tr("The draw is NOT reproduced."));
        return Refused;
    }
    out(CliText::tr("The draw is reproduced bit for bit."));
    return Ok;
}

static int juryImport(const QStringList &arguments)
{
    QStringList rest = arguments.mid(3);
    QString source;
    if (const qsizetype at = rest.indexOf(QStringLiteral("--source")); at >= 0) {
        source = rest.value(at + 1);
        rest.remove(at, std::min<qsizetype>(2, rest.size() - at));
    }
    if (arguments.value(2) != QLatin1String("import") || rest.size() != 2 ||
        (source != QLatin1String("roll") && source != QLatin1String("volunteers"))) {
        err(usage());
        return Usage;
    }
    const QString path = rest.at(0), poolPath = rest.at(1);
    QFile pool(poolPath);
    if (!pool.open(QIODevice::ReadOnly)) {
        err(CliText::tr("“%1” cannot be read (%2): nothing was imported.").arg(QFileInfo(poolPath).fileName(), pool.errorString()));
        return Refused;
    }
    const QByteArray bytes = pool.readAll();
    const Jury::CsvTable table = Jury::Csv::read(bytes);
    if (table.records.size() < 2) {
        err(CliText::tr("“%1” holds no line after its header: nothing was imported.").arg(QFileInfo(poolPath).fileName()));
        return Refused;
    }
    const BuiltinPanels builtin = BuiltinPanels::load();
    QTemporaryDir work;
    WorkingArea area(work.path());
    OpenError error;
    std::unique_ptr<Project> project = Project::open(path, builtin.schema, area, OpenOptions{}, error);
    if (!project) {
        err(error.message);
        return Refused;
    }
    QString why;
    const std::optional<Jury::PoolReport> report = Jury::PoolStore::import(
        project->context(), bytes, QFileInfo(poolPath).fileName(), source, Jury::Pool::guess(table.records.first()),
        QDate::currentDate(), &why);
    if (!report) {
        err(why);
        return Refused;
    }
    if (!project->save(&why)) {
        err(why);
        return Refused;
    }
    out(CliText::tr("%1: %2 kept, %3 rejected, %4 also on the other list (%5).")
            .arg(QFileInfo(poolPath).fileName())
            .arg(report->read.accepted.size())
            .arg(report->read.rejected.size())
            .arg(report->onBothLists.size())
            .arg(report->encoding));
    for (const Jury::Rejection &r : report->read.rejected)
        out(CliText::tr("line %1: %2").arg(r.line).arg(r.reason));
    for (const auto &[here, there] : report->onBothLists)
        out(CliText::tr("line %1: also on the other list (its line %2)").arg(here).arg(there));
    return Ok;
}

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out(CliText::tr("Atelier Achat %1 (project file format %2)")
                .arg(QStringLiteral(ATELIER_VERSION))
                .arg(kFileFormatVersion));
        return Ok;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        out(usage());
        return Ok;
    }
    if (command == QLatin1String("export"))
        return exportReport(arguments);
    if (command == QLatin1String("jury"))
        return arguments.value(2) == QLatin1String("verify") ? juryVerify(arguments) : juryImport(arguments);
    if (arguments.size() != 3) {
        err(usage());
        return Usage;
    }
    const QString file = arguments.at(2);
    if (command == QLatin1String("check"))
        return check(file, false);
    if (command == QLatin1String("info"))
        return check(file, true);
    return demo(file);
}

} // namespace Atelier::Cli
