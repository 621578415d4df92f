// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Bringing a copy back with every panel: divergent edits on every panel's tables of the demo merged,
// the merge dialog and the journal's timeline driven from the keyboard and the mouse, the command line,
// and the journal of decisions in the roadmap.
#include "windowfixture.h"

#include "app/i18n.h"
#include "app/identitydialog.h"
#include "app/journaldialog.h"
#include "app/mergedialog.h"
#include "atelierrun.h"
#include "core/merge.h"
#include "core/sharecopy.h"

#include <QComboBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>

#include <deque>

using namespace Atelier;

namespace {

/// A table described by its name only, for generic edits (kept alive as long as the undo stacks).
const TableInfo &describe(std::deque<TableInfo> &kept, const QString &table)
{
    static std::deque<QByteArray> names;
    names.push_back(table.toLatin1());
    kept.push_back(TableInfo{names.back().constData(), "Edit", "Edit", {}});
    return kept.back();
}

QStringList textColumns(Store &store, const QString &table)
{
    QStringList columns;
    Sql::Statement st(store.connection(), QStringLiteral("SELECT name FROM pragma_table_info(?1) WHERE type = 'TEXT'"));
    st.bind(1, table);
    while (st.step())
        if (st.text(0) != QLatin1String("id") && !st.text(0).endsWith(QLatin1String("_id")))
            columns << st.text(0);
    return columns;
}

QStringList idsOf(Store &store, const QString &table)
{
    QStringList ids;
    Sql::Statement st(store.connection(), QStringLiteral("SELECT id FROM \"%1\" ORDER BY id").arg(table));
    while (st.step())
        ids << st.text(0);
    return ids;
}

struct Expected
{
    const TableInfo *table;
    QString id, column, value;
};

} // namespace

TEST_CASE("Divergent edits on every panel's tables of the demo merge without a question", "[merge]")
{
    const BuiltinPanels panels = BuiltinPanels::load();
    Workspace here, there;
    here.schema = there.schema = panels.schema;
    const QString demo = here.path(QStringLiteral("cantine.atelier"));
    REQUIRE(atelier({QStringLiteral("demo"), demo}).code == 0);
    auto ours = here.open(demo);
    const QString copy = there.path(QStringLiteral("copie.atelier"));
    QString error;
    REQUIRE(ShareCopy::write(*ours, copy, {QStringLiteral("Ville"), QStringLiteral("Métropole"), panels.personalData()}, &error));
    auto theirs = there.open(copy);

    std::deque<TableInfo> kept;
    QList<Expected> expected;
    QSet<QString> modules;
    QSet<QString> skipped = Journal::untracked(panels.schema);
    skipped << QStringLiteral("share_record") << QStringLiteral("merge_conflict") << QStringLiteral("project");
    const QHash<QString, QString> moduleOf = panels.schema.tableModules();
    int theirEdits = 0;
    for (const QString &table : panels.schema.tables()) {
        if (skipped.contains(table))
            continue;
        const QStringList ids = idsOf(ours->store(), table);
        const QStringList columns = textColumns(ours->store(), table);
        if (ids.isEmpty() || columns.isEmpty())
            continue;
        const TableInfo &info = describe(kept, table);
        const auto edit = [&](Project &p, const QString &id, const QString &suffix) -> std::optional<Expected> {
            for (const QString &column : columns) {
                const QString value = p.store().value(info, id, column).toString() + suffix;
                if (Edit::setValues(p.context(), info, {{id, column, value}}, QStringLiteral("Edit")))
                    return Expected{&info, id, column, value};
            }
            return std::nullopt;
        };
        // Here: the first row. There: the last row (another one when there are two), in the same column.
        const std::optional<Expected> mine = edit(*ours, ids.first(), QStringLiteral(" — ici"));
        if (!mine)
            continue;
        const std::optional<Expected> yours = edit(*theirs, ids.last(), QStringLiteral(" — là-bas"));
        if (ids.size() > 1 && yours)
            ++theirEdits;
        else if (yours) // one row only: the copy's edit is of the same field (a conflict); take it back
            theirs->undoStack().undo();
        expected << *mine;
        if (ids.size() > 1 && yours)
            expected << *yours;
        modules.insert(moduleOf.value(table));
    }
    // Every panel's tables took part (each module, the core's shared entities too).
    QSet<QString> every{QStringLiteral("core")};
    for (const Panel *panel : panels.panels)
        if (!panel->migrations().steps.isEmpty())
            every.insert(panel->id());
    CHECK(modules.contains(every));
    REQUIRE(theirEdits > 40);
    REQUIRE(theirs->save(&error));

    const std::optional<Merge::Plan> plan = Merge::prepare(*ours, copy, panels.personalData(), &error);
    INFO(error.toStdString());
    REQUIRE(plan);
    for (const Merge::Conflict &c : plan->conflicts)
        INFO(c.table.toStdString() << " " << c.column.toStdString());
    CHECK(plan->conflicts.isEmpty());
    CHECK(plan->changeCount() == theirEdits);
    REQUIRE(Merge::apply(ours->context(), *plan, true, &error));
    for (const Expected &e : expected) {
        INFO(e.table->table().toStdString() << "." << e.column.toStdString());
        CHECK(ours->store().value(*e.table, e.id, e.column).toString() == e.value);
    }
    CHECK(Journal::verify(ours->store().connection()).intact);
    // The pool stayed here, whole.
    CHECK(ours->store().count(QStringLiteral("jury_pool_person")) == 261);
}

