// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The draw kept in the project: prepared, frozen (nothing may change after), drawn from the witnesses'
// numbers, verified again from the project or from the archived lists, a substitute drawn; impossible
// quotas refused with the change to make.
#include "dialogs.h"
#include "workspace.h"

#include "core/edit.h"
#include "core/format.h"
#include "core/safeopen.h"
#include "jury/drawpage.h"
#include "jury/drawstore.h"
#include "jury/jurypanel.h"
#include "jury/juryschema.h"
#include "jury/poolstore.h"
#include "jury/verification.h"

#include "widgets/entitytableeditor.h"
#include "widgets/entitytablemodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace Atelier;
using namespace Atelier::Jury;

namespace {

const QDate kToday(2026, 12, 1);
const QStringList kQuarters{QStringLiteral("Nord"), QStringLiteral("Centre"), QStringLiteral("Sud"), QStringLiteral("Est")};

/// An electoral-roll extract of `count` people (two per address), and a volunteers' list whose first
/// ten people are also on the roll.
QByteArray rollCsv(int count)
{
    QByteArray out("Nom;Pr\xC3\xA9nom;Date de naissance;Sexe;Quartier;Adresse\r\n");
    for (int i = 0; i < count; ++i)
        out += QStringLiteral("Nom%1;Pr\u00e9nom%1;%2/%3/%4;%5;%6;%7 rue des \u00c9coles\r\n")
                   .arg(i)
                   .arg(1 + i % 28)
                   .arg(1 + i % 12)
                   .arg(1940 + (i * 7) % 66)
                   .arg(i % 3 == 0 ? QStringLiteral("M") : QStringLiteral("F"))
                   .arg(kQuarters[i % 4])
                   .arg(i / 2)
                   .toUtf8();
    return out;
}

QByteArray volunteersCsv()
{
    QByteArray out("Nom,Prenom,Annee,Sexe,Quartier\n");
    for (int i = 0; i < 40; ++i) {
        const int roll = i < 10 ? i : 1000 + i; // the first ten are on the roll too
        out += QStringLiteral("Nom%1,Pr\u00e9nom%1,%2,%3,%4\n")
                   .arg(roll)
                   .arg(i < 10 ? 1940 + (roll * 7) % 66 : 1960 + i)
                   .arg(i < 10 ? (roll % 3 == 0 ? QStringLiteral("M") : QStringLiteral("F")) : (i % 2 ? QStringLiteral("M") : QStringLiteral("F")))
                   .arg(i < 10 ? kQuarters[roll % 4] : kQuarters[i % 4])
                   .toUtf8();
    }
    return out;
}

struct DrawFixture
{
    Workspace ws;
    JuryPanel panel;
    std::unique_ptr<Project> project;
    QByteArray roll = rollCsv(240), volunteers = volunteersCsv();
    DrawFixture()
    {
        ws.schema = Schema({coreSchema(), panel.migrations()});
        project = ws.create();
        QString error;
        REQUIRE(PoolStore::import(ctx(), roll, QStringLiteral("liste.csv"), QStringLiteral("roll"),
                                  Pool::guess(Csv::read(roll).records.first()), kToday, &error));
        REQUIRE(PoolStore::import(ctx(), volunteers, QStringLiteral("volontaires.csv"), QStringLiteral("volunteers"),
                                  Pool::guess(Csv::read(volunteers).records.first()), kToday, &error));
    }
    ProjectContext &ctx() { return project->context(); }
    Store &store() { return project->context().store; }
    QString drawId() { return DrawStore::record(store())->id; }
    void witness(const QString &name, const QString &number)
    {
        REQUIRE_FALSE(Edit::addRow(ctx(), Tables::witness(), {{QStringLiteral("name"), name}, {QStringLiteral("number"), number}}).isEmpty());
    }
    /// Prepared for 12 over sex, neighbourhood and list, proportional quotas, at least 2 volunteers; frozen.
    void freeze()
    {
        QString error;
        REQUIRE_FALSE(DrawStore::prepare(ctx(), &error).isEmpty());
        REQUIRE(DrawStore::setCategories(ctx(), {QStringLiteral("sex"), QStringLiteral("neighbourhood"), QStringLiteral("source")}, &error));
        REQUIRE(DrawStore::setProportionalQuotas(ctx(), &error));
        for (const Row &q : store().rows(Tables::quota()))
            if (text(q, "value") == QLatin1String("volunteers"))
                REQUIRE(Edit::setValue(ctx(), Tables::quota(), text(q, "id"), QStringLiteral("min"), 2));
        INFO(error.toStdString());
        REQUIRE(DrawStore::freeze(ctx(), &error));
    }
};

/// What each person of the pool is, read from the CSV texts by the test itself: sex, quarter, list.
QHash<QString, QStringList> profilesByPseudonym(const QList<PoolPerson> &people)
{
    QHash<QString, QStringList> out;
    for (const PoolPerson &p : people) {
        const QString pseudonym = Draw::pseudonym(p.identity());
        QStringList &profile = out[pseudonym];
        if (profile.isEmpty())
            profile = {QString(p.sex), p.neighbourhood, p.source};
        else if (p.source == QLatin1String("volunteers"))
            profile[2] = p.source;
    }
    return out;
}

} // namespace

