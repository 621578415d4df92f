// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Bringing a copy back: the three-way merge against the share point the copy carries, each kind of
// conflict and its two resolutions, the merge as one undo step, copies of copies and three
// administrations, refusals; and the journal's chain of fingerprints, checked by a second computation.
#include "workspace.h"

#include "core/merge.h"
#include "core/sharecopy.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <sqlite3.h>

using namespace Atelier;

namespace {

/// One administration's copy of the project: its own folder, its own file, its own author.
struct Office
{
    Workspace ws;
    std::unique_ptr<Project> project;
    QString file;

    Office(const QString &name, const QString &administration, std::unique_ptr<Project> opened = {})
        : project(std::move(opened)), file(ws.path(name))
    {
        if (!project)
            project = ws.create();
        project->journal().setAuthor({QStringLiteral("Agent de ") + administration, administration});
    }
    ProjectContext &ctx() { return project->context(); }
    Store &store() { return project->store(); }
    void save()
    {
        QString error;
        INFO(error.toStdString());
        REQUIRE(project->saveAs(file, &error));
    }
    QString add(const TableInfo &table, Row row)
    {
        const QString id = Edit::addRow(ctx(), table, std::move(row));
        REQUIRE_FALSE(id.isEmpty());
        return id;
    }
    void set(const TableInfo &table, const QString &id, const QString &column, const QVariant &value)
    {
        REQUIRE(Edit::setValue(ctx(), table, id, column, value));
    }
    void remove(const TableInfo &table, const QString &id) { REQUIRE(Edit::removeRows(ctx(), table, {id})); }
    QString value(const TableInfo &table, const QString &id, const char *column)
    {
        return store().value(table, id, QLatin1String(column)).toString();
    }
    /// Shares a copy for `administration`, opened in an office of its own.
    std::unique_ptr<Office> shareTo(const QString &name, const QString &administration)
    {
        auto other = std::make_unique<Office>(name, administration, nullptr);
        other->project.reset();
        QString error;
        const auto report = ShareCopy::write(*project, other->file, {project->journal().author().administration, administration,
                                                                     ShareCopy::corePersonalData()},
                                             &error);
        INFO(error.toStdString());
        REQUIRE(report);
        other->project = other->ws.open(other->file);
        other->project->journal().setAuthor({QStringLiteral("Agent de ") + administration, administration});
        return other;
    }
    std::optional<Merge::Plan> prepare(const QString &theirs, QString *error = nullptr)
    {
        return Merge::prepare(*project, theirs, ShareCopy::corePersonalData(), error);
    }
    /// Merges `theirs`, each conflict as `takeTheirs` says.
    Merge::Plan merge(const QString &theirs, bool takeTheirs = false)
    {
        QString error;
        std::optional<Merge::Plan> plan = prepare(theirs, &error);
        INFO(error.toStdString());
        REQUIRE(plan);
        for (Merge::Conflict &c : plan->conflicts)
            c.takeTheirs = takeTheirs;
        REQUIRE(Merge::apply(ctx(), *plan, true, &error));
        return *plan;
    }
};

/// Every row of every table a merge compares, as text, to compare states.
QString dump(Store &store)
{
    QString text;
    for (const char *table : {"project", "participant", "key_date", "strategy", "investment_line", "indicator",
                              "measurement", "merge_conflict"}) {
        Sql::Statement st(store.connection(), QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table)));
        while (st.step()) {
            text += QLatin1String(table);
            for (int i = 0; i < st.columnCount(); ++i)
                text += u'|' + st.value(i).toString();
            text += u'\n';
        }
    }
    return text;
}

