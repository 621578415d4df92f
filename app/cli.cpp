// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "builtinpanels.h"
#include "demo.h"

#include "core/project.h"
#include "core/projectinfo.h"
#include "panelapi/panelreports.h"
#include "reports/pdfexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
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
        "                              write a report as PDF: roadmap (for elected officials) or workshop\n"
        "       atelier --version | --help");
}

bool isCommand(const QStringList &arguments)
{
    static const QStringList commands{QStringLiteral("check"),     QStringLiteral("info"),
                                      QStringLiteral("demo"),      QStringLiteral("export"),
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

/// atelier export REPORT FILE -o OUT.pdf [--lang fr|en]: the file is opened read-only through the
/// safe open, in a working copy of its own that goes away with the command.
static int exportReport(const QStringList &arguments)
{
    QStringList rest = arguments.mid(2);
    QString output;
    const qsizetype o = rest.indexOf(QStringLiteral("-o"));
    if (o >= 0) {
        output = rest.value(o + 1);
        rest.remove(o, std::min<qsizetype>(2, rest.size() - o));
    }
    const qsizetype l = rest.indexOf(QStringLiteral("--lang"));
    if (l >= 0) {
        const QString lang = rest.value(l + 1);
        if (lang != QLatin1String("fr") && lang != QLatin1String("en")) {
            err(CliText::tr("Unknown language “%1”: use fr or en.").arg(lang));
            return Usage;
        }
        rest.remove(l, std::min<qsizetype>(2, rest.size() - l));
    }
    if (rest.size() != 2 || output.isEmpty()) {
        err(usage());
        return Usage;
    }
    const Reports::ReportKind *kind = Reports::ReportKinds::find(rest.at(0));
    if (!kind) {
        QStringList names;
        for (const Reports::ReportKind *k : Reports::ReportKinds::all())
            names << k->id();
        err(CliText::tr("Unknown report “%1”: choose %2.").arg(rest.at(0), names.join(QStringLiteral(", "))));
        return Usage;
    }
    const QString file = rest.at(1);
    if (QFileInfo(output).absoluteFilePath() == QFileInfo(file).absoluteFilePath()) {
        err(CliText::tr("The PDF would replace the project itself: choose another output name."));
        return Usage;
    }
    const BuiltinPanels builtin = BuiltinPanels::load();
    QTemporaryDir work;
    WorkingArea area(work.path());
    OpenOptions options;
    options.readOnly = true;
    OpenError error;
    std::unique_ptr<Project> project = Project::open(file, builtin.schema, area, options, error);
    if (!project) {
        err(error.message);
        return Refused;
    }
    Reports::Document document = writeReport(*kind, builtin.panels, project->context());
    const Reports::PdfExport result = Reports::PdfExport::write(document, output);
    if (result.outcome != Reports::PdfExport::Written) {
        err(result.error);
        return Refused;
    }
    out(CliText::tr("%1 written to “%2” (%n page(s)).", nullptr, result.pages)
            .arg(kind->title(), QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath())));
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