TEST_CASE("A draw frozen, then drawn from the witnesses' numbers: quotas met, jurors are participants, verified bit for bit",
          "[jury][drawstore]")
{
    DrawFixture f;
    f.freeze();
    const DrawRecord frozen = *DrawStore::record(f.store());
    CHECK(frozen.state == QLatin1String("frozen"));
    for (const QString &fp : {frozen.fingerprints.pool, frozen.fingerprints.quotas, frozen.fingerprints.settings,
                              frozen.fingerprints.lottery, frozen.fingerprints.algorithm})
        CHECK(fp.size() == 64);
    CHECK(frozen.lowest > 0);
    // Frozen: neither the pool nor the quotas may change any more.
    QString error;
    CHECK_FALSE(PoolStore::import(f.ctx(), f.volunteers, QStringLiteral("encore.csv"), QStringLiteral("volunteers"),
                                  Pool::guess(Csv::read(f.volunteers).records.first()), kToday, &error));
    CHECK(error.contains(QStringLiteral("frozen")));
    CHECK_FALSE(DrawStore::setProportionalQuotas(f.ctx(), &error));

    // No number, or a number that is not digits: no draw.
    CHECK_FALSE(DrawStore::drawJury(f.ctx(), &error));
    f.witness(QStringLiteral("Mme Roux"), QStringLiteral("4"));
    f.witness(QStringLiteral("M. Diallo"), QStringLiteral("six"));
    CHECK_FALSE(DrawStore::drawJury(f.ctx(), &error));
    CHECK(error.contains(QStringLiteral("M. Diallo")));
    const QString second = text(f.store().rows(Tables::witness()).last(), "id");
    REQUIRE(Edit::setValue(f.ctx(), Tables::witness(), second, QStringLiteral("number"), QStringLiteral("61")));
    REQUIRE(DrawStore::drawJury(f.ctx(), &error));

    const QList<Juror> jurors = DrawStore::jurors(f.store());
    REQUIRE(jurors.size() == 12);
    // The quotas hold, counted from the lists themselves.
    const QHash<QString, QStringList> profiles = profilesByPseudonym(PoolStore::people(f.store()));
    QHash<QString, int> counts;
    QSet<QString> seen;
    for (const Juror &j : jurors) {
        REQUIRE(profiles.contains(j.pseudonym));
        CHECK_FALSE(seen.contains(j.pseudonym));
        seen.insert(j.pseudonym);
        for (const QString &value : profiles.value(j.pseudonym))
            ++counts[value];
    }
    for (const QuotaSetting &q : DrawStore::quotas(f.store())) {
        INFO(q.category.toStdString() << " " << q.value.toStdString());
        CHECK(counts.value(q.value) >= q.min);
        CHECK(counts.value(q.value) <= q.max);
    }
    CHECK(counts.value(QStringLiteral("volunteers")) >= 2);
    // Each juror is a participant of the project, as a citizen juror.
    int citizens = 0;
    for (const Row &p : f.store().rows(Entities::participant()))
        citizens += text(p, "role") == QLatin1String("citizen_juror");
    CHECK(citizens == 12);
    CHECK(text(f.store().row(Entities::participant(), jurors.first().participantId), "name") ==
          jurors.first().firstNames + u' ' + jurors.first().lastName);

    const Verification v = Verify::verify(f.store(), {});
    INFO(v.problems.join(u'\n').toStdString());
    CHECK(v.reproduced);
    CHECK(v.checks.size() >= 8);

    // The same lists, quotas and numbers in another project: the same jury, in the same order.
    DrawFixture g;
    g.freeze();
    g.witness(QStringLiteral("Mme Roux"), QStringLiteral("4"));
    g.witness(QStringLiteral("M. Diallo"), QStringLiteral("61"));
    REQUIRE(DrawStore::drawJury(g.ctx(), &error));
    QStringList a, b;
    for (const Juror &j : jurors)
        a << j.pseudonym;
    for (const Juror &j : DrawStore::jurors(g.store()))
        b << j.pseudonym;
    CHECK(a == b);
    // One number changed: another jury.
    DrawFixture h;
    h.freeze();
    h.witness(QStringLiteral("Mme Roux"), QStringLiteral("4"));
    h.witness(QStringLiteral("M. Diallo"), QStringLiteral("62"));
    REQUIRE(DrawStore::drawJury(h.ctx(), &error));
    QStringList c;
    for (const Juror &j : DrawStore::jurors(h.store()))
        c << j.pseudonym;
    CHECK(c != a);
}