/// A small project: two participants, a strategy with an investment line, an indicator.
struct Project3
{
    std::unique_ptr<Office> town = std::make_unique<Office>(QStringLiteral("ville.atelier"), QStringLiteral("Ville de Valbrune"));
    QString alice, bruno, strategy, line, indicator;
    Project3()
    {
        town->set(Entities::project(), town->store().projectId(), QStringLiteral("title"), QStringLiteral("Cantine"));
        alice = town->add(Entities::participant(), {{QStringLiteral("name"), QStringLiteral("Alice Martin")},
                                                    {QStringLiteral("contact"), QStringLiteral("alice@valbrune.fr")}});
        bruno = town->add(Entities::participant(), {{QStringLiteral("name"), QStringLiteral("Bruno Petit")}});
        strategy = town->add(Entities::strategy(), {{QStringLiteral("title"), QStringLiteral("Manger local")}});
        line = town->add(Entities::investmentLine(), {{QStringLiteral("strategy_id"), strategy},
                                                      {QStringLiteral("title"), QStringLiteral("Légumerie")}});
        indicator = town->add(Entities::indicator(), {{QStringLiteral("strategy_id"), strategy},
                                                      {QStringLiteral("name"), QStringLiteral("Part de bio")}});
        town->save();
    }
};

QList<Merge::Conflict> ofKind(const Merge::Plan &plan, Merge::Kind kind)
{
    QList<Merge::Conflict> result;
    for (const Merge::Conflict &c : plan.conflicts)
        if (c.kind == kind)
            result << c;
    return result;
}

} // namespace

TEST_CASE("Edits on both sides that do not meet merge without a question, as one undo step", "[merge]")
{
    Project3 p;
    auto metro = p.town->shareTo(QStringLiteral("metropole.atelier"), QStringLiteral("Métropole"));
    // Here: a participant renamed, a key date added. There: the other participant's role, the same
    // participant's organisation (another field of the same row), a measurement added, the line removed.
    p.town->set(Entities::participant(), p.alice, QStringLiteral("name"), QStringLiteral("Alice Martin-Roux"));
    const QString date = p.town->add(Entities::keyDate(), {{QStringLiteral("label"), QStringLiteral("Jury")}});
    metro->set(Entities::participant(), p.bruno, QStringLiteral("role"), QStringLiteral("prescriber"));
    metro->set(Entities::participant(), p.alice, QStringLiteral("organisation"), QStringLiteral("Cuisine centrale"));
    const QString measure = metro->add(Entities::measurement(), {{QStringLiteral("indicator_id"), p.indicator},
                                                                 {QStringLiteral("value"), 42.5}});
    metro->remove(Entities::investmentLine(), p.line);
    metro->save();

    const QString before = dump(p.town->store());
    const int steps = p.town->ctx().undoStack.count();
    const QString ourHead = Journal::head(p.town->store().connection()), theirHead = Journal::head(metro->store().connection());
    const Merge::Plan plan = p.town->merge(metro->file);
    // The merge's journal entry follows our own last entry and names theirs: both histories are joined.
    const JournalEntry joined = Journal::entries(p.town->store().connection()).last();
    CHECK(joined.parent == ourHead);
    CHECK(joined.merged == theirHead);
    CHECK(joined.parent != joined.merged);
    CHECK(plan.conflicts.isEmpty());
    CHECK(plan.counts.value(QStringLiteral("participant")).changed == 2);
    CHECK(plan.counts.value(QStringLiteral("measurement")).added == 1);
    CHECK(plan.counts.value(QStringLiteral("investment_line")).removed == 1);
    CHECK(plan.theirsAdministration == QStringLiteral("Métropole"));
    // Both sides' work is there.
    CHECK(p.town->value(Entities::participant(), p.alice, "name") == QStringLiteral("Alice Martin-Roux"));
    CHECK(p.town->value(Entities::participant(), p.alice, "organisation") == QStringLiteral("Cuisine centrale"));
    CHECK(p.town->value(Entities::participant(), p.bruno, "role") == QStringLiteral("prescriber"));
    CHECK(p.town->store().row(Entities::measurement(), measure).value(QStringLiteral("value")).toDouble() == 42.5);
    CHECK(p.town->store().row(Entities::investmentLine(), p.line).isEmpty());
    CHECK_FALSE(p.town->store().row(Entities::keyDate(), date).isEmpty());
    // The contact the copy never carried is still here.
    CHECK(p.town->value(Entities::participant(), p.alice, "contact") == QStringLiteral("alice@valbrune.fr"));

    // One undo step takes the whole merge back, redo brings it again.
    REQUIRE(p.town->ctx().undoStack.count() == steps + 1);
    const QString merged = dump(p.town->store());
    p.town->ctx().undoStack.undo();
    CHECK(dump(p.town->store()) == before);
    p.town->ctx().undoStack.redo();
    CHECK(dump(p.town->store()) == merged);

    // Merging the same copy again brings nothing new and asks nothing.
    const std::optional<Merge::Plan> again = p.town->prepare(metro->file);
    REQUIRE(again);
    CHECK(again->writes.isEmpty());
    CHECK(again->conflicts.isEmpty());
    CHECK(again->journal.isEmpty());
}

