// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every Projet edit is an undo command named after the action; undo and redo go through the store.
#include "workspace.h"

using namespace Atelier;

namespace {
struct Fixture
{
    Workspace ws;
    std::unique_ptr<Project> project = ws.create();
    ProjectContext &ctx = project->context();
    QUndoStack &stack = project->undoStack();
};
} // namespace

TEST_CASE("Each identity field: set, undo, redo, named", "[commands]")
{
    Fixture f;
    const QString pid = f.ctx.store.projectId();
    for (const FieldInfo &field : Entities::project().fields) {
        if (!field.isEditable())
            continue;
        const QString column = QString::fromLatin1(field.column);
        const QVariant value = field.kind == FieldKind::Money ? QVariant(qint64(123456))
                                                              : QVariant(column + QStringLiteral(" ✓"));
        const QVariant before = f.ctx.store.value(Entities::project(), pid, column);
        INFO(column.toStdString());
        REQUIRE(Edit::setValue(f.ctx, Entities::project(), pid, column, value));
        CHECK(f.stack.undoText() == field.translatedEditText());
        CHECK(f.ctx.store.value(Entities::project(), pid, column) == value);
        f.stack.undo();
        CHECK(f.ctx.store.value(Entities::project(), pid, column) == before);
        f.stack.redo();
        CHECK(f.ctx.store.value(Entities::project(), pid, column) == value);
    }
    CHECK(f.stack.undoText() == QStringLiteral("Change budget envelope"));
}

TEST_CASE("Participants: add, rename, change role, remove — each undoable", "[commands]")
{
    Fixture f;
    QSignalSpy inserted(&f.ctx.notifier, &Notifier::rowInserted);
    QSignalSpy changed(&f.ctx.notifier, &Notifier::valueChanged);
    QSignalSpy removed(&f.ctx.notifier, &Notifier::rowRemoved);
    const QString id = Edit::addRow(f.ctx, Entities::participant(),
                                    {{QStringLiteral("name"), QStringLiteral("Jules Peyrat")},
                                     {QStringLiteral("role"), QStringLiteral("citizen_juror")}});
    REQUIRE_FALSE(id.isEmpty());
    CHECK(inserted.count() == 1);
    CHECK(f.stack.undoText() == QStringLiteral("Add participant"));

    REQUIRE(Edit::setValue(f.ctx, Entities::participant(), id, QStringLiteral("name"),
                           QStringLiteral("Jules P.")));
    CHECK(f.stack.undoText() == QStringLiteral("Rename participant"));
    CHECK(changed.count() == 1);
    REQUIRE(Edit::setValue(f.ctx, Entities::participant(), id, QStringLiteral("role"),
                           QStringLiteral("elected_official")));
    CHECK(f.stack.undoText() == QStringLiteral("Change participant's role"));

    REQUIRE(Edit::removeRows(f.ctx, Entities::participant(), {id}));
    CHECK(removed.count() == 1);
    CHECK(f.ctx.store.rows(Entities::participant()).isEmpty());
    CHECK(f.stack.undoText() == QStringLiteral("Remove participant"));

    f.stack.undo(); // back, with its values
    Row back = f.ctx.store.row(Entities::participant(), id);
    CHECK(back.value(QStringLiteral("name")).toString() == QStringLiteral("Jules P."));
    CHECK(back.value(QStringLiteral("role")).toString() == QStringLiteral("elected_official"));
    f.stack.undo();
    f.stack.undo();
    CHECK(f.ctx.store.row(Entities::participant(), id).value(QStringLiteral("name")).toString() ==
          QStringLiteral("Jules Peyrat"));
    f.stack.undo();
    CHECK(f.ctx.store.rows(Entities::participant()).isEmpty());
    CHECK(f.stack.isClean());
    f.stack.redo();
    CHECK(f.ctx.store.rows(Entities::participant()).size() == 1);
}

TEST_CASE("A role outside the list is refused by the file itself", "[commands]")
{
    Fixture f;
    const QString id =
        Edit::addRow(f.ctx, Entities::participant(), {{QStringLiteral("name"), QStringLiteral("X")}});
    QSignalSpy failed(&f.ctx.notifier, &Notifier::writeFailed);
    const int before = f.stack.count();
    CHECK_FALSE(
        Edit::setValue(f.ctx, Entities::participant(), id, QStringLiteral("role"), QStringLiteral("king")));
    CHECK(failed.count() == 1);
    CHECK(f.stack.count() == before);
    CHECK(f.ctx.store.value(Entities::participant(), id, QStringLiteral("role")).toString() ==
          QStringLiteral("other"));
}

TEST_CASE("Removing an attachment keeps its bytes for undo, and the order of rows", "[commands]")
{
    Fixture f;
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        const QByteArray data(1000 + i, char('a' + i));
        ids << Edit::addRow(f.ctx, Entities::attachment(),
                            {{QStringLiteral("title"), QStringLiteral("pièce %1").arg(i)},
                             {QStringLiteral("size"), data.size()},
                             {QStringLiteral("sha256"), QStringLiteral("h")},
                             {QStringLiteral("data"), data}});
    }
    REQUIRE(Edit::removeRows(f.ctx, Entities::attachment(), {ids[0], ids[1]}));
    CHECK(f.stack.undoText() == QStringLiteral("Remove attachment"));
    CHECK(f.ctx.store.rows(Entities::attachment()).size() == 1);
    f.stack.undo();
    const QList<Row> rows = f.ctx.store.rows(Entities::attachment());
    REQUIRE(rows.size() == 3);
    for (int i = 0; i < 3; ++i)
        CHECK(rows[i].value(QStringLiteral("id")).toString() == ids[i]);
    CHECK(f.ctx.store.blob(Entities::attachment(), ids[1], QStringLiteral("data")) == QByteArray(1001, 'b'));
}