namespace {

/// A project with two participants, saved; its copy for the Métropole with one field changed like here
/// (a conflict) and another changed only there.
struct TwoCopies
{
    WindowFixture f;
    Workspace there;
    QString document, copy, alice, bruno;

    TwoCopies()
    {
        REQUIRE(f.docs().newProject());
        Project &p = f.project();
        p.journal().setAuthor({QStringLiteral("Claire Dumas"), QStringLiteral("Ville de Valbrune")});
        alice = Edit::addRow(p.context(), Entities::participant(), {{QStringLiteral("name"), QStringLiteral("Alice")}});
        bruno = Edit::addRow(p.context(), Entities::participant(), {{QStringLiteral("name"), QStringLiteral("Bruno")}});
        document = f.ws.path(QStringLiteral("ville.atelier"));
        QString error;
        REQUIRE(p.saveAs(document, &error));
        copy = there.path(QStringLiteral("metropole.atelier"));
        REQUIRE(ShareCopy::write(p, copy, {QStringLiteral("Ville de Valbrune"), QStringLiteral("Métropole"), f.panels.personalData()}, &error));
        there.schema = f.panels.schema;
        auto theirs = there.open(copy);
        theirs->journal().setAuthor({QStringLiteral("Marc Leroy"), QStringLiteral("Métropole")});
        REQUIRE(Edit::setValue(theirs->context(), Entities::participant(), alice, QStringLiteral("organisation"),
                               QStringLiteral("Direction des achats")));
        REQUIRE(Edit::setValue(theirs->context(), Entities::participant(), bruno, QStringLiteral("name"), QStringLiteral("Bruno Métropole")));
        REQUIRE(theirs->save(&error));
        REQUIRE(Edit::setValue(p.context(), Entities::participant(), bruno, QStringLiteral("name"), QStringLiteral("Bruno Ville")));
    }
};

} // namespace

