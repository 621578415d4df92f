// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "builtinpanels.h"
#include "demo.h"

#include "core/project.h"
#include "core/projectinfo.h"
#include "core/merge.h"
#include "core/sharecopy.h"
#include "decp/projectmarches.h"
#include "decp/referencelibrary.h"
#include "jury/poolstore.h"
#include "jury/verification.h"
#include "panelapi/panelreports.h"
#include "reports/pdfexport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
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
        "       atelier export avenant FILE -o OUT.pdf [--contract HOLDER] [--number N] [--lang fr|en]\n"
        "                              the draft avenant of a modification decided under the evolutivity\n"
        "                              clause (the contract's latest when no number is given)\n"
        "       atelier jury import FILE.atelier POOL.csv --source roll|volunteers\n"
        "                              add an electoral-roll extract or a volunteers' list to the citizen\n"
        "                              jury's pool: counts, every rejected line and why, people on both lists\n"
        "       atelier jury verify FILE.atelier [--pool ARCHIVED.csv]...\n"
        "                              re-do the jury's draw (from the archived lists once the pool was\n"
        "                              purged): exit 0 when it finds the same jury bit for bit, 2 and why if not\n"
        "       atelier share FILE.atelier -o COPY.atelier [--for ADMINISTRATION] [--from ADMINISTRATION]\n"
        "                              a copy to send to another administration: the personal data left out\n"
        "                              (the jury's pool, contacts), the share recorded in the copy\n"
        "       atelier merge OURS.atelier THEIRS.atelier [--apply]\n"
        "                              what bringing back a copy that diverged would change, and the conflicts\n"
        "                              (the same field changed on both sides...); --apply merges what has no\n"
        "                              conflict into OURS and leaves the conflicts to decide in the window\n"
        "       atelier journal verify FILE.atelier\n"
        "                              exit 0 when the journal of changes is whole (each entry's fingerprint\n"
        "                              holds and follows the one before), 2 and where it breaks if not\n"
        "       atelier decp export FILE.atelier -o OUT.json\n"
        "                              publish the project's contracts and their decided modifications as\n"
        "                              DECP v2 (données essentielles); nothing is written while a contract\n"
        "                              lacks a required field: exit 2, each contract and its missing fields\n"
        "       atelier decp import DECP.json [--library PATH]\n"
        "                              add a DECP file's past contracts to the reference library (read as a\n"
        "                              stream): counts, and each invalid record's position and reason\n"
        "       atelier --version | --help");
}

