// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The canvas: chapters and entries (every edit undoable), its search, and imports from another
// project file (through the safe open) and from the templates.
#include "sourcingfixture.h"

#include "core/sqlite.h"
#include "sourcing/canvasimport.h"
#include "sourcing/canvasindex.h"

#include <sqlite3.h>

using namespace Atelier;
using namespace Atelier::Sourcing;

TEST_CASE("Chapters and entries: every edit is one undo step", "[canvas]")
{
    SourcingFixture f;
    const QString actors = f.chapter(QStringLiteral("Acteurs de l'écosystème"), QStringLiteral("actors"));
    const QString entry = f.entry(actors, QStringLiteral("actor"), QStringLiteral("Légumerie du Val"));
    REQUIRE(Edit::setValue(f.ctx(), Tables::entry(), entry, QStringLiteral("territory"), QStringLiteral("Valbrune")));
    REQUIRE(Edit::setValue(f.ctx(), Tables::chapter(), actors, QStringLiteral("title"), QStringLiteral("Acteurs")));
    CHECK(f.undo().count() == 4);
    f.undo().undo();
    CHECK(f.value(Tables::chapter(), actors, "title").toString() == QStringLiteral("Acteurs de l'écosystème"));
    f.undo().undo();
    CHECK(f.value(Tables::entry(), entry, "territory").toString().isEmpty());
    f.undo().undo();
    CHECK(f.store().rows(Tables::entry()).isEmpty());
    f.undo().redo();
    CHECK(f.value(Tables::entry(), entry, "title").toString() == QStringLiteral("Légumerie du Val"));
    REQUIRE(Edit::removeRows(f.ctx(), Tables::entry(), {entry}));
    f.undo().undo();
    CHECK(f.value(Tables::entry(), entry, "title").toString() == QStringLiteral("Légumerie du Val"));
}

TEST_CASE("Search folds accents, takes prefixes and ranks titles first", "[canvas][search]")
{
    SourcingFixture f;
    const QString c = f.chapter(QStringLiteral("Retours"), QStringLiteral("lessons"));
    const QString reuse = f.entry(c, QStringLiteral("lesson"), QStringLiteral("Réemploi des contenants inox"),
                                  {{QStringLiteral("worked"), QStringLiteral("La consigne a tenu deux ans.")}});
    const QString noted = f.entry(c, QStringLiteral("lesson"), QStringLiteral("Légumerie coopérative"),
                                  {{QStringLiteral("notes"), QStringLiteral("Parle aussi du **réemploi** des cagettes.")}});
    const QString other = f.entry(c, QStringLiteral("figure"), QStringLiteral("Repas servis par jour"),
                                  {{QStringLiteral("unit"), QStringLiteral("repas")}});
    CanvasIndex index(f.store(), f.ctx().notifier);
    CHECK(index.size() == 3);

    QList<SearchHit> hits = index.search(QStringLiteral("reemploi")).hits;
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].entryId == reuse); // in the title: ranked above a mention in the notes
    CHECK(hits[1].entryId == noted);
    CHECK(hits[0].title.contains(QStringLiteral("<b>Réemploi</b>")));
    CHECK(hits[1].snippet.contains(QStringLiteral("<b>réemploi</b>")));
    CHECK_FALSE(hits[1].snippet.contains(QStringLiteral("**"))); // Markdown's signs are not shown

    CHECK(index.search(QStringLiteral("RÉEMP")).hits.size() == 2); // a prefix, any case, any accent
    CHECK(index.search(QStringLiteral("legum coop")).hits.size() == 1); // every word must match
    CHECK(index.search(QStringLiteral("legum inox")).hits.isEmpty());
    CHECK(index.search(QStringLiteral("\"*)(")).hits.isEmpty()); // FTS5's syntax cannot be typed in
    CHECK(index.search(QStringLiteral("repas")).hits.value(0).entryId == other);
    CHECK(index.search(QString()).hits.isEmpty());

    // The index follows edits, removals and undo.
    REQUIRE(Edit::setValue(f.ctx(), Tables::entry(), other, QStringLiteral("title"), QStringLiteral("Élevage à l'herbe")));
    CHECK(index.search(QStringLiteral("elevage herbe")).hits.value(0).entryId == other);
    // Ligatures as people type them, both ways, the text shown as written.
    REQUIRE(Edit::setValue(f.ctx(), Tables::entry(), other, QStringLiteral("title"), QStringLiteral("Bœuf et main-d'œuvre")));
    const QList<SearchHit> beef = index.search(QStringLiteral("boeuf main d'oeuvre")).hits;
    REQUIRE(beef.size() == 1);
    INFO(beef[0].title.toStdString());
    CHECK(beef[0].title == QStringLiteral("<b>Bœuf</b> et <b>main</b>-<b>d</b>'<b>œuvre</b>")); // every word typed
    CHECK(index.search(QStringLiteral("BŒUF")).hits.size() == 1);
    REQUIRE(Edit::setValue(f.ctx(), Tables::entry(), other, QStringLiteral("tags"), QStringLiteral("oeuvre, caecum")));
    CHECK(index.search(QStringLiteral("cæcum")).hits.size() == 1);
    CHECK(index.search(QStringLiteral("repas servis")).hits.isEmpty());
    REQUIRE(Edit::removeRows(f.ctx(), Tables::entry(), {reuse}));
    CHECK(index.search(QStringLiteral("inox")).hits.isEmpty());
    f.undo().undo();
    CHECK(index.search(QStringLiteral("inox")).hits.value(0).entryId == reuse);
}