TEST_CASE("Verify: a number, a person or the lottery changed afterwards is caught; a substitute is checked too", "[jury][drawstore]")
{
    DrawFixture f;
    f.freeze();
    f.witness(QStringLiteral("Mme Roux"), QStringLiteral("4"));
    f.witness(QStringLiteral("M. Diallo"), QStringLiteral("61"));
    QString error;
    REQUIRE(DrawStore::drawJury(f.ctx(), &error));

    // A substitute for the first juror: same profile, not already drawn, and verified.
    const QList<Juror> before = DrawStore::jurors(f.store());
    REQUIRE(DrawStore::replace(f.ctx(), before.first().id, &error));
    const QList<Juror> after = DrawStore::jurors(f.store());
    REQUIRE(after.size() == 13);
    CHECK(after.first().status == QLatin1String("withdrawn"));
    const Juror &substitute = after.last();
    CHECK(substitute.substitute == 1);
    CHECK(substitute.replaces == before.first().id);
    CHECK(substitute.profile == before.first().profile);
    for (const Juror &j : before)
        CHECK(j.pseudonym != substitute.pseudonym);
    Verification v = Verify::verify(f.store(), {});
    INFO(v.problems.join(u'\n').toStdString());
    CHECK(v.reproduced);

    SECTION("a witness's number changed")
    {
        const QString first = text(f.store().rows(Tables::witness()).first(), "id");
        f.store().setValue(Tables::witness(), first, QStringLiteral("number"), QStringLiteral("5"));
        v = Verify::verify(f.store(), {});
        CHECK_FALSE(v.reproduced);
        CHECK(v.problems.join(u' ').contains(QStringLiteral("another jury")));
    }
    SECTION("a person of the pool changed")
    {
        const QString someone = text(f.store().rows(Tables::poolPerson()).at(7), "id");
        f.store().setValue(Tables::poolPerson(), someone, QStringLiteral("last_name"), QStringLiteral("Autre"));
        v = Verify::verify(f.store(), {});
        CHECK_FALSE(v.reproduced);
        CHECK(v.problems.join(u' ').contains(QStringLiteral("Fingerprint of the pool")));
    }
    SECTION("the published lottery changed")
    {
        const DrawRecord d = *DrawStore::record(f.store());
        QByteArray lottery = d.lottery;
        const qsizetype semicolon = lottery.indexOf(';');
        lottery.insert(semicolon, '0'); // the first weight ten times larger
        f.store().setValue(Tables::draw(), d.id, QStringLiteral("lottery"), QString::fromUtf8(lottery));
        v = Verify::verify(f.store(), {});
        CHECK_FALSE(v.reproduced);
        CHECK(v.problems.join(u' ').contains(QStringLiteral("Fingerprint of the lottery")));
    }
    SECTION("the pool gone: verified from the archived lists, recognised by their SHA-256")
    {
        QStringList everyone;
        for (const Row &p : f.store().rows(Tables::poolPerson()))
            everyone << text(p, "id");
        REQUIRE(Edit::removeRows(f.ctx(), Tables::poolPerson(), everyone));
        v = Verify::verify(f.store(), {});
        CHECK_FALSE(v.reproduced);
        CHECK(v.problems.join(u' ').contains(QStringLiteral("--pool")));
        v = Verify::verify(f.store(), {{QStringLiteral("a.csv"), f.roll}, {QStringLiteral("b.csv"), f.volunteers}});
        INFO(v.problems.join(u'\n').toStdString());
        CHECK(v.reproduced);
        QByteArray edited = f.roll;
        edited.replace("Nom5;", "Nom55;");
        v = Verify::verify(f.store(), {{QStringLiteral("a.csv"), edited}, {QStringLiteral("b.csv"), f.volunteers}});
        CHECK_FALSE(v.reproduced);
        CHECK(v.problems.join(u' ').contains(QStringLiteral("liste.csv")));
    }
}

