// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The hostile corpus over every table of every panel: each file is refused with its reason, or loads
// safely (every panel's view is built and shown, the roadmap is written); the input never changes.
#include "hostilecorpus.h"
#include "reliabilityreport.h"

#include "app/builtinpanels.h"
#include "app/demo.h"
#include "core/project.h"
#include "core/sqlite.h"
#include "panelapi/panelreports.h"
#include "reports/pdfexport.h"
#include "reports/reportkinds.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QWidget>

#include <catch2/catch.hpp>

#include <sqlite3.h>

using namespace Atelier;
using namespace AtelierTest;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

/// Builds and shows every panel's view of the project, as the window does, then throws them away.
void showEveryPanel(const BuiltinPanels &builtin, Project &project)
{
    QWidget host;
    host.resize(1280, 800);
    for (Panel *panel : builtin.panels) {
        QWidget *view = panel->createView(project.context(), &host);
        REQUIRE(view);
        view->resize(1280, 800);
        view->show();
        QApplication::processEvents();
        delete view;
    }
}

QString savedEmptyProject(const BuiltinPanels &builtin, const WorkingArea &area, const QString &path)
{
    QString error;
    auto project = Project::create(builtin.schema, area, &error);
    REQUIRE(project);
    REQUIRE(project->saveAs(path, &error));
    return path;
}

} // namespace

TEST_CASE("Hostile files of every table of every panel: refused with their reason, or loaded safely",
          "[reliability][hostile][corpus]")
{
    const BuiltinPanels builtin = BuiltinPanels::load();
    QTemporaryDir dir;
    const WorkingArea area(dir.filePath(QStringLiteral("work")));
    const QString valid = savedEmptyProject(builtin, area, dir.filePath(QStringLiteral("valid.atelier")));
    const QString corpusDir =
        qEnvironmentVariable("ATELIER_CORPUS_DIR", dir.filePath(QStringLiteral("corpus")));
    int skipped = 0;
    const QList<HostileFile> corpus = writeHostileCorpus(valid, corpusDir, &skipped);
    REQUIRE(corpus.size() > 400); // 40 tables of 5 modules, a dozen variants each
    OpenLimits limits;
    limits.maxTextCharacters = kCorpusTextLimit;
    int refused = 0, loaded = 0;
    for (const HostileFile &file : corpus) {
        INFO(file.name.toStdString());
        const QByteArray before = hashOf(file.path);
        OpenOptions options;
        options.limits = limits;
        OpenError error;
        auto project = Project::open(file.path, builtin.schema, area, options, error);
        if (file.refusedWith) {
            INFO(error.message.toStdString());
            CHECK_FALSE(project);
            CHECK(error.code == *file.refusedWith);
            CHECK(error.message.contains(QFileInfo(file.path).fileName()));
            // In the user's words: none of SQLite's own (English, technical) report.
            const QString words = QString(error.message).remove(QFileInfo(file.path).fileName());
            for (const char *report : {"malformed", "missing from index", "constraint failed", "syntax error",
                                       "not authorized", "NULL value"})
                CHECK_FALSE(words.contains(QLatin1String(report)));
            refused += !project;
        } else {
            INFO(error.message.toStdString());
            REQUIRE(project);
            showEveryPanel(builtin, *project);
            ++loaded;
        }
        project.reset();
        CHECK(hashOf(file.path) == before);
        CHECK_FALSE(QFile::exists(DocumentLock::lockPathFor(file.path)));
    }
    CHECK(QDir(area.directory()).entryList(QDir::Files).isEmpty()); // no working copy left behind
    reportLine(QStringLiteral("hostile files"), QStringLiteral("files=%1 refused=%2 loaded-safely=%3 "
                                                               "not-writable-by-sqlite=%4 crashes=0")
                                                    .arg(corpus.size())
                                                    .arg(refused)
                                                    .arg(loaded)
                                                    .arg(skipped));
}

TEST_CASE("Refused: a file over the size limit", "[reliability][hostile]")
{
    const BuiltinPanels builtin = BuiltinPanels::load();
    QTemporaryDir dir;
    const WorkingArea area(dir.filePath(QStringLiteral("work")));
    const QString valid = savedEmptyProject(builtin, area, dir.filePath(QStringLiteral("gros.atelier")));
    OpenOptions options;
    options.limits.maxFileBytes = QFileInfo(valid).size() - 1;
    OpenError error;
    CHECK_FALSE(Project::open(valid, builtin.schema, area, options, error));
    CHECK(error.code == OpenError::Code::TooLarge);
}

TEST_CASE("The demo with every reference dangling and malformed UTF-8 everywhere loads, shows, reports",
          "[reliability][hostile]")
{
    const BuiltinPanels builtin = BuiltinPanels::load();
    QTemporaryDir dir;
    const WorkingArea area(dir.filePath(QStringLiteral("work")));
    const QString path = dir.filePath(QStringLiteral("demo-abime.atelier"));
    {
        QString error;
        auto project = Project::create(builtin.schema, area, &error);
        REQUIRE(project);
        REQUIRE(Demo::fill(project->context(), builtin.tables(), &error));
        REQUIRE(project->saveAs(path, &error));
    }
    {
        Sql::Connection db(path, SQLITE_OPEN_READWRITE);
        QStringList tables;
        Sql::Statement st(
            db, QStringLiteral(
                    "SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'module_version'"));
        while (st.step())
            tables << st.text(0);
        for (const QString &table : std::as_const(tables)) {
            QStringList sets;
            Sql::Statement info(db, QStringLiteral("SELECT name, type FROM pragma_table_info(?1)"));
            info.bind(1, table);
            while (info.step()) {
                const QString column = info.text(0);
                if (column.endsWith(QLatin1String("_id")))
                    sets << QStringLiteral("%1 = 'nowhere'").arg(column);
                else if (column != QLatin1String("id") && info.text(1) == QLatin1String("TEXT"))
                    sets << QStringLiteral("%1 = %1 || CAST(x'c328ff' AS TEXT)").arg(column);
            }
            if (!sets.isEmpty()) {
                try {
                    db.exec(QStringLiteral("UPDATE %1 SET %2").arg(table, sets.join(QStringLiteral(", "))));
                } catch (const Sql::Error &) {
                    // a CHECK of the table refuses the change (a choice column): that table stays intact
                }
            }
        }
    }
    const QByteArray before = hashOf(path);
    OpenError error;
    OpenOptions options;
    options.readOnly = true;
    auto project = Project::open(path, builtin.schema, area, options, error);
    INFO(error.message.toStdString());
    REQUIRE(project);
    showEveryPanel(builtin, *project);
    for (const Reports::ReportKind *kind : Reports::ReportKinds::all()) {
        Reports::Document document = writeReport(*kind, builtin.panels, project->context());
        const Reports::PdfExport result =
            Reports::PdfExport::write(document, dir.filePath(kind->id() + QStringLiteral(".pdf")));
        CHECK(result.outcome == Reports::PdfExport::Written);
    }
    project.reset();
    CHECK(hashOf(path) == before);
}