TEST_CASE("Key dates: add, change, remove", "[commands]")
{
    Fixture f;
    const QString id = Edit::addRow(f.ctx, Entities::keyDate(),
                                    {{QStringLiteral("label"), QStringLiteral("Atelier de modélisation")},
                                     {QStringLiteral("date"), QStringLiteral("2027-03-15")}});
    REQUIRE(
        Edit::setValue(f.ctx, Entities::keyDate(), id, QStringLiteral("date"), QStringLiteral("2027-03-22")));
    CHECK(f.stack.undoText() == QStringLiteral("Change key date"));
    f.stack.undo();
    CHECK(f.ctx.store.value(Entities::keyDate(), id, QStringLiteral("date")).toString() ==
          QStringLiteral("2027-03-15"));
    REQUIRE(Edit::removeRows(f.ctx, Entities::keyDate(), {id}));
    f.stack.undo();
    CHECK(f.ctx.store.rows(Entities::keyDate()).size() == 1);
}

TEST_CASE("Typing merges into one step, a save in between keeps them apart", "[commands]")
{
    Fixture f;
    const QString pid = f.ctx.store.projectId();
    const QString col = QStringLiteral("origin");
    REQUIRE(
        Edit::setValue(f.ctx, Entities::project(), pid, col, QStringLiteral("L"), Edit::Merge::WithPrevious));
    REQUIRE(Edit::setValue(f.ctx, Entities::project(), pid, col, QStringLiteral("La"),
                           Edit::Merge::WithPrevious));
    REQUIRE(Edit::setValue(f.ctx, Entities::project(), pid, col, QStringLiteral("La cantine"),
                           Edit::Merge::WithPrevious));
    CHECK(f.stack.count() == 1);
    QString error;
    REQUIRE(f.project->saveAs(f.ws.path(QStringLiteral("m.atelier")), &error));
    REQUIRE(Edit::setValue(f.ctx, Entities::project(), pid, col, QStringLiteral("La cantine !"),
                           Edit::Merge::WithPrevious));
    CHECK(f.stack.count() == 2);
    CHECK(f.project->isModified());
    f.stack.undo();
    CHECK_FALSE(f.project->isModified());
    f.stack.undo();
    CHECK(f.ctx.store.value(Entities::project(), pid, col).toString().isEmpty());
}

TEST_CASE("Setting a field to its current value records nothing", "[commands]")
{
    Fixture f;
    REQUIRE(Edit::setValue(f.ctx, Entities::project(), f.ctx.store.projectId(), QStringLiteral("title"),
                           QString()));
    CHECK(f.stack.count() == 0);
    CHECK_FALSE(f.project->isModified());
}

TEST_CASE("A group that failed half way is taken back whole, with nothing left to redo", "[commands]")
{
    Fixture f;
    REQUIRE_FALSE(Edit::addRow(f.ctx, Entities::participant(), {{QStringLiteral("name"), QStringLiteral("Avant")}}).isEmpty());
    const int before = f.stack.index();
    {
        Edit::Group group(f.ctx, QStringLiteral("Import"));
        REQUIRE_FALSE(Edit::addRow(f.ctx, Entities::participant(), {{QStringLiteral("name"), QStringLiteral("Un")}}).isEmpty());
        REQUIRE_FALSE(Edit::addRow(f.ctx, Entities::participant(), {{QStringLiteral("name"), QStringLiteral("Deux")}}).isEmpty());
    }
    Edit::takeBack(f.ctx, before);
    CHECK(f.ctx.store.rows(Entities::participant()).size() == 1);
    CHECK(f.stack.index() == before);
    CHECK(f.stack.count() == before); // the half-done step is gone, not waiting on the redo side
    CHECK_FALSE(f.stack.canRedo());
    CHECK(f.stack.undoText() == QStringLiteral("Add participant")); // what came before is still undoable
    Edit::takeBack(f.ctx, before); // nothing since: nothing happens
    CHECK(f.stack.count() == before);
}

TEST_CASE("Many rows added as one step: one undo takes them all, redo brings them back", "[commands]")
{
    Fixture f;
    QList<Row> rows;
    for (int i = 0; i < 500; ++i)
        rows << Row{{QStringLiteral("name"), QStringLiteral("Personne %1").arg(i)}};
    const QStringList ids = Edit::addRows(f.ctx, Entities::participant(), rows, QStringLiteral("Import the list"));
    REQUIRE(ids.size() == 500);
    CHECK(QSet<QString>(ids.begin(), ids.end()).size() == 500); // each its own id
    CHECK(f.stack.count() == 1);
    CHECK(f.stack.undoText() == QStringLiteral("Import the list"));
    CHECK(f.ctx.store.rows(Entities::participant()).size() == 500);
    CHECK(f.ctx.store.value(Entities::participant(), ids[499], QStringLiteral("name")).toString() == QStringLiteral("Personne 499"));
    f.stack.undo();
    CHECK(f.ctx.store.rows(Entities::participant()).isEmpty());
    f.stack.redo();
    CHECK(f.ctx.store.rows(Entities::participant()).size() == 500);
    CHECK(Edit::addRows(f.ctx, Entities::participant(), {}, QStringLiteral("Nothing")).isEmpty());
    CHECK(f.stack.count() == 1);
}