TEST_CASE("A text most of the canvas contains is not ranked: titles first, and the user is told", "[canvas][search]")
{
    SourcingFixture f;
    const QString c = f.chapter(QStringLiteral("Guide"));
    // 2,100 entries say "cantine" in their text; every 100th also in its title.
    f.store().atomically([&] {
        for (int i = 0; i < 2100; ++i)
            f.store().insert(Tables::entry(), {{QStringLiteral("id"), newId()},
                                               {QStringLiteral("chapter_id"), c},
                                               {QStringLiteral("kind"), QStringLiteral("lesson")},
                                               {QStringLiteral("title"), i % 100 == 0 ? QStringLiteral("Cantine %1").arg(i)
                                                                                      : QStringLiteral("Leçon %1").arg(i)},
                                               {QStringLiteral("worked"), QStringLiteral("La cantine a servi des repas.")},
                                               {QStringLiteral("position"), i}});
    });
    CanvasIndex index(f.store(), f.ctx().notifier);
    const SearchResult broad = index.search(QStringLiteral("cant"));
    CHECK_FALSE(broad.ranked);
    CHECK(broad.matches == CanvasIndex::kMaxRanked + 1);
    REQUIRE(broad.hits.size() == 50);
    for (int i = 0; i < 21; ++i) // the 21 titles that match come first, in the canvas's order
        CHECK(broad.hits[i].title.startsWith(QStringLiteral("<b>Cantine</b> %1").arg(i * 100)));
    CHECK(broad.hits[21].title.startsWith(QStringLiteral("Leçon")));
    const SearchResult narrow = index.search(QStringLiteral("cantine 1500"));
    CHECK(narrow.ranked);
    CHECK(narrow.matches == 1);
}

namespace {

/// A saved project with a canvas of two chapters, one entry of which was itself imported before.
QString savedCanvas(SourcingFixture &source, const QString &name)
{
    const QString actors = source.chapter(QStringLiteral("Acteurs de l'écosystème"), QStringLiteral("actors"));
    source.entry(actors, QStringLiteral("actor"), QStringLiteral("Coopérative Terres de Loire"),
                 {{QStringLiteral("contact"), QStringLiteral("contact@terres-de-loire.example")},
                  {QStringLiteral("tags"), QStringLiteral("légumes, bio")}});
    const QString norms = source.chapter(QStringLiteral("Normes en vigueur"), QStringLiteral("standards"));
    source.entry(norms, QStringLiteral("standard"), QStringLiteral("Loi EGalim"),
                 {{QStringLiteral("reference"), QStringLiteral("Loi n° 2018-938")},
                  {QStringLiteral("origin_project"), QStringLiteral("Cantine de Morlaix")},
                  {QStringLiteral("origin_file"), QStringLiteral("morlaix.atelier")},
                  {QStringLiteral("origin_date"), QStringLiteral("2025-03-02")}});
    REQUIRE(Edit::setValue(source.ctx(), Entities::project(), source.store().projectId(), QStringLiteral("title"),
                           QStringLiteral("Cantine de Valbrune")));
    QString error;
    const QString path = source.ws.path(name);
    REQUIRE(source.project->saveAs(path, &error));
    return path;
}

} // namespace

TEST_CASE("Chapters and entries come from another project with their origin", "[canvas][import]")
{
    SourcingFixture source;
    const QString path = savedCanvas(source, QStringLiteral("valbrune.atelier"));
    SourcingFixture target;
    const QString actors = target.chapter(QStringLiteral("acteurs de l'écosystème "), QStringLiteral("actors"));
    QString error;
    const std::optional<CanvasSource> read = CanvasImport::fromFile(path, target.ws.schema, &error);
    INFO(error.toStdString());
    REQUIRE(read);
    CHECK(read->projectTitle == QStringLiteral("Cantine de Valbrune"));
    REQUIRE(read->chapters.size() == 2);
    const int steps = target.undo().count();
    REQUIRE(CanvasImport::import(target.ctx(), *read, CanvasImport::everything(*read), &error));
    CHECK(target.undo().count() == steps + 1); // one undo step

    const QList<Row> chapters = target.store().rows(Tables::chapter());
    REQUIRE(chapters.size() == 2); // the actors joined the chapter of the same title
    const QList<Row> entries = target.store().rows(Tables::entry());
    REQUIRE(entries.size() == 2);
    for (const Row &e : entries) {
        if (text(e, "title") == QStringLiteral("Coopérative Terres de Loire")) {
            CHECK(text(e, "chapter_id") == actors);
            CHECK(text(e, "origin_project") == QStringLiteral("Cantine de Valbrune"));
            CHECK(text(e, "origin_file") == QStringLiteral("valbrune.atelier"));
            CHECK(text(e, "origin_date") == QDate::currentDate().toString(Qt::ISODate));
            CHECK(text(e, "tags") == QStringLiteral("légumes, bio"));
        } else {
            CHECK(text(e, "origin_project") == QStringLiteral("Cantine de Morlaix")); // its first origin kept
            CHECK(text(e, "origin_date") == QStringLiteral("2025-03-02"));
        }
    }
    target.undo().undo();
    CHECK(target.store().rows(Tables::entry()).isEmpty());
    CHECK(target.store().rows(Tables::chapter()).size() == 1);
}