TEST_CASE("Quotas that cannot be met: the draw is not frozen, and the message says what to change", "[jury][drawstore]")
{
    DrawFixture f;
    QString error;
    REQUIRE_FALSE(DrawStore::prepare(f.ctx(), &error).isEmpty());
    REQUIRE(DrawStore::setCategories(f.ctx(), {QStringLiteral("sex")}, &error));
    for (const Row &q : f.store().rows(Tables::quota()))
        REQUIRE(Edit::setValues(f.ctx(), Tables::quota(),
                                {{text(q, "id"), QStringLiteral("min"), text(q, "value") == QLatin1String("F") ? 9 : 5},
                                 {text(q, "id"), QStringLiteral("max"), 12}},
                                QStringLiteral("quota")));
    CHECK_FALSE(DrawStore::freeze(f.ctx(), &error));
    // 9 women and 5 men do not fit in 12 seats: the smallest change lowers one minimum by 2.
    INFO(error.toStdString());
    CHECK((error.contains(QStringLiteral("Lower the minimum to 3")) || error.contains(QStringLiteral("Lower the minimum to 7"))));
    CHECK(DrawStore::record(f.store())->state == QLatin1String("setup"));
    // A quota whose minimum is above its maximum: said as such.
    const QString women = text(f.store().rows(Tables::quota()).first(), "id");
    REQUIRE(Edit::setValues(f.ctx(), Tables::quota(), {{women, QStringLiteral("min"), 5}, {women, QStringLiteral("max"), 4}},
                            QStringLiteral("quota")));
    CHECK_FALSE(DrawStore::freeze(f.ctx(), &error));
    CHECK(error.contains(QStringLiteral("at least 5 but at most 4")));
    CHECK(error.contains(QStringLiteral("woman")));
}