TEST_CASE("Each kind of conflict is found with both values and who made them; either choice loses nothing", "[merge]")
{
    const bool takeTheirs = GENERATE(false, true);
    Project3 p;
    const QString spare = p.town->add(Entities::strategy(), {{QStringLiteral("title"), QStringLiteral("Réduire les déchets")}});
    p.town->save();
    auto metro = p.town->shareTo(QStringLiteral("metropole.atelier"), QStringLiteral("Métropole"));

    // The same field, changed differently on both sides.
    p.town->set(Entities::participant(), p.alice, QStringLiteral("name"), QStringLiteral("Alice (ville)"));
    metro->set(Entities::participant(), p.alice, QStringLiteral("name"), QStringLiteral("Alice (métropole)"));
    // Changed here, removed there.
    p.town->set(Entities::participant(), p.bruno, QStringLiteral("organisation"), QStringLiteral("Service achats"));
    metro->remove(Entities::participant(), p.bruno);
    // Removed here, changed there.
    p.town->remove(Entities::indicator(), p.indicator);
    metro->set(Entities::indicator(), p.indicator, QStringLiteral("unit"), QStringLiteral("%"));
    // Added there, referring to a row removed here.
    p.town->remove(Entities::investmentLine(), p.line);
    p.town->remove(Entities::strategy(), p.strategy);
    const QString theirLine = metro->add(Entities::investmentLine(), {{QStringLiteral("strategy_id"), p.strategy},
                                                                      {QStringLiteral("title"), QStringLiteral("Serres")}});
    // Removed there, still referred to by a row added here.
    metro->remove(Entities::strategy(), spare);
    const QString ourLine = p.town->add(Entities::investmentLine(), {{QStringLiteral("strategy_id"), spare},
                                                                     {QStringLiteral("title"), QStringLiteral("Compost")}});
    metro->save();

    const QString before = dump(p.town->store());
    std::optional<Merge::Plan> prepared = p.town->prepare(metro->file);
    REQUIRE(prepared);
    const Merge::Plan &plan = *prepared;
    REQUIRE(plan.conflicts.size() == 5);

    const auto both = ofKind(plan, Merge::Kind::BothChanged);
    REQUIRE(both.size() == 1);
    CHECK(both[0].column == QStringLiteral("name"));
    CHECK(both[0].ours.toString() == QStringLiteral("Alice (ville)"));
    CHECK(both[0].theirs.toString() == QStringLiteral("Alice (métropole)"));
    CHECK(both[0].oursBy.startsWith(QStringLiteral("Agent de Ville de Valbrune (Ville de Valbrune), ")));
    CHECK(both[0].theirsBy.startsWith(QStringLiteral("Agent de Métropole (Métropole), ")));
    const auto changedRemoved = ofKind(plan, Merge::Kind::ChangedHereRemovedThere);
    REQUIRE(changedRemoved.size() == 1);
    CHECK(changedRemoved[0].id == p.bruno);
    CHECK(changedRemoved[0].ours.toString() == QStringLiteral("Service achats"));
    CHECK(changedRemoved[0].theirsBy.startsWith(QStringLiteral("Agent de Métropole")));
    const auto removedChanged = ofKind(plan, Merge::Kind::RemovedHereChangedThere);
    REQUIRE(removedChanged.size() == 1);
    CHECK(removedChanged[0].id == p.indicator);
    CHECK(removedChanged[0].theirs.toString() == QStringLiteral("%"));
    const auto refers = ofKind(plan, Merge::Kind::RefersToRemovedHere);
    REQUIRE(refers.size() == 1);
    CHECK(refers[0].id == theirLine);
    CHECK(refers[0].column == QStringLiteral("strategy_id"));
    CHECK(refers[0].ours.toString() == QStringLiteral("“Manger local” removed"));
    const auto referred = ofKind(plan, Merge::Kind::RemovedThereStillReferred);
    REQUIRE(referred.size() == 1);
    CHECK(referred[0].id == spare);
    CHECK(referred[0].ours.toString().contains(QStringLiteral("Compost")));

    for (Merge::Conflict &c : prepared->conflicts)
        c.takeTheirs = takeTheirs;
    QString error;
    REQUIRE(Merge::apply(p.town->ctx(), *prepared, true, &error));
    Store &s = p.town->store();
    if (takeTheirs) {
        CHECK(p.town->value(Entities::participant(), p.alice, "name") == QStringLiteral("Alice (métropole)"));
        CHECK(s.row(Entities::participant(), p.bruno).isEmpty());
        CHECK(p.town->value(Entities::indicator(), p.indicator, "unit") == QStringLiteral("%"));
        CHECK(p.town->value(Entities::strategy(), p.strategy, "title") == QStringLiteral("Manger local")); // back
        CHECK(p.town->value(Entities::investmentLine(), theirLine, "strategy_id") == p.strategy);
        CHECK(s.row(Entities::strategy(), spare).isEmpty());
        CHECK(s.row(Entities::investmentLine(), ourLine).isEmpty()); // it would refer to nothing
    } else {
        CHECK(p.town->value(Entities::participant(), p.alice, "name") == QStringLiteral("Alice (ville)"));
        CHECK(p.town->value(Entities::participant(), p.bruno, "organisation") == QStringLiteral("Service achats"));
        CHECK(s.row(Entities::indicator(), p.indicator).isEmpty());
        CHECK(s.row(Entities::investmentLine(), theirLine).isEmpty());
        CHECK(p.town->value(Entities::strategy(), spare, "title") == QStringLiteral("Réduire les déchets"));
        CHECK(p.town->value(Entities::investmentLine(), ourLine, "strategy_id") == spare);
    }
    // The values not kept are set aside, with who made them.
    Sql::Statement aside(s.connection(), QStringLiteral("SELECT ours, theirs, ours_by, theirs_by, kept FROM merge_conflict "
                                                        "WHERE column_name = 'name'"));
    REQUIRE(aside.step());
    CHECK(aside.text(0) == QStringLiteral("Alice (ville)"));
    CHECK(aside.text(1) == QStringLiteral("Alice (métropole)"));
    CHECK(aside.text(2).startsWith(QStringLiteral("Agent de Ville")));
    CHECK(aside.text(4) == (takeTheirs ? QStringLiteral("theirs") : QStringLiteral("ours")));
    CHECK(s.count(QStringLiteral("merge_conflict")) == 5);
    // And the whole merge is one undo step.
    p.town->ctx().undoStack.undo();
    CHECK(dump(s) == before);
}

