// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfixture.h"

#include "app/demo.h"
#include "core/edit.h"
#include "decp/decpschema.h"
#include "decpview/comparablesdialog.h"
#include "clause/clauseview.h"
#include "cockpit/dashboardview.h"
#include "cockpit/cockpitview.h"
#include "cockpit/linespage.h"
#include "clause/evolutionspage.h"
#include "clause/scenariospage.h"
#include "widgets/entitytableeditor.h"
#include "widgets/entitytablemodel.h"
#include "democlause.h"
#include "dialogs.h"
#include "jury/drawstore.h"
#include "jury/juryminutes.h"
#include "jury/poolpage.h"
#include "jury/verification.h"
#include "app/i18n.h"
#include "core/attachmentfile.h"

#include <QDir>
#include <QFile>
#include <QTableView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTemporaryDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QTabWidget>
#include <QTableWidget>

using namespace Atelier;

namespace {

/// A new project filled with the demo, in the window.
void openDemo(WindowFixture &f)
{
    REQUIRE(f.docs().newProject());
    QString error;
    REQUIRE(Demo::fill(f.project().context(), f.panels.tables(), &error));
}

/// The interface in French while it lives (screenshots), English again after.
struct InFrench
{
    InFrench() { I18n::install(QStringLiteral("fr")); }
    ~InFrench()
    {
        I18n::install(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

QString shotFolder()
{
    return qEnvironmentVariable("ATELIER_SCREENSHOTS", QDir::tempPath());
}

/// The cockpit shown on the contracts of the line that holds `contract`, that contract chosen: the table.
EntityTableEditor *showContract(WindowFixture &f, const Row &contract)
{
    f.window->navigator()->setCurrentRow(2);
    auto *cockpit = qobject_cast<Cockpit::CockpitView *>(f.window->currentPanelView());
    REQUIRE(cockpit);
    cockpit->showStrategy(text(f.project().store().row(Entities::investmentLine(), text(contract, "line_id")), "strategy_id"));
    QApplication::processEvents();
    auto *lines = cockpit->findChild<Cockpit::LinesPage *>();
    REQUIRE(lines);
    // Every tab on the way to the lines page shown, then its contracts.
    for (QWidget *w = lines; w && w != f.window.get(); w = w->parentWidget())
        if (auto *tabs = qobject_cast<QTabWidget *>(w->parentWidget() ? w->parentWidget()->parentWidget() : nullptr))
            tabs->setCurrentWidget(w);
    lines->details()->setCurrentIndex(1);
    auto *contracts = lines->details()->findChild<EntityTableEditor *>(QStringLiteral("contracts"));
    REQUIRE(contracts);
    contracts->selectId(text(contract, "id"));
    return contracts;
}

} // namespace

TEST_CASE("The demo is built through undoable edits, with evidence that is intact", "[demo]")
{
    WindowFixture f;
    openDemo(f);
    ProjectContext &ctx = f.project().context();
    CHECK(f.project().undoStack().count() > 20);
    CHECK(f.project().displayTitle().startsWith(QStringLiteral("Restauration scolaire")));

    QSet<QString> roles;
    for (const Row &p : ctx.store.rows(Entities::participant()))
        roles << p.value(QStringLiteral("role")).toString();
    for (const char *role : {"prescriber", "internal_buyer", "reservist_buyer", "elected_official",
                             "citizen_juror", "economic_operator"})
        CHECK(roles.contains(QLatin1String(role)));
    int jurors = 0;
    for (const Row &p : ctx.store.rows(Entities::participant()))
        jurors += p.value(QStringLiteral("role")).toString() == QStringLiteral("citizen_juror");
    CHECK(jurors == 12);

    int pictures = 0;
    for (const Row &a : ctx.store.rows(Entities::attachment())) {
        const QString id = a.value(QStringLiteral("id")).toString();
        const QByteArray data = ctx.store.blob(Entities::attachment(), id, QStringLiteral("data"));
        CHECK(AttachmentFile::sha256(data) == a.value(QStringLiteral("sha256")).toString());
        CHECK(data.size() == a.value(QStringLiteral("size")).toLongLong());
        pictures += !QImage::fromData(data).isNull();
    }
    CHECK(pictures >= 1);

    // Undo all the way back: the empty project again.
    while (f.project().undoStack().canUndo())
        f.project().undoStack().undo();
    CHECK(ctx.store.count(QStringLiteral("participant")) == 0);
    CHECK(ctx.store.count(QStringLiteral("attachment")) == 0);
    CHECK_FALSE(f.project().isModified());
}

TEST_CASE("The demo's sourcing canvas in real use: a guide, a grid, three bidders, two meetings", "[demo][sourcing]")
{
    WindowFixture f;
    openDemo(f);
    ProjectContext &ctx = f.project().context();
    const auto rows = [&](const char *table) { return ctx.store.count(QLatin1String(table)); };
    CHECK(rows("sourcing_chapter") >= 4);
    CHECK(rows("sourcing_entry") >= 20);
    CHECK(rows("sourcing_entry_attachment") >= 1); // evidence of the Projet library behind a figure
    CHECK(rows("grid_question") >= 10);
    CHECK(rows("bidder") == 3);
    CHECK(rows("negotiation_meeting") == 2);
    CHECK(rows("meeting_topic") == 10);

    // The panel shows them: every bidder compared, a tie or two, the missing required answer flagged.
    QListWidget *navigator = f.window->navigator();
    for (int i = 0; i < navigator->count(); ++i)
        if (navigator->item(i)->text() == QStringLiteral("Sourcing canvas"))
            navigator->setCurrentRow(i);
    QWidget *view = f.window->currentPanelView();
    REQUIRE(view);
    REQUIRE(view->objectName() == QStringLiteral("sourcingView"));
    auto *comparison = view->findChild<QTableWidget *>(QStringLiteral("comparisonTable"));
    REQUIRE(comparison);
    CHECK(comparison->rowCount() == 3);
    bool missingRequired = false;
    for (int r = 0; r < comparison->rowCount(); ++r)
        for (int c = 0; c < comparison->columnCount(); ++c)
            missingRequired = missingRequired || comparison->item(r, c)->text().contains(QStringLiteral("required"));
    CHECK(missingRequired);
    auto *shortlist = view->findChild<QListWidget *>(QStringLiteral("shortlist"));
    REQUIRE(shortlist);
    CHECK(shortlist->count() == 2);
    auto *beforeAfter = view->findChild<QTableWidget *>(QStringLiteral("beforeAfter"));
    REQUIRE(beforeAfter);
    REQUIRE(beforeAfter->rowCount() == 2);
    for (int r = 0; r < 2; ++r) // each shortlisted bidder revised something at its meeting
        CHECK(QLocale().toDouble(beforeAfter->item(r, 2)->text()) > QLocale().toDouble(beforeAfter->item(r, 1)->text()));
}

TEST_CASE("The demo's co-operator tour in real use: the day held, a gap, a word missing, scores, the agreement signed",
          "[demo][tour]")
{
    WindowFixture f;
    openDemo(f);
    ProjectContext &ctx = f.project().context();
    CHECK(ctx.store.count(QStringLiteral("tour")) == 1);
    CHECK(ctx.store.count(QStringLiteral("tour_photo")) == 3);
    CHECK(ctx.store.count(QStringLiteral("quiz_question")) >= 15);

    QListWidget *navigator = f.window->navigator();
    for (int i = 0; i < navigator->count(); ++i)
        if (navigator->item(i)->text() == QStringLiteral("Co-operator tour"))
            navigator->setCurrentRow(i);
    QWidget *view = f.window->currentPanelView();
    REQUIRE(view);
    REQUIRE(view->objectName() == QStringLiteral("tourView"));
    QCoreApplication::processEvents(); // the quiz's tables are redrawn once the edits are over
    CHECK(view->findChild<QLabel *>(QStringLiteral("tourHeading"))->text().contains(QStringLiteral("Coopérative Inox & Insertion")));
    auto *issues = view->findChild<QListWidget *>(QStringLiteral("agendaIssues"));
    REQUIRE(issues);
    REQUIRE(issues->count() == 1); // the quarter of an hour nobody planned in the afternoon
    CHECK(issues->item(0)->text().startsWith(QStringLiteral("Nothing is planned from 3:15")));
    CHECK(view->findChild<QLabel *>(QStringLiteral("tenWordsRule"))->text() ==
          QStringLiteral("The holder's words: 9 word(s) — 1 missing to make ten."));
    auto *scores = view->findChild<QTableWidget *>(QStringLiteral("quizScores"));
    REQUIRE(scores);
    CHECK(scores->rowCount() == 6);
    CHECK(view->findChild<QLabel *>(QStringLiteral("agreementState"))->text() == QStringLiteral("Signed by both sides."));
}

// Not run by CTest (hidden): screenshots of the panel in French for people to look at.
// ATELIER_SCREENSHOTS=folder test_app "[.screenshots]"
TEST_CASE("Screenshots of the sourcing canvas in French", "[.screenshots]")
{
    const InFrench french;
    {
        WindowFixture f;
        openDemo(f);
        f.window->resize(1440, 900);
        QListWidget *navigator = f.window->navigator();
        navigator->setCurrentRow(3);
        QWidget *view = f.window->currentPanelView();
        REQUIRE(view);
        auto *tabs = view->findChild<QTabWidget *>(QStringLiteral("sourcingTabs"));
        REQUIRE(tabs);
        const QString folder = shotFolder();
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            QTest::qWait(300);
            CHECK(f.window->grab().save(QStringLiteral("%1/sourcing-fr-%2.png").arg(folder).arg(t)));
        }
        auto *search = view->findChild<QLineEdit *>(QStringLiteral("canvasSearch"));
        tabs->setCurrentIndex(0);
        typeText(search, QStringLiteral("legumerie"));
        QTest::qWait(300);
        CHECK(f.window->grab().save(QStringLiteral("%1/sourcing-fr-search.png").arg(folder)));
    }
}

TEST_CASE("Screenshots of the co-operator tour in French", "[.screenshots]")
{
    const InFrench french;
    {
        WindowFixture f;
        openDemo(f);
        f.window->resize(1440, 900);
        f.window->navigator()->setCurrentRow(5);
        QWidget *view = f.window->currentPanelView();
        REQUIRE(view);
        auto *tabs = view->findChild<QTabWidget *>(QStringLiteral("tourTabs"));
        REQUIRE(tabs);
        const QString folder = shotFolder();
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            QTest::qWait(300);
            CHECK(f.window->grab().save(QStringLiteral("%1/tour-fr-%2.png").arg(folder).arg(t)));
        }
        auto *quiz = view->findChild<QTabWidget *>(QStringLiteral("quizTabs"));
        tabs->setCurrentIndex(4);
        quiz->setCurrentIndex(1);
        QTest::qWait(300);
        CHECK(f.window->grab().save(QStringLiteral("%1/tour-fr-scores.png").arg(folder)));
    }
}

TEST_CASE("The demo's citizen jury is actually drawn from a generated pool: twelve jurors, verified, its minutes",
          "[demo][jury]")
{
    WindowFixture f;
    openDemo(f);
    const Store &store = f.project().context().store;
    const std::optional<Jury::DrawRecord> d = Jury::DrawStore::record(store);
    REQUIRE(d);
    CHECK(d->state == QStringLiteral("drawn"));
    CHECK(store.count(QStringLiteral("jury_pool_person")) > 240);
    const QList<Jury::Juror> jurors = Jury::DrawStore::jurors(store);
    REQUIRE(jurors.size() == 12);
    // The demo's twelve citizen jurors are the people drawn, under their names.
    QSet<QString> drawn, participants;
    for (const Jury::Juror &j : jurors)
        drawn << j.firstNames + u' ' + j.lastName;
    for (const Row &p : store.rows(Entities::participant()))
        if (p.value(QStringLiteral("role")).toString() == QStringLiteral("citizen_juror"))
            participants << p.value(QStringLiteral("name")).toString();
    CHECK(participants == drawn);
    const Jury::Verification v = Jury::Verify::verify(store, {});
    INFO(v.problems.join(u'\n').toStdString());
    CHECK(v.reproduced);
    QString error;
    const std::optional<Reports::Document> minutes = Jury::JuryMinutes::minutes(store, &error);
    REQUIRE(minutes);
    const QString text = minutes->plainText();
    CHECK(text.contains(d->fingerprints.pool));
    CHECK(text.contains(QStringLiteral("atelier jury verify")));
    for (const QString &name : drawn)
        CHECK(text.contains(name));
}

TEST_CASE("Screenshot of the citizen jury's draw in the demo, in French", "[.screenshots]")
{
    const InFrench french;
    WindowFixture f;
    openDemo(f);
    f.window->resize(1600, 1000);
    f.window->navigator()->setCurrentRow(6);
    QWidget *view = f.window->currentPanelView();
    REQUIRE(view);
    view->findChild<QTabWidget *>(QStringLiteral("juryTabs"))->setCurrentIndex(1);
    QTest::qWait(300);
    CHECK(f.window->grab().save(shotFolder() + QStringLiteral("/jury-draw-fr.png")));
}

TEST_CASE("Screenshot of the citizen jury's pool in French", "[.screenshots]")
{
    const InFrench french;
    {
        WindowFixture f;
        REQUIRE(f.docs().newProject());
        f.window->resize(1440, 900);
        f.window->navigator()->setCurrentRow(6);
        QWidget *view = f.window->currentPanelView();
        REQUIRE(view);
        auto *page = view->findChild<Jury::PoolPage *>();
        REQUIRE(page);
        const QByteArray roll("Nom;Pr\xC3\xA9nom;Date de naissance;Sexe;Quartier;Adresse\r\n"
                              "Martin;Paul;12/05/1980;M;Nord;3 rue Haute\r\n"
                              "Lef\xC3\xA8vre;Zo\xC3\xA9;02/02/1990;F;Sud;1 place Basse\r\n"
                              "Sans;;1970;F;Sud;2 rue Haute\r\n");
        answerNextMessageBox(QStringLiteral("OK"), nullptr, QMessageBox::Ok);
        page->importBytes(roll, QStringLiteral("extrait-liste-electorale.csv"), QStringLiteral("roll"),
                          Jury::Pool::guess(Jury::Csv::read(roll).records.first()));
        QTest::qWait(300);
        CHECK(f.window->grab().save(shotFolder() + QStringLiteral("/jury-fr.png")));
    }
}

TEST_CASE("Screenshot of the evolutivity clause's simulation in the demo, in French", "[.screenshots]")
{
    const InFrench french;
    WindowFixture f;
    openDemo(f);
    f.window->resize(1600, 1000);
    f.window->navigator()->setCurrentRow(4);
    auto *view = qobject_cast<Clause::ClauseView *>(f.window->currentPanelView());
    REQUIRE(view);
    EntityTableEditor *evolutions = view->evolutions()->evolutions();
    evolutions->selectId(evolutions->model()->idAt(0));
    Clause::ScenariosPage *scenarios = view->evolutions()->scenarios();
    scenarios->scenarios()->selectId(scenarios->scenarios()->model()->idAt(0));
    QTest::qWait(300);
    CHECK(f.window->grab().save(shotFolder() + QStringLiteral("/clause-simulation-fr.png")));
    scenarios->scenarios()->selectId(scenarios->scenarios()->model()->idAt(1));
    QTest::qWait(300);
    CHECK(f.window->grab().save(shotFolder() + QStringLiteral("/clause-simulation-fr-2.png")));
}

TEST_CASE("The demo's modification decided: the cockpit's alerts give its DECP publication deadline", "[demo][clause]")
{
    WindowFixture f;
    openDemo(f);
    // The jury's objection lifted and the users' seat consenting to opening at the Toussaint.
    decideDemoModification(f.project().context(), false, QDate(2026, 12, 3));

    f.window->show();
    f.window->navigator()->setCurrentRow(2);
    QWidget *cockpit = f.window->currentPanelView();
    REQUIRE(cockpit);
    auto *dashboard = cockpit->findChild<Cockpit::DashboardView *>();
    REQUIRE(dashboard);
    dashboard->setToday(QDate(2027, 2, 3)); // the last day: two months after the decision
    QTest::qWait(100);
    QStringList alerts;
    for (int i = 0; i < dashboard->alertList()->count(); ++i)
        alerts << dashboard->alertList()->item(i)->text();
    INFO(alerts.join(QLatin1Char('\n')).toStdString());
    CHECK(alerts.contains(QStringLiteral("Essential data: publish modification no. 1 of “Atelier Nord-Sud Architectes "
                                         "(mandataire du groupement de maîtrise d'œuvre) — Achat d'un nouveau "
                                         "bâtiment : cuisine centrale et légumerie” by 2/3/27 (R2196-1), counted from "
                                         "its decision until the avenant's notification date is entered")));
}

TEST_CASE("Screenshot of a contract's public data (DECP) in the cockpit, in French", "[.screenshots]")
{
    const InFrench french;
    WindowFixture f;
    openDemo(f);
    f.window->resize(1600, 1000);
    showContract(f, f.project().store().rows(Entities::contract()).first());
    QTest::qWait(300);
    CHECK(f.window->grab().save(shotFolder() + QStringLiteral("/cockpit-decp-fr.png")));
}

TEST_CASE("Comparable past contracts open from the negotiation sheet, the sourcing canvas and a contract of the cockpit, "
          "prefilled with the contract's CPV code",
          "[demo][decp]")
{
    QTemporaryDir library;
    qputenv("ATELIER_REFERENCE_LIBRARY", library.filePath(QStringLiteral("reference.sqlite")).toUtf8());
    WindowFixture f;
    openDemo(f);
    const Row contract = f.project().store().rows(Entities::contract()).first();
    const QString cpv = text(contract, "cpv_code");
    REQUIRE_FALSE(cpv.isEmpty());
    const auto opened = [] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("comparablesDialog") && w->isVisible())
                return w;
        return static_cast<QWidget *>(nullptr);
    };
    // The sourcing canvas's negotiation page.
    f.window->navigator()->setCurrentRow(3);
    auto *fromSheet = f.window->currentPanelView()->findChild<QPushButton *>(QStringLiteral("comparables"));
    REQUIRE(fromSheet);
    QTest::mouseClick(fromSheet, Qt::LeftButton);
    QWidget *dialog = opened();
    REQUIRE(dialog);
    CHECK(dialog->findChild<QLineEdit *>(QStringLiteral("cpvCode"))->text() == cpv);
    dialog->close();
    QApplication::processEvents();
    // The sourcing canvas's own page.
    auto *fromCanvas = f.window->currentPanelView()->findChild<QPushButton *>(QStringLiteral("canvasComparables"));
    REQUIRE(fromCanvas);
    QTest::mouseClick(fromCanvas, Qt::LeftButton);
    dialog = opened();
    REQUIRE(dialog);
    CHECK(dialog->findChild<QLineEdit *>(QStringLiteral("cpvCode"))->text() == cpv);
    dialog->close();
    QApplication::processEvents();
    // The cockpit's contracts, the contract chosen.
    EntityTableEditor *contracts = showContract(f, contract);
    auto *fromCockpit = contracts->findChild<QAction *>(QStringLiteral("comparables"));
    REQUIRE(fromCockpit);
    fromCockpit->trigger();
    dialog = opened();
    REQUIRE(dialog);
    CHECK(dialog->findChild<QLineEdit *>(QStringLiteral("cpvCode"))->text() == cpv);
    dialog->close();
    QApplication::processEvents();
    qunsetenv("ATELIER_REFERENCE_LIBRARY");
}