TEST_CASE("A hostile source is refused: nothing imported and the file unchanged", "[canvas][import]")
{
    SourcingFixture source;
    const QString path = savedCanvas(source, QStringLiteral("hostile.atelier"));
    {
        // Someone adds a trigger that would run during an import, and a table of its own.
        Sql::Connection db(path, SQLITE_OPEN_READWRITE);
        db.exec(QStringLiteral("CREATE TABLE evil (x TEXT); CREATE TRIGGER t AFTER INSERT ON sourcing_entry "
                               "BEGIN DELETE FROM sourcing_chapter; END;"));
    }
    const QByteArray before = fileHash(path);
    SourcingFixture target;
    target.chapter(QStringLiteral("Mes acteurs"));
    const int steps = target.undo().count();
    QString error;
    CHECK_FALSE(CanvasImport::fromFile(path, target.ws.schema, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(fileHash(path) == before);
    CHECK(target.undo().count() == steps);
    CHECK(target.store().rows(Tables::chapter()).size() == 1);
    CHECK(target.store().rows(Tables::entry()).isEmpty());

    // Not a project at all, and a project without a canvas.
    QFile junk(target.ws.path(QStringLiteral("junk.atelier")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(8192, 'x'));
    junk.close();
    CHECK_FALSE(CanvasImport::fromFile(junk.fileName(), target.ws.schema, &error));
    SourcingFixture empty;
    QString saveError;
    REQUIRE(empty.project->saveAs(empty.ws.path(QStringLiteral("empty.atelier")), &saveError));
    CHECK_FALSE(CanvasImport::fromFile(empty.ws.path(QStringLiteral("empty.atelier")), target.ws.schema, &error));
    CHECK(error.contains(QStringLiteral("no sourcing canvas")));
}

TEST_CASE("A failed import writes nothing", "[canvas][import]")
{
    SourcingFixture source;
    const QString path = savedCanvas(source, QStringLiteral("valbrune.atelier"));
    SourcingFixture target;
    QString error;
    const std::optional<CanvasSource> read = CanvasImport::fromFile(path, target.ws.schema, &error);
    REQUIRE(read);
    CanvasSource broken = *read;
    broken.chapters[1].entries[0].insert(QStringLiteral("kind"), QStringLiteral("poem")); // its CHECK refuses it
    CHECK_FALSE(CanvasImport::import(target.ctx(), broken, CanvasImport::everything(broken), &error));
    CHECK(error.contains(QStringLiteral("nothing was added")));
    CHECK_FALSE(target.undo().canRedo()); // no half of it to redo
    CHECK(target.store().rows(Tables::chapter()).isEmpty());
    CHECK(target.store().rows(Tables::entry()).isEmpty());
}

TEST_CASE("The templates shipped with the application", "[canvas][import]")
{
    SourcingFixture f;
    const QList<CanvasTemplate> templates = CanvasImport::templates();
    REQUIRE(templates.size() == 3);
    int total = 0;
    for (const CanvasTemplate &t : templates) {
        QString error;
        const std::optional<CanvasSource> source = CanvasImport::fromTemplate(t.resource, &error);
        INFO(t.resource.toStdString());
        REQUIRE(source);
        QStringList themes;
        for (const CanvasSource::Chapter &c : source->chapters) {
            themes << c.theme;
            CHECK(c.entries.size() >= 3);
            total += int(c.entries.size());
        }
        for (const char *theme : {"actors", "standards", "lessons", "information"})
            CHECK(themes.contains(QLatin1String(theme)));
        REQUIRE(CanvasImport::import(f.ctx(), *source, CanvasImport::everything(*source), &error));
    }
    const QList<Row> entries = f.store().rows(Tables::entry());
    CHECK(entries.size() == total);
    for (const Row &e : entries)
        CHECK(text(e, "origin_project").startsWith(QStringLiteral("template")));
    CHECK(f.store().rows(Tables::chapter()).size() >= 4); // the same titles meet in one chapter
}