TEST_CASE("Copies of copies and three administrations come back together; the journals join", "[merge]")
{
    Project3 p;
    auto metro = p.town->shareTo(QStringLiteral("metropole.atelier"), QStringLiteral("Métropole"));
    auto region = p.town->shareTo(QStringLiteral("region.atelier"), QStringLiteral("Région"));
    metro->set(Entities::participant(), p.alice, QStringLiteral("organisation"), QStringLiteral("Métropole"));
    metro->save();
    // The métropole passes its copy on to a département, which works on it too.
    auto dept = metro->shareTo(QStringLiteral("departement.atelier"), QStringLiteral("Département"));
    dept->set(Entities::strategy(), p.strategy, QStringLiteral("objective"), QStringLiteral("50 % local"));
    dept->save();
    region->set(Entities::indicator(), p.indicator, QStringLiteral("unit"), QStringLiteral("%"));
    region->save();
    p.town->set(Entities::participant(), p.bruno, QStringLiteral("name"), QStringLiteral("Bruno Petit-Jean"));

    // The département's copy into the métropole's, then the métropole's and the région's into the town.
    CHECK(dept->project->journal().author().administration == QStringLiteral("Département"));
    CHECK(metro->merge(dept->file).conflicts.isEmpty());
    CHECK(metro->value(Entities::strategy(), p.strategy, "objective") == QStringLiteral("50 % local"));
    metro->save();
    CHECK(p.town->merge(metro->file).conflicts.isEmpty());
    CHECK(p.town->merge(region->file).conflicts.isEmpty());
    CHECK(p.town->value(Entities::participant(), p.alice, "organisation") == QStringLiteral("Métropole"));
    CHECK(p.town->value(Entities::strategy(), p.strategy, "objective") == QStringLiteral("50 % local"));
    CHECK(p.town->value(Entities::indicator(), p.indicator, "unit") == QStringLiteral("%"));
    CHECK(p.town->value(Entities::participant(), p.bruno, "name") == QStringLiteral("Bruno Petit-Jean"));

    // The town's journal holds every administration's entries, and its chain holds.
    Sql::Connection &db = p.town->store().connection();
    QSet<QString> administrations;
    int merges = 0;
    for (const JournalEntry &e : Journal::entries(db)) {
        administrations.insert(e.administration);
        merges += e.merged.isEmpty() ? 0 : 1;
    }
    CHECK(administrations == QSet<QString>{QStringLiteral("Ville de Valbrune"), QStringLiteral("Métropole"),
                                           QStringLiteral("Département"), QStringLiteral("Région")});
    CHECK(merges == 3); // the town's two, and the métropole's of the département's copy
    const Journal::Verdict verdict = Journal::verify(db);
    CHECK(verdict.intact);

    // The other way: the town's project into the région's copy brings the others' work there.
    p.town->save();
    CHECK(region->merge(p.town->file).conflicts.isEmpty());
    CHECK(region->value(Entities::strategy(), p.strategy, "objective") == QStringLiteral("50 % local"));
    // The contact stayed home: a merge does not carry what a share leaves out.
    CHECK(region->value(Entities::participant(), p.alice, "contact").isEmpty());
}