TEST_CASE("The comparables window in French: counts that agree, amounts and dates written the French way",
          "[demo][decp]")
{
    const InFrench french;
    QTemporaryDir dir;
    auto marche = [](const char *id, const char *cpv, const char *euros, const char *on) {
        return QByteArray(R"({"id": ")") + id + R"(", "acheteur": {"id": "21590350100017"}, "nature": "Marché", )"
               R"("objet": "Restauration scolaire )" + id + R"(", "codeCPV": ")" + cpv + R"(", )"
               R"("procedure": "Procédure adaptée", "dureeMois": 36, "dateNotification": ")" + on +
               R"(", "montant": )" + euros + R"(, "titulaires": [{"titulaire": {"id": "80295478500028"}}]})";
    };
    const QString file = dir.filePath(QStringLiteral("decp-2024.json"));
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("{\"marches\": {\"marche\": [" + marche("R1", "55523100", "412500.5", "2023-09-01") + "," +
                  marche("R2", "55523100", "1250000", "2024-01-15") + "," +
                  marche("R3", "55520000", "98000", "2022-06-30") + ", {\"id\": \"X\"}]}}");
    }
    DecpView::ComparablesDialog dialog(Decp::ComparableQuery{}, nullptr, dir.filePath(QStringLiteral("bibliotheque.sqlite")));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const QString said = dialog.importFile(file, false);
    // Worked out by hand: 4 read (the last one without its fields), 3 stored, 0 known, 1 invalid.
    CHECK(said.startsWith(QStringLiteral("decp-2024.json\u202f: 4 marchés lus, 3 enregistrés, 0 déjà dans la "
                                         "bibliothèque, 1 invalide.")));
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("libraryLine"))
              ->text()
              .startsWith(QStringLiteral("Bibliothèque de référence\u202f: 3 marchés passés")));
    auto *cpv = dialog.findChild<QLineEdit *>(QStringLiteral("cpvCode"));
    REQUIRE(cpv);
    cpv->setFocus();
    typeText(cpv, QStringLiteral("55523100"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("search")), Qt::LeftButton);
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("comparablesTable"));
    REQUIRE(table);
    QStringList amounts, dates;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        amounts << table->model()->index(r, 4).data().toString();
        dates << table->model()->index(r, 6).data().toString();
    }
    // French grouping (a narrow no-break space), a decimal comma, the euro after a no-break space.
    CHECK(amounts == QStringList{QStringLiteral("1\u202f250\u202f000,00\u00a0€"), QStringLiteral("412\u202f500,50\u00a0€")});
    CHECK(dates == QStringList{QStringLiteral("15/01/2024"), QStringLiteral("01/09/2023")});
    if (qEnvironmentVariableIsSet("ATELIER_SCREENSHOTS")) {
        dialog.resize(1300, 640);
        QTest::qWait(300);
        CHECK(dialog.grab().save(shotFolder() + QStringLiteral("/comparables-fr.png")));
    }
}