TEST_CASE("Bring back a copy from the window: the conflict shown with both values and who, chosen with the keyboard, "
          "merged as one undo step",
          "[merge]")
{
    TwoCopies t;
    WindowFixture &f = t.f;
    bool shown = false;
    onNextDialog<MergeDialog>([&](MergeDialog *dialog) {
        shown = true;
        CHECK(dialog->findChild<QLabel *>(QStringLiteral("mergeSummary"))->text().contains(QStringLiteral("1 changed")));
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("mergeConflicts"));
        REQUIRE(table);
        REQUIRE(table->rowCount() == 1);
        CHECK(table->item(0, 0)->text() == QStringLiteral("Changed on both sides"));
        CHECK(table->item(0, 2)->text() == QStringLiteral("Name")); // the field's label, as the panels show it
        CHECK(table->item(0, 3)->text().startsWith(QStringLiteral("Bruno Ville\n— Claire Dumas (Ville de Valbrune), ")));
        CHECK(table->item(0, 4)->text().startsWith(QStringLiteral("Bruno Métropole\n— Marc Leroy (Métropole), ")));
        auto *keep = qobject_cast<QComboBox *>(table->cellWidget(0, 5));
        REQUIRE(keep);
        CHECK(keep->currentText() == QStringLiteral("Here"));
        keep->setFocus();
        QTest::keyClick(keep, Qt::Key_Down);
        CHECK(keep->currentText() == QStringLiteral("The copy"));
        CHECK(dialog->takesTheirs(0));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("keepOurs")), Qt::LeftButton);
        CHECK_FALSE(dialog->takesTheirs(0));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("takeTheirs")), Qt::LeftButton);
        CHECK(dialog->takesTheirs(0));
        if (qEnvironmentVariableIsSet("ATELIER_SCREENSHOTS"))
            CHECK(dialog->grab().save(qEnvironmentVariable("ATELIER_SCREENSHOTS") + QStringLiteral("/merge-dialog.png")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("merge")), Qt::LeftButton);
    });
    REQUIRE(f.window->mergeCopy(t.copy));
    REQUIRE(shown);
    Store &store = f.project().store();
    CHECK(store.value(Entities::participant(), t.bruno, QStringLiteral("name")).toString() == QStringLiteral("Bruno Métropole"));
    CHECK(store.value(Entities::participant(), t.alice, QStringLiteral("organisation")).toString() ==
          QStringLiteral("Direction des achats"));
    CHECK(f.window->statusBar()->currentMessage().contains(QStringLiteral("Undo")));
    // Undo takes the whole merge back.
    f.menuAction(QStringLiteral("Edit"), QStringLiteral("Undo"))->trigger();
    CHECK(store.value(Entities::participant(), t.bruno, QStringLiteral("name")).toString() == QStringLiteral("Bruno Ville"));
    CHECK(store.value(Entities::participant(), t.alice, QStringLiteral("organisation")).toString().isEmpty());

    // Refused: a file of another project, said in a message; nothing changes.
    const QString other = t.there.savedProject(QStringLiteral("autre.atelier"), QStringLiteral("Voirie"));
    QString seen;
    answerNextMessageBox(QString(), &seen, QMessageBox::Ok);
    CHECK_FALSE(f.window->mergeCopy(other));
    CHECK(seen.contains(QStringLiteral("is not a copy of this project")));
}

TEST_CASE("The journal's timeline: who, when, where and what, filtered by person, administration and panel", "[merge][journal]")
{
    TwoCopies t;
    WindowFixture &f = t.f;
    onNextDialog<MergeDialog>([](MergeDialog *dialog) {
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("merge")), Qt::LeftButton);
    });
    REQUIRE(f.window->mergeCopy(t.copy));
    Sql::Connection &db = f.project().store().connection();
    const int all = int(Journal::entries(db).size());
    const int byMarc = int(db.scalar(QStringLiteral("SELECT count(*) FROM journal_entry WHERE person = 'Marc Leroy'")).toInt());
    REQUIRE(byMarc == 2);
    bool shown = false;
    onNextDialog<JournalDialog>([&](JournalDialog *dialog) {
        shown = true;
        CHECK(dialog->findChild<QLabel *>(QStringLiteral("journalVerdict"))->text().contains(QStringLiteral("the chain holds")));
        auto *entries = dialog->findChild<QTableWidget *>(QStringLiteral("journalEntries"));
        CHECK(entries->rowCount() == all);
        CHECK(dialog->shownCount() == all);
        CHECK(entries->item(0, 4)->text().contains(QStringLiteral("(merge)"))); // newest first
        // People come sorted: Claire Dumas, Marc Leroy.
        auto *person = dialog->findChild<QComboBox *>(QStringLiteral("journalPerson"));
        person->setFocus();
        QTest::keyClick(person, Qt::Key_Down);
        QTest::keyClick(person, Qt::Key_Down);
        CHECK(person->currentText() == QStringLiteral("Marc Leroy"));
        CHECK(dialog->shownCount() == byMarc);
        auto *administration = dialog->findChild<QComboBox *>(QStringLiteral("journalAdministration"));
        administration->setCurrentIndex(administration->findText(QStringLiteral("Ville de Valbrune")));
        CHECK(dialog->shownCount() == 0); // Marc works for the Métropole
        person->setCurrentIndex(0);
        CHECK(dialog->shownCount() == all - byMarc);
        administration->setCurrentIndex(0);
        auto *panel = dialog->findChild<QComboBox *>(QStringLiteral("journalPanel"));
        CHECK(panel->findText(QStringLiteral("Project")) > 0);
        if (qEnvironmentVariableIsSet("ATELIER_SCREENSHOTS"))
            CHECK(dialog->grab().save(qEnvironmentVariable("ATELIER_SCREENSHOTS") + QStringLiteral("/journal.png")));
        dialog->reject();
    });
    f.find<QAction>(QStringLiteral("journal"))->trigger();
    CHECK(shown);
}