TEST_CASE("A merge is refused for another project, a damaged or hostile copy, a file that is no copy", "[merge]")
{
    Project3 p;
    auto metro = p.town->shareTo(QStringLiteral("metropole.atelier"), QStringLiteral("Métropole"));
    QString error;
    // Another project altogether.
    const QString other = p.town->ws.savedProject(QStringLiteral("autre.atelier"), QStringLiteral("Voirie"));
    CHECK_FALSE(p.town->prepare(other, &error));
    CHECK(error.contains(QStringLiteral("is not a copy of this project")));
    CHECK(error.contains(QStringLiteral("Voirie")));
    // Its own file.
    CHECK_FALSE(p.town->prepare(p.town->file, &error));
    CHECK(error.contains(QStringLiteral("own file")));
    // Garbage.
    const QString garbage = p.town->ws.path(QStringLiteral("garbage.atelier"));
    {
        QFile f(garbage);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    }
    CHECK_FALSE(p.town->prepare(garbage, &error));
    CHECK(error.startsWith(QStringLiteral("“garbage.atelier” cannot be merged")));
    // The town's file saved again elsewhere: the same project, but no copy carries a share point.
    const QString plain = p.town->ws.path(QStringLiteral("plain.atelier"));
    REQUIRE(QFile::copy(p.town->file, plain));
    CHECK_FALSE(p.town->prepare(plain, &error));
    CHECK(error.contains(QStringLiteral("Neither")));

    // A copy whose share point was altered: one byte of the compressed database changed, or a share point
    // that claims to be 4 GB once unpacked (a bomb), or one of another project.
    const QByteArray original = [&] {
        Sql::Connection db(metro->file, SQLITE_OPEN_READONLY);
        return db.scalar(QStringLiteral("SELECT snapshot FROM share_record")).toByteArray();
    }();
    REQUIRE(original.size() > 100);
    QByteArray flipped = original;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x5a);
    QByteArray bomb = original;
    qToBigEndian<quint32>(0xfffffff0u, bomb.data());
    const QByteArray foreign = [&] {
        Workspace ws;
        auto project = ws.create();
        Sql::Connection &db = project->store().connection();
        sqlite3_int64 size = 0;
        unsigned char *bytes = sqlite3_serialize(db.handle(), "main", &size, 0);
        const QByteArray packed = qCompress(bytes, int(size));
        sqlite3_free(bytes);
        return packed;
    }();
    for (const QByteArray &bad : {flipped, bomb, foreign}) {
        const QString hostile = metro->ws.path(QStringLiteral("hostile.atelier"));
        QFile::remove(hostile);
        REQUIRE(QFile::copy(metro->file, hostile));
        {
            Sql::Connection db(hostile, SQLITE_OPEN_READWRITE);
            Sql::Statement st(db, QStringLiteral("UPDATE share_record SET snapshot = ?1"));
            st.bind(1, bad).step();
        }
        const QByteArray hash = fileHash(hostile);
        CHECK_FALSE(p.town->prepare(hostile, &error));
        CHECK(error.contains(QStringLiteral("share point that is damaged or was altered")));
        CHECK(fileHash(hostile) == hash); // the input is never modified
    }
    CHECK_FALSE(p.town->project->isModified());
}