bool isCommand(const QStringList &arguments)
{
    static const QStringList commands{QStringLiteral("check"),     QStringLiteral("info"),
                                      QStringLiteral("demo"),      QStringLiteral("export"),
                                      QStringLiteral("jury"),      QStringLiteral("share"),
                                      QStringLiteral("decp"),      QStringLiteral("merge"),
                                      QStringLiteral("journal"),
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

/// A document opened for one command with the built-in panels, its working copy in a folder that lives as
/// long as the command.
struct CommandProject
{
    const BuiltinPanels builtin = BuiltinPanels::load();
    QTemporaryDir work;
    std::unique_ptr<Project> project;
};

/// Opens `path` through the safe open (read-only: no lock, nothing written); says why when refused.
static bool openFor(CommandProject &opened, const QString &path, bool readOnly)
{
    WorkingArea area(opened.work.path());
    OpenError error;
    OpenOptions options;
    options.readOnly = readOnly;
    opened.project = Project::open(path, opened.builtin.schema, area, options, error);
    if (!opened.project)
        err(error.message);
    return bool(opened.project);
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
    CommandProject opened;
    const BuiltinPanels &builtin = opened.builtin;
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
    if (!openFor(opened, file, true))
        return Refused;
    Project *project = opened.project.get();
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
    CommandProject opened;
    if (!openFor(opened, rest.at(0), true))
        return Refused;
    Project *project = opened.project.get();
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
    CommandProject opened;
    if (!openFor(opened, path, false))
        return Refused;
    Project *project = opened.project.get();
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

/// The value after `option` (removed from `rest` with it); empty when absent.
static QString takeOption(QStringList &rest, const QString &option)
{
    const qsizetype at = rest.indexOf(option);
    if (at < 0)
        return {};
    const QString value = rest.value(at + 1);
    rest.remove(at, std::min<qsizetype>(2, rest.size() - at));
    return value.isEmpty() ? QStringLiteral("-") : value; // "-": the option without its value
}

/// atelier decp export FILE.atelier -o OUT.json: the project opened read-only through the safe open; the
/// modifications' publication is dated today.
static int decpExport(const QStringList &arguments)
{
    QStringList rest = arguments.mid(3);
    const QString output = takeOption(rest, QStringLiteral("-o"));
    if (rest.size() != 1 || output.isEmpty() || output == QLatin1String("-")) {
        err(usage());
        return Usage;
    }
    CommandProject opened;
    if (!openFor(opened, rest.at(0), true))
        return Refused;
    Project *project = opened.project.get();
    QList<Decp::ProjectMarche> refused;
    QString why;
    if (!Decp::ProjectMarches::exportFile(project->store(), output, QDate::currentDate(), &refused, &why)) {
        err(why);
        for (const Decp::ProjectMarche &pm : refused) {
            err(CliText::tr("“%1” lacks:").arg(pm.name));
            for (const Decp::Problem &p : pm.problems)
                err(CliText::tr("  %1").arg(p.text()));
        }
        return Refused;
    }
    out(CliText::tr("%n contract(s) written to “%1” (DECP v2).", nullptr,
                    int(project->store().count(QStringLiteral("contract"))))
            .arg(QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath())));
    return Ok;
}

/// atelier decp import DECP.json [--library PATH]: exit 2 only when the file cannot be read at all (or the
/// library cannot be opened); invalid records are reported and the others kept.
static int decpImport(const QStringList &arguments)
{
    QStringList rest = arguments.mid(3);
    QString libraryPath = takeOption(rest, QStringLiteral("--library"));
    if (rest.size() != 1 || libraryPath == QLatin1String("-")) {
        err(usage());
        return Usage;
    }
    if (libraryPath.isEmpty())
        libraryPath = Decp::ReferenceLibrary::defaultPath();
    const QString path = rest.at(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err(CliText::tr("“%1” cannot be read (%2): nothing was imported.").arg(QFileInfo(path).fileName(), file.errorString()));
        return Refused;
    }
    QString why;
    std::unique_ptr<Decp::ReferenceLibrary> library = Decp::ReferenceLibrary::open(libraryPath, &why);
    if (!library) {
        err(why);
        return Refused;
    }
    const Decp::ImportReport report = library->import(file);
    if (report.file.read == 0 && (!report.file.fatal.isEmpty() || !report.file.recognised)) {
        err(report.file.fatal.isEmpty()
                ? CliText::tr("“%1” holds no DECP marché (neither {\"marches\": …} nor a list of marchés): nothing was imported.")
                      .arg(QFileInfo(path).fileName())
                : CliText::tr("“%1” cannot be read as DECP JSON (%2): nothing was imported.")
                      .arg(QFileInfo(path).fileName(), report.file.fatal));
        return Refused;
    }
    for (const QString &line : Decp::importSummary(QFileInfo(path).fileName(), report))
        out(line);
    for (const Decp::InvalidRecord &r : report.file.invalid)
        out(CliText::tr("record %1 (byte %2): %3").arg(r.index).arg(r.offset).arg(r.reason));
    if (!report.file.fatal.isEmpty())
        err(CliText::tr("The reading stopped %1; the records before were kept.").arg(report.file.fatal));
    out(CliText::tr("Reference library: “%1” (%Ln contract(s)).", nullptr, int(library->count()))
            .arg(QDir::toNativeSeparators(QFileInfo(libraryPath).absoluteFilePath())));
    return Ok;
}

/// atelier share FILE -o COPY [--for ADMINISTRATION] [--from ADMINISTRATION]: the project opened read-only.
static int share(const QStringList &arguments)
{
    QStringList rest = arguments.mid(2);
    const QString output = takeOption(rest, QStringLiteral("-o"));
    const QString recipient = takeOption(rest, QStringLiteral("--for"));
    QString sender = takeOption(rest, QStringLiteral("--from"));
    if (rest.size() != 1 || output.isEmpty() || output == QLatin1String("-") || recipient == QLatin1String("-") ||
        sender == QLatin1String("-")) {
        err(usage());
        return Usage;
    }
    CommandProject opened;
    const BuiltinPanels &builtin = opened.builtin;
    if (!openFor(opened, rest.at(0), true))
        return Refused;
    Project *project = opened.project.get();
    if (sender.isEmpty())
        if (const QList<Row> info = project->store().rows(Entities::project()); !info.isEmpty())
            sender = text(info.first(), "administration");
    QString why;
    const std::optional<ShareReport> report =
        ShareCopy::write(*project, output, {sender, recipient, builtin.personalData()}, &why);
    if (!report) {
        err(why);
        return Refused;
    }
    if (recipient.trimmed().isEmpty())
        out(CliText::tr("Shared copy written to “%1”.").arg(QFileInfo(output).fileName()));
    else
        out(CliText::tr("Shared copy for %1 written to “%2”.").arg(recipient, QFileInfo(output).fileName()));
    if (report->leftOut.isEmpty())
        out(CliText::tr("The project held no personal data to leave out."));
    for (const auto &[what, n] : report->leftOut)
        out(CliText::tr("left out: %1 (%2)").arg(what).arg(n));
    return Ok;
}

/// atelier merge OURS THEIRS [--apply]: read-only without --apply.
static int merge(const QStringList &arguments)
{
    QStringList rest = arguments.mid(2);
    const bool applying = rest.removeAll(QStringLiteral("--apply")) > 0;
    if (rest.size() != 2 || rest.at(0).startsWith(u'-') || rest.at(1).startsWith(u'-')) {
        err(usage());
        return Usage;
    }
    CommandProject opened;
    const BuiltinPanels &builtin = opened.builtin;
    if (!openFor(opened, rest.at(0), !applying))
        return Refused;
    Project &project = *opened.project;
    QString why;
    const std::optional<Merge::Plan> plan = Merge::prepare(project, rest.at(1), builtin.personalData(), &why);
    if (!plan) {
        err(why);
        return Refused;
    }
    out(CliText::tr("Bringing back “%1” (shared %2) into “%3”:")
            .arg(plan->theirsFile,
                 QLocale().toString(QDateTime::fromString(plan->sharedAt, Qt::ISODate).toLocalTime(), QLocale::ShortFormat),
                 QFileInfo(rest.at(0)).fileName()));
    if (plan->counts.isEmpty())
        out(CliText::tr("  nothing merges without question"));
    for (auto it = plan->counts.cbegin(); it != plan->counts.cend(); ++it)
        if (it->added + it->changed + it->removed > 0)
            out(CliText::tr("  %1: %2 added, %3 changed, %4 removed").arg(it.key()).arg(it->added).arg(it->changed).arg(it->removed));
    out(CliText::tr("  %n entries of their journal to add", nullptr, int(plan->journal.size())));
    out(CliText::tr("%n conflicts", nullptr, int(plan->conflicts.size())));
    for (const Merge::Conflict &c : plan->conflicts)
        out(CliText::tr("  %1: %2 “%3”%4: here “%5” (%6), in the copy “%7” (%8)")
                .arg(c.describe(), c.table, c.label, c.column.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(c.column),
                     c.ours.toString(), c.oursBy, c.theirs.toString(), c.theirsBy));
    if (!applying) {
        out(CliText::tr("Nothing was changed: add --apply to merge what has no conflict."));
        return Ok;
    }
    if (!Merge::apply(project.context(), *plan, false, &why) || !project.save(&why)) {
        err(why);
        return Refused;
    }
    out(CliText::tr("Merged into “%1”.").arg(QFileInfo(rest.at(0)).fileName()));
    if (!plan->conflicts.isEmpty())
        out(CliText::tr("%n conflicts left: open the project and bring back the copy again (File menu) to decide them.",
                        nullptr, int(plan->conflicts.size())));
    return Ok;
}

/// atelier journal verify FILE
static int journal(const QStringList &arguments)
{
    if (arguments.size() != 4 || arguments.at(2) != QLatin1String("verify")) {
        err(usage());
        return Usage;
    }
    CommandProject opened;
    if (!openFor(opened, arguments.at(3), true))
        return Refused;
    const Journal::Verdict verdict = Journal::verify(opened.project->store().connection());
    if (!verdict.intact) {
        err(CliText::tr("The journal is broken: %1").arg(verdict.why));
        return Refused;
    }
    out(CliText::tr("The journal holds: %n entries, each following the one before.", nullptr, verdict.entries));
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
    if (command == QLatin1String("share"))
        return share(arguments);
    if (command == QLatin1String("merge"))
        return merge(arguments);
    if (command == QLatin1String("journal"))
        return journal(arguments);
    if (command == QLatin1String("jury"))
        return arguments.value(2) == QLatin1String("verify") ? juryVerify(arguments) : juryImport(arguments);
    if (command == QLatin1String("decp")) {
        if (arguments.value(2) == QLatin1String("export"))
            return decpExport(arguments);
        if (arguments.value(2) == QLatin1String("import"))
            return decpImport(arguments);
        err(usage());
        return Usage;
    }
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