TEST_CASE("The draw page driven as the facilitator drives it: prepare, freeze, witnesses typed in, draw, a substitute",
          "[jury][drawpage]")
{
    DrawFixture f;
    JuryPanel panel;
    std::unique_ptr<QWidget> view(panel.createView(f.ctx(), nullptr));
    view->resize(1500, 950);
    view->show();
    REQUIRE(QTest::qWaitForWindowExposed(view.get()));
    auto *tabs = view->findChild<QTabWidget *>(QStringLiteral("juryTabs"));
    tabs->setCurrentIndex(1);
    auto *page = view->findChild<DrawPage *>();
    REQUIRE(page);
    auto *freeze = page->findChild<QPushButton *>(QStringLiteral("freezeDraw"));
    auto *draw = page->findChild<QPushButton *>(QStringLiteral("drawJury"));
    CHECK_FALSE(freeze->isEnabled());
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("prepareDraw")), Qt::LeftButton);
    REQUIRE(DrawStore::record(f.store()));
    CHECK(freeze->isEnabled());
    CHECK_FALSE(draw->isEnabled());
    // Fewer categories: the age band off (the quotas follow).
    auto *age = page->findChild<QCheckBox *>(QStringLiteral("category_age"));
    REQUIRE(age->isChecked());
    QTest::mouseClick(age, Qt::LeftButton);
    for (const QuotaSetting &q : DrawStore::quotas(f.store()))
        CHECK(q.category != QLatin1String("age"));
    auto *quotas = page->findChild<EntityTableEditor *>(QStringLiteral("quotas"));
    CHECK(quotas->model()->rowCount() == int(DrawStore::quotas(f.store()).size()));
    CHECK(quotas->model()->index(0, 1).data().toString() == QStringLiteral("woman"));
    QTest::mouseClick(freeze, Qt::LeftButton);
    REQUIRE(DrawStore::record(f.store())->state == QLatin1String("frozen"));
    QApplication::processEvents(); // the chances are worked out once the click is done
    CHECK(page->findChild<QLabel *>(QStringLiteral("fingerprints"))->text().contains(DrawStore::record(f.store())->fingerprints.pool));
    auto *chances = page->findChild<QTableWidget *>(QStringLiteral("chances"));
    CHECK(chances->rowCount() > 4);
    CHECK(draw->isEnabled());
    // Two witnesses typed in: the name, Tab, the number, Return.
    auto *witnesses = page->findChild<EntityTableEditor *>(QStringLiteral("witnesses"));
    for (const auto &[name, number] : {std::pair{"Mme Roux", "4"}, std::pair{"M. Diallo", "61"}}) {
        witnesses->addRowAction()->trigger();
        QApplication::processEvents();
        const int row = witnesses->model()->rowCount() - 1;
        witnesses->view()->setCurrentIndex(witnesses->model()->index(row, 0));
        QTest::keyClick(witnesses->view(), Qt::Key_F2);
        QTest::keyClicks(QApplication::focusWidget(), QLatin1String(name));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QApplication::processEvents();
        witnesses->view()->setCurrentIndex(witnesses->model()->index(row, 1));
        QTest::keyClick(witnesses->view(), Qt::Key_F2);
        QTest::keyClicks(QApplication::focusWidget(), QLatin1String(number));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QApplication::processEvents();
    }
    REQUIRE(DrawStore::witnesses(f.store()).size() == 2);
    CHECK(DrawStore::witnesses(f.store()).last().number == QStringLiteral("61"));
    QTest::mouseClick(draw, Qt::LeftButton);
    REQUIRE(DrawStore::record(f.store())->state == QLatin1String("drawn"));
    auto *jurors = page->findChild<EntityTableEditor *>(QStringLiteral("jurors"));
    CHECK(jurors->model()->rowCount() == 12);
    CHECK_FALSE(draw->isEnabled());
    CHECK_FALSE(witnesses->addRowAction()->isEnabled());
    // A juror withdraws: confirmed, a substitute appears.
    jurors->view()->setCurrentIndex(jurors->model()->index(3, 0));
    QString asked;
    answerNextMessageBox(QString(), &asked, QMessageBox::Yes);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("replaceJuror")), Qt::LeftButton);
    CHECK(asked.contains(QStringLiteral("substitute")));
    CHECK(jurors->model()->rowCount() == 13);
    CHECK(Verify::verify(f.store(), {}).reproduced);
    QTest::qWait(100);
    if (qEnvironmentVariableIsSet("ATELIER_SCREENSHOTS"))
        CHECK(view->grab().save(qEnvironmentVariable("ATELIER_SCREENSHOTS") + QStringLiteral("/jury-draw.png")));

    // Back on the pool: once drawn, no more imports; the purge asks first, then the pool is empty.
    tabs->setCurrentIndex(0);
    CHECK_FALSE(view->findChild<QPushButton *>(QStringLiteral("importRoll"))->isEnabled());
    auto *purge = view->findChild<QPushButton *>(QStringLiteral("purgePool"));
    REQUIRE(purge->isEnabled());
    answerNextMessageBox(QString(), nullptr, QMessageBox::Cancel);
    QTest::mouseClick(purge, Qt::LeftButton);
    CHECK(f.store().count(Tables::poolPerson().table()) > 0);
    answerNextMessageBox(QString(), nullptr, QMessageBox::Yes);
    QTest::mouseClick(purge, Qt::LeftButton);
    CHECK(f.store().count(Tables::poolPerson().table()) == 0);
    CHECK_FALSE(purge->isEnabled());
    CHECK(view->findChild<QLabel *>(QStringLiteral("poolSummary"))->text().contains(QStringLiteral("purged")));
    tabs->setCurrentIndex(1);
    QApplication::processEvents();
    CHECK(page->findChild<QLabel *>(QStringLiteral("lowestChance"))->text().contains(QStringLiteral("purged")));
}