TEST_CASE("The journal: one entry a change, each the SHA-256 of its content and of the one before; a changed byte "
          "or a missing entry is found where it is",
          "[merge][journal]")
{
    Project3 p;
    Sql::Connection &db = p.town->store().connection();
    const QList<JournalEntry> entries = Journal::entries(db);
    REQUIRE(entries.size() == 6); // the title, two participants, a strategy, a line, an indicator
    CHECK(entries[1].action == QStringLiteral("Add participant"));
    CHECK(entries[1].person == QStringLiteral("Agent de Ville de Valbrune"));
    CHECK(entries[1].modules == QStringLiteral("core"));
    // The summary names the row and no value: no personal data in a journal that cannot be purged.
    CHECK(entries[1].detail == QStringLiteral("[{\"added\":[\"%1\"],\"table\":\"participant\"}]").arg(p.alice));
    CHECK_FALSE(entries[1].detail.contains(QStringLiteral("alice@")));
    // The fingerprint, worked out here from the documented form (docs/merge-and-journal.md).
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const JournalEntry &e = entries[i];
        QByteArray form = "atelier-journal-1\n";
        for (const QString &field : {e.parent, e.merged, e.at, e.person, e.administration, e.action, e.modules, e.detail})
            form += QByteArray::number(field.toUtf8().size()) + ':' + field.toUtf8() + '\n';
        CHECK(e.id == QString::fromLatin1(QCryptographicHash::hash(form, QCryptographicHash::Sha256).toHex()));
        CHECK(e.parent == (i == 0 ? QString() : entries[i - 1].id));
    }
    // Undo is a change too: it adds an entry, and takes none away.
    p.town->ctx().undoStack.undo();
    CHECK(Journal::entries(db).size() == 7);
    CHECK(Journal::entries(db).last().action == QStringLiteral("Undone: Add indicator"));
    CHECK(Journal::verify(db).intact);

    // Tampering, on a copy of the file each time.
    p.town->save();
    const auto tampered = [&](const QString &sql) {
        const QString path = p.town->ws.path(QStringLiteral("tampered.atelier"));
        QFile::remove(path);
        REQUIRE(QFile::copy(p.town->file, path));
        {
            Sql::Connection raw(path, SQLITE_OPEN_READWRITE);
            raw.exec(sql);
        }
        Workspace ws;
        auto opened = ws.open(path, {true});
        return Journal::verify(opened->store().connection());
    };
    Journal::Verdict v = tampered(QStringLiteral("UPDATE journal_entry SET action = 'Add participanT' WHERE seq = 3"));
    CHECK_FALSE(v.intact);
    CHECK(v.brokenAt == 3);
    CHECK(v.why.contains(QStringLiteral("was altered")));
    v = tampered(QStringLiteral("DELETE FROM journal_entry WHERE seq = 4"));
    CHECK_FALSE(v.intact);
    CHECK(v.brokenAt == 5);
    CHECK(v.why.contains(QStringLiteral("missing")));
    // Changing an entry and its fingerprint still breaks the chain at the next one.
    v = tampered(QStringLiteral("UPDATE journal_entry SET person = 'X', id = 'f00d' WHERE seq = 2"));
    CHECK(v.brokenAt == 2);
}