TEST_CASE("atelier merge: what would change and the conflicts; --apply merges the rest and leaves the conflicts; "
          "atelier journal verify",
          "[merge][cli]")
{
    TwoCopies t;
    QString error;
    REQUIRE(t.f.project().save(&error));
    const QByteArray before = fileHash(t.document);
    t.f.docs().close();

    const AtelierRun look = atelier({QStringLiteral("merge"), t.document, t.copy});
    INFO(look.err.toStdString());
    REQUIRE(look.code == 0);
    CHECK(look.out.contains(QStringLiteral("participant: 0 added, 1 changed, 0 removed")));
    CHECK(look.out.contains(QStringLiteral("1 conflicts")));
    CHECK(look.out.contains(QStringLiteral("here “Bruno Ville” (Claire Dumas (Ville de Valbrune), ")));
    CHECK(look.out.contains(QStringLiteral("in the copy “Bruno Métropole” (Marc Leroy (Métropole), ")));
    CHECK(fileHash(t.document) == before);

    const AtelierRun applied = atelier({QStringLiteral("merge"), t.document, t.copy, QStringLiteral("--apply")});
    REQUIRE(applied.code == 0);
    CHECK(applied.out.contains(QStringLiteral("1 conflicts left")));
    {
        Workspace ws;
        ws.schema = t.f.panels.schema;
        auto merged = ws.open(t.document, {true});
        CHECK(merged->store().value(Entities::participant(), t.alice, QStringLiteral("organisation")).toString() ==
              QStringLiteral("Direction des achats"));
        CHECK(merged->store().value(Entities::participant(), t.bruno, QStringLiteral("name")).toString() == QStringLiteral("Bruno Ville"));
    }
    // The conflict is still there to decide in the window; nothing else is left to bring.
    const AtelierRun again = atelier({QStringLiteral("merge"), t.document, t.copy});
    CHECK(again.out.contains(QStringLiteral("1 conflicts")));
    CHECK(again.out.contains(QStringLiteral("nothing merges without question")));

    CHECK(atelier({QStringLiteral("merge"), t.document}).code == 1);
    const AtelierRun unrelated = atelier({QStringLiteral("merge"), t.document, t.there.savedProject(QStringLiteral("x.atelier"))});
    CHECK(unrelated.code == 2);
    CHECK(unrelated.err.contains(QStringLiteral("is not a copy of this project")));

    const AtelierRun verified = atelier({QStringLiteral("journal"), QStringLiteral("verify"), t.document});
    CHECK(verified.code == 0);
    CHECK(verified.out.contains(QStringLiteral("The journal holds: 6 entries")));
    // One byte of an entry changed in the file itself: the chain breaks there.
    QFile file(t.document);
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const qsizetype at = bytes.indexOf("Marc Leroy");
    REQUIRE(at > 0);
    bytes[at] = 'N';
    file.seek(0);
    file.write(bytes);
    file.close();
    const AtelierRun broken = atelier({QStringLiteral("journal"), QStringLiteral("verify"), t.document});
    CHECK(broken.code == 2);
    CHECK(broken.err.contains(QStringLiteral("The journal is broken: entry")));
    CHECK(broken.err.contains(QStringLiteral("was altered")));
}