TEST_CASE("Purge after the draw: the pool's names are gone from the working copy and the saved file, free pages "
          "included; the jurors stay, the draw is still verified against the archived list",
          "[jury][drawstore][purge]")
{
    Workspace ws;
    JuryPanel panel;
    ws.schema = Schema({coreSchema(), panel.migrations()});
    auto project = ws.create();
    auto &ctx = project->context();
    // Names of one width, so that none is part of another.
    QByteArray roll("Nom;Prenom;Annee;Sexe\n");
    for (int i = 0; i < 120; ++i)
        roll += QStringLiteral("Pers%1;Zelie%1;%2;%3\n").arg(100000 + i).arg(1950 + i % 50).arg(i % 2 ? QStringLiteral("M") : QStringLiteral("F")).toUtf8();
    QString error;
    REQUIRE(PoolStore::import(ctx, roll, QStringLiteral("liste.csv"), QStringLiteral("roll"),
                              Pool::guess(Csv::read(roll).records.first()), kToday, &error));
    REQUIRE_FALSE(DrawStore::prepare(ctx, &error).isEmpty());
    CHECK_FALSE(PoolStore::purge(ctx, &error)); // not before the draw
    REQUIRE(DrawStore::setCategories(ctx, {QStringLiteral("sex")}, &error));
    REQUIRE(DrawStore::setProportionalQuotas(ctx, &error));
    REQUIRE(DrawStore::freeze(ctx, &error));
    REQUIRE_FALSE(Edit::addRow(ctx, Tables::witness(), {{QStringLiteral("name"), QStringLiteral("Mme Roux")},
                                                        {QStringLiteral("number"), QStringLiteral("25")}}).isEmpty());
    REQUIRE(DrawStore::drawJury(ctx, &error));
    QSet<QString> jurors;
    for (const Juror &j : DrawStore::jurors(project->store()))
        jurors.insert(j.lastName);
    REQUIRE(jurors.size() == 12);
    const QString document = ws.path(QStringLiteral("jury.atelier"));
    REQUIRE(project->saveAs(document, &error));
    const auto bytesOf = [](const QString &path) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    };
    const auto othersIn = [&](const QByteArray &bytes) {
        int found = 0;
        for (int i = 0; i < 120; ++i) {
            const QString name = QStringLiteral("Pers%1").arg(100000 + i);
            if (!jurors.contains(name) && bytes.contains(name.toUtf8()))
                ++found;
        }
        return found;
    };
    REQUIRE(othersIn(bytesOf(document)) == 108); // the check sees them while they are there

    REQUIRE(PoolStore::purge(ctx, &error));
    CHECK(project->store().count(Tables::poolPerson().table()) == 0);
    CHECK(project->undoStack().count() == 0);
    CHECK(project->isModified());
    CHECK(othersIn(bytesOf(project->workingCopyPath())) == 0);
    REQUIRE(project->save(&error));
    const QByteArray saved = bytesOf(document);
    CHECK(othersIn(saved) == 0);
    for (const QString &juror : jurors)
        CHECK(saved.contains(juror.toUtf8())); // the jury stays
    CHECK_FALSE(DrawStore::replace(ctx, DrawStore::jurors(project->store()).first().id, &error));
    CHECK(error.contains(QStringLiteral("purged")));
    const Verification v = Verify::verify(project->store(), {{QStringLiteral("archive.csv"), roll}});
    INFO(v.problems.join(u'\n').toStdString());
    CHECK(v.reproduced);
}