TEST_CASE("A row removed here that the copy's new rows need comes back once, whatever the number of rows needing it",
          "[merge]")
{
    Project3 p;
    auto metro = p.town->shareTo(QStringLiteral("metropole.atelier"), QStringLiteral("Métropole"));
    p.town->remove(Entities::investmentLine(), p.line);
    p.town->remove(Entities::indicator(), p.indicator);
    p.town->remove(Entities::strategy(), p.strategy);
    metro->add(Entities::investmentLine(), {{QStringLiteral("strategy_id"), p.strategy}, {QStringLiteral("title"), QStringLiteral("Serres")}});
    metro->add(Entities::investmentLine(), {{QStringLiteral("strategy_id"), p.strategy}, {QStringLiteral("title"), QStringLiteral("Vergers")}});
    metro->set(Entities::strategy(), p.strategy, QStringLiteral("objective"), QStringLiteral("Tout local"));
    metro->save();
    const Merge::Plan plan = p.town->merge(metro->file, true);
    CHECK(ofKind(plan, Merge::Kind::RefersToRemovedHere).size() == 2);
    CHECK(ofKind(plan, Merge::Kind::RemovedHereChangedThere).size() == 1);
    CHECK(p.town->value(Entities::strategy(), p.strategy, "objective") == QStringLiteral("Tout local"));
    CHECK(p.town->store().count(QStringLiteral("investment_line")) == 2);
}

TEST_CASE("The project merged into its copy brings no contact back and sees no false conflict", "[merge]")
{
    Project3 p;
    auto region = p.town->shareTo(QStringLiteral("region.atelier"), QStringLiteral("Région"));
    region->remove(Entities::participant(), p.alice); // her contact never came, her row goes
    p.town->set(Entities::strategy(), p.strategy, QStringLiteral("objective"), QStringLiteral("Bio à 50 %"));
    p.town->save();
    const Merge::Plan plan = region->merge(p.town->file);
    CHECK(plan.conflicts.isEmpty());
    CHECK(region->store().row(Entities::participant(), p.alice).isEmpty());
    CHECK(region->value(Entities::strategy(), p.strategy, "objective") == QStringLiteral("Bio à 50 %"));
    Sql::Statement contacts(region->store().connection(), QStringLiteral("SELECT count(*) FROM participant WHERE contact <> ''"));
    REQUIRE(contacts.step());
    CHECK(contacts.integer(0) == 0);
}

TEST_CASE("A copy whose journal was altered is not merged", "[merge][journal]")
{
    Project3 p;
    auto metro = p.town->shareTo(QStringLiteral("metropole.atelier"), QStringLiteral("Métropole"));
    metro->set(Entities::participant(), p.bruno, QStringLiteral("name"), QStringLiteral("Bruno P."));
    metro->save();
    {
        Sql::Connection raw(metro->file, SQLITE_OPEN_READWRITE);
        raw.exec(QStringLiteral("UPDATE journal_entry SET person = 'Quelqu''un' WHERE seq = 2"));
    }
    QString error;
    CHECK_FALSE(p.town->prepare(metro->file, &error));
    CHECK(error.contains(QStringLiteral("its journal of changes is broken")));
}