TEST_CASE("The roadmap includes the journal of decisions", "[merge][journal][reports]")
{
    Workspace ws;
    const QString demo = ws.path(QStringLiteral("demo.atelier"));
    REQUIRE(atelier({QStringLiteral("demo"), demo}).code == 0);
    const QString pdf = ws.path(QStringLiteral("feuille.pdf"));
    REQUIRE(atelier({QStringLiteral("export"), QStringLiteral("roadmap"), demo, QStringLiteral("-o"), pdf},
                    QStringLiteral("offscreen"))
                .code == 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    CHECK(words.contains(QStringLiteral("Journal of decisions")));
    CHECK(words.contains(QStringLiteral("the chain holds")));
    CHECK(words.contains(QStringLiteral("Decision")));
}

TEST_CASE("The journal names whom the settings say: a name and an administration typed once", "[merge][journal]")
{
    WindowFixture f;
    REQUIRE(f.docs().newProject());
    onNextDialog<IdentityDialog>([](IdentityDialog *dialog) {
        typeText(dialog->findChild<QLineEdit *>(QStringLiteral("identityPerson")), QStringLiteral("Élise Marchand"));
        typeText(dialog->findChild<QLineEdit *>(QStringLiteral("identityAdministration")),
                 QStringLiteral("Communauté d'agglomération du Val"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    f.find<QAction>(QStringLiteral("identity"))->trigger();
    Project &p = f.project();
    REQUIRE_FALSE(Edit::addRow(p.context(), Entities::participant(), {{QStringLiteral("name"), QStringLiteral("Alice")}}).isEmpty());
    JournalEntry last = Journal::entries(p.store().connection()).last();
    CHECK(last.person == QStringLiteral("Élise Marchand"));
    CHECK(last.administration == QStringLiteral("Communauté d'agglomération du Val"));
    // The next project opened is named the same way.
    QString error;
    REQUIRE(p.saveAs(f.ws.path(QStringLiteral("a.atelier")), &error));
    REQUIRE(f.docs().newProject());
    REQUIRE_FALSE(Edit::addRow(f.project().context(), Entities::participant(), {{QStringLiteral("name"), QStringLiteral("Bruno")}}).isEmpty());
    last = Journal::entries(f.project().store().connection()).last();
    CHECK(last.person == QStringLiteral("Élise Marchand"));
}

TEST_CASE("Screenshots of the merge dialog and of the journal, in French, on the demo", "[.screenshots]")
{
    I18n::install(QStringLiteral("fr"));
    const QString folder = qEnvironmentVariable("ATELIER_SCREENSHOTS", QDir::tempPath());
    WindowFixture f;
    const QString demo = f.ws.path(QStringLiteral("cantine.atelier"));
    REQUIRE(atelier({QStringLiteral("demo"), demo}).code == 0);
    REQUIRE(f.docs().open(demo));
    Project &p = f.project();
    p.journal().setAuthor({QStringLiteral("Claire Dumas"), QStringLiteral("Ville de Valbrune-sur-Loire")});
    Workspace there;
    there.schema = f.panels.schema;
    const QString copy = there.path(QStringLiteral("pour-la-metropole.atelier"));
    QString error;
    REQUIRE(ShareCopy::write(p, copy, {QStringLiteral("Ville de Valbrune-sur-Loire"), QStringLiteral("Métropole du Val"),
                                       f.panels.personalData()},
                             &error));
    const QList<Row> people = p.store().rows(Entities::participant());
    const QList<Row> contracts = p.store().rows(Entities::contract());
    {
        auto theirs = there.open(copy);
        theirs->journal().setAuthor({QStringLiteral("Marc Leroy"), QStringLiteral("Métropole du Val")});
        auto &ctx = theirs->context();
        REQUIRE(Edit::setValue(ctx, Entities::participant(), text(people[0], "id"), QStringLiteral("organisation"),
                               QStringLiteral("Direction de la commande publique")));
        REQUIRE(Edit::setValue(ctx, Entities::participant(), text(people[1], "id"), QStringLiteral("role"),
                               QStringLiteral("prescriber")));
        REQUIRE(Edit::setValue(ctx, Entities::contract(), text(contracts[0], "id"), QStringLiteral("amount_cents"),
                               contracts[0].value(QStringLiteral("amount_cents")).toLongLong() + 2'500'000));
        REQUIRE(theirs->save(&error));
    }
    REQUIRE(Edit::setValue(p.context(), Entities::participant(), text(people[1], "id"), QStringLiteral("role"),
                           QStringLiteral("elected_official")));
    REQUIRE(Edit::setValue(p.context(), Entities::contract(), text(contracts[0], "id"), QStringLiteral("amount_cents"),
                           contracts[0].value(QStringLiteral("amount_cents")).toLongLong() + 1'000'000));
    onNextDialog<MergeDialog>([&](MergeDialog *dialog) {
        QTest::qWait(200);
        CHECK(dialog->grab().save(folder + QStringLiteral("/merge-dialog-fr.png")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("merge")), Qt::LeftButton);
    });
    REQUIRE(f.window->mergeCopy(copy));
    onNextDialog<JournalDialog>([&](JournalDialog *dialog) {
        QTest::qWait(200);
        CHECK(dialog->grab().save(folder + QStringLiteral("/journal-fr.png")));
        dialog->reject();
    });
    f.find<QAction>(QStringLiteral("journal"))->trigger();
    I18n::install(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}