TEST_CASE("Export → Données essentielles (DECP v2): the demo's contracts written; a contract lacking a field "
          "named, with nothing written",
          "[demo][decp]")
{
    WindowFixture f;
    openDemo(f);
    REQUIRE(f.find<QAction>(QStringLiteral("export-decp")));
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("decp.json"));
    QString seen;
    answerNextMessageBox(QString(), &seen, QMessageBox::Ok);
    CHECK(f.window->exportDecp(path));
    CHECK(seen.contains(QStringLiteral("decp.json")));
    QFile written(path);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(written.readAll()).object();
    CHECK(json.value(QStringLiteral("marches")).toObject().value(QStringLiteral("marche")).toArray().size() ==
          f.project().store().count(QStringLiteral("contract")));

    // The buyer's SIRET emptied: refused, the contract and the field named, no file.
    const QString contract = text(f.project().store().rows(Entities::contract()).first(), "id");
    REQUIRE(Edit::setValue(f.project().context(), Decp::Tables::contractDecp(), contract, QStringLiteral("buyer_siret"), QString()));
    const QString refusedPath = out.filePath(QStringLiteral("refused.json"));
    answerNextMessageBox(QString(), &seen, QMessageBox::Ok);
    CHECK_FALSE(f.window->exportDecp(refusedPath));
    CHECK(seen.contains(QStringLiteral("lacks")));
    CHECK(seen.contains(QStringLiteral("SIRET")));
    CHECK_FALSE(QFile::exists(refusedPath));
}