TEST_CASE("The jury's sessions: who attended is ticked with the keyboard, each juror's days and allowance follow, "
          "and a session goes with its attendance",
          "[jury][sessions]")
{
    DrawFixture f;
    f.freeze();
    f.witness(QStringLiteral("Mme Roux"), QStringLiteral("4"));
    QString error;
    REQUIRE(DrawStore::drawJury(f.ctx(), &error));
    REQUIRE(Edit::setValue(f.ctx(), Tables::draw(), f.drawId(), QStringLiteral("daily_allowance"), 8000)); // 80 € a day
    JuryPanel panel;
    std::unique_ptr<QWidget> view(panel.createView(f.ctx(), nullptr));
    view->resize(1500, 1200);
    view->show();
    REQUIRE(QTest::qWaitForWindowExposed(view.get()));
    view->findChild<QTabWidget *>(QStringLiteral("juryTabs"))->setCurrentIndex(1);
    auto *sessions = view->findChild<EntityTableEditor *>(QStringLiteral("sessions"));
    auto *attendance = view->findChild<QTableView *>(QStringLiteral("attendance"));
    REQUIRE(sessions);
    REQUIRE(attendance);
    CHECK(attendance->model()->rowCount() == 12);
    CHECK(attendance->model()->columnCount() == 2); // no session yet: the days and the allowance

    // Two sessions: a training day, then a half day whose length is typed in.
    sessions->addRowAction()->trigger();
    sessions->addRowAction()->trigger();
    QApplication::processEvents();
    REQUIRE(DrawStore::sessions(f.store()).size() == 2);
    const QList<Row> rows = f.store().rows(Tables::session());
    REQUIRE(Edit::setValue(f.ctx(), Tables::session(), text(rows[0], "id"), QStringLiteral("date"), QStringLiteral("2026-02-04")));
    REQUIRE(Edit::setValue(f.ctx(), Tables::session(), text(rows[1], "id"), QStringLiteral("date"), QStringLiteral("2026-03-11")));
    const int daysColumn = 2; // date, session, days
    REQUIRE(sessions->model()->headerData(daysColumn, Qt::Horizontal, Qt::DisplayRole).toString() == QStringLiteral("Days"));
    sessions->view()->setCurrentIndex(sessions->model()->index(1, daysColumn));
    QTest::keyClick(sessions->view(), Qt::Key_F2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("0.5"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QApplication::processEvents();
    const QList<Session> dated = DrawStore::sessions(f.store());
    REQUIRE(dated.size() == 2);
    CHECK(dated[0].date == QDate(2026, 2, 4));
    CHECK(dated[1].days == 0.5);
    CHECK(attendance->model()->columnCount() == 4);
    CHECK(attendance->model()->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString() == Format::date(QStringLiteral("2026-02-04")));

    // The first juror attended both, the second only the training: Space ticks the current cell.
    const auto tick = [&](int row, int column) {
        attendance->setFocus();
        attendance->setCurrentIndex(attendance->model()->index(row, column));
        QTest::keyClick(attendance, Qt::Key_Space);
        QApplication::processEvents();
    };
    tick(0, 0);
    tick(0, 1);
    tick(1, 0);
    const QList<Juror> jurors = DrawStore::jurors(f.store());
    CHECK(jurors[0].days == 1.5);
    CHECK(jurors[1].days == 1.0);
    CHECK(jurors[2].days == 0.0);
    CHECK(attendance->model()->index(0, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(attendance->model()->index(2, 0).data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    CHECK(attendance->model()->index(0, 3).data().toString() == Format::money(12000)); // 1.5 × 80 €
    CHECK(attendance->model()->index(1, 3).data().toString() == Format::money(8000));
    auto *total = view->findChild<QLabel *>(QStringLiteral("allowanceTotal"));
    CHECK(total->text().contains(Format::money(20000))); // 2.5 days × 80 €
    // Ticked again: absent; undone: present.
    tick(1, 0);
    CHECK(DrawStore::jurors(f.store())[1].days == 0.0);
    f.ctx().undoStack.undo();
    CHECK(DrawStore::jurors(f.store())[1].days == 1.0);

    // The half day removed: its attendance goes with it, in one step that undo brings back whole.
    sessions->selectId(dated[1].id);
    const int steps = f.ctx().undoStack.index();
    view->findChild<QAction *>(QStringLiteral("removeSession"))->trigger();
    CHECK(f.store().count(Tables::session().table()) == 1);
    CHECK(f.store().count(Tables::attendance().table()) == 2);
    CHECK(DrawStore::jurors(f.store())[0].days == 1.0);
    CHECK(f.ctx().undoStack.index() == steps + 1);
    f.ctx().undoStack.undo();
    CHECK(f.store().count(Tables::attendance().table()) == 3);
    CHECK(DrawStore::jurors(f.store())[0].days == 1.5);
}

TEST_CASE("A file of the jury's version 1 opens migrated: the days each juror attended become undated sessions "
          "that give each the same total",
          "[jury][sessions][schema]")
{
    ModuleSchema first = Jury::schema();
    REQUIRE(first.latestVersion() == 2);
    first.steps = {first.steps.first()};
    Workspace old;
    old.schema = Schema({coreSchema(), first});
    QString doc;
    // Five jurors who attended 2, 1.5, 0, 2 and 0.5 days.
    const QList<double> days{2.0, 1.5, 0.0, 2.0, 0.5};
    {
        auto project = old.create();
        for (int k = 0; k < days.size(); ++k)
            REQUIRE_FALSE(Edit::addRow(project->context(), Tables::juror(),
                                       {{QStringLiteral("pseudonym"), QStringLiteral("p%1").arg(k)},
                                        {QStringLiteral("last_name"), QStringLiteral("Juré%1").arg(k)},
                                        {QStringLiteral("days_attended"), days[k]}})
                              .isEmpty());
        QString error;
        doc = old.path(QStringLiteral("v1.atelier"));
        REQUIRE(project->saveAs(doc, &error));
    }
    Workspace current;
    JuryPanel panel;
    current.schema = Schema({coreSchema(), panel.migrations()});
    OpenError error;
    REQUIRE(UntrustedDatabase::load(doc, current.schema, error));
    auto project = current.open(doc);
    const Store &store = project->context().store;
    // The distinct counts 0.5, 1.5 and 2 give undated sessions of 0.5, 1 and 0.5 days.
    const QList<Session> sessions = DrawStore::sessions(store);
    REQUIRE(sessions.size() == 3);
    CHECK(sessions[0].days == 0.5);
    CHECK(sessions[1].days == 1.0);
    CHECK(sessions[2].days == 0.5);
    for (const Session &s : sessions)
        CHECK_FALSE(s.date.isValid());
    QList<double> migrated;
    for (const Juror &j : DrawStore::jurors(store))
        migrated << j.days;
    CHECK(migrated == days);
    CHECK(store.count(Tables::attendance().table()) == 3 + 2 + 0 + 3 + 1);
    CHECK(project->context().store.rows(Tables::juror()).first().value(QStringLiteral("days_attended")).isNull());
}
