// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "builtinpanels.h"
#include "demo.h"

#include "core/project.h"
#include "core/projectinfo.h"

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
        "       atelier --version | --help");
}

bool isCommand(const QStringList &arguments)
{
    static const QStringList commands{QStringLiteral("check"), QStringLiteral("info"),
                                      QStringLiteral("demo"),  QStringLiteral("--version"),
                                      QStringLiteral("-v"),    QStringLiteral("--help"),
                                      QStringLiteral("-h")};
    return arguments.size() > 1 && commands.contains(arguments.at(1));
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
