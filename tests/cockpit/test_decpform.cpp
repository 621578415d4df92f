// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The contracts' public data (DECP) edited in the cockpit: started with one click, each field an
// undoable edit (lists as boxes), what is still missing said under the form.
#include "cockpitfixture.h"

#include "cockpit/decpform.h"
#include "cockpit/linespage.h"
#include "decp/decpschema.h"
#include "widgets/entitytableeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>

using namespace Atelier;

namespace {

struct DecpFixture : CockpitFixture
{
    QString contractId;
    DecpFixture()
    {
        ws.schema = Schema({coreSchema(), Decp::schema(), panel.migrations()});
        project = ws.create();
        const QString line = this->line(strategy(QStringLiteral("Cuisine")), QStringLiteral("purchase"),
                                        QStringLiteral("Maîtrise d'œuvre"));
        contractId =
            add(Entities::contract(), {{QStringLiteral("line_id"), line},
                                       {QStringLiteral("holder"), QStringLiteral("Atelier Nord-Sud")},
                                       {QStringLiteral("amount_cents"), 98000000},
                                       {QStringLiteral("notification_date"), QStringLiteral("2026-02-16")},
                                       {QStringLiteral("duration_months"), 30},
                                       {QStringLiteral("cpv_code"), QStringLiteral("71221000-3")},
                                       {QStringLiteral("procedure"), QStringLiteral("open_tender")}});
    }
    QString stored(const char *column)
    {
        return store().value(Decp::Tables::contractDecp(), contractId, QLatin1String(column)).toString();
    }
};

} // namespace

TEST_CASE("A contract's public data: started, edited field by field, undone", "[cockpit][decp]")
{
    DecpFixture f;
    Cockpit::DecpForm form(f.ctx());
    form.setContract(f.contractId);
    auto *start = form.findChild<QPushButton *>(QStringLiteral("decpStart"));
    REQUIRE(start);
    QTest::mouseClick(start, Qt::LeftButton);
    QCoreApplication::processEvents();
    REQUIRE(f.store().rows(Decp::Tables::contractDecp()).size() == 1);
    CHECK(form.missing()->text().contains(QStringLiteral("acheteur.id: The buyer's SIRET is required")));

    auto *siret = form.findChild<QLineEdit *>(QStringLiteral("buyer_siret"));
    REQUIRE(siret);
    siret->setFocus();
    QTest::keyClicks(siret, QStringLiteral("21599999900012"));
    QTest::keyClick(siret, Qt::Key_Return);
    CHECK(f.stored("buyer_siret") == QStringLiteral("21599999900012"));
    CHECK_FALSE(form.missing()->text().contains(QStringLiteral("acheteur.id")));

    auto *ccag = form.findChild<QComboBox *>(QStringLiteral("ccag"));
    REQUIRE(ccag);
    const int works = ccag->findData(QStringLiteral("works"));
    REQUIRE(works >= 0);
    ccag->setCurrentIndex(works);
    Q_EMIT ccag->activated(works); // what choosing in the list does
    CHECK(f.stored("ccag") == QStringLiteral("works"));

    auto *tranches = form.findChild<QCheckBox *>(QStringLiteral("execution_modes_tranches"));
    auto *orders = form.findChild<QCheckBox *>(QStringLiteral("execution_modes_orders"));
    REQUIRE(tranches);
    REQUIRE(orders);
    CHECK(tranches->text() == QStringLiteral("tranches"));
    tranches->click();
    orders->click();
    CHECK(f.stored("execution_modes") == QStringLiteral("tranches,orders"));
    CHECK_FALSE(form.missing()->text().contains(QStringLiteral("modalitesExecution")));

    f.undo().undo();
    CHECK(f.stored("execution_modes") == QStringLiteral("tranches"));
    CHECK_FALSE(orders->isChecked());
    CHECK(tranches->isChecked());
}

TEST_CASE("The lines page shows the chosen contract's public data below the contracts", "[cockpit][decp]")
{
    DecpFixture f;
    Cockpit::LinesPage page(
        f.ctx(), f.store().rows(Entities::strategy()).first().value(QStringLiteral("id")).toString());
    page.details()->setCurrentIndex(1);
    auto *contracts = page.details()->findChild<EntityTableEditor *>(QStringLiteral("contracts"));
    auto *form = page.details()->findChild<Cockpit::DecpForm *>(QStringLiteral("decp"));
    REQUIRE(contracts);
    REQUIRE(form);
    contracts->selectId(f.contractId);
    QCoreApplication::processEvents();
    CHECK(form->findChild<QPushButton *>(QStringLiteral("decpStart")));
}

TEST_CASE("A contract's counts and rates are typed and shown in the user's locale; a wrong number is refused",
          "[cockpit][decp]")
{
    struct French
    {
        French() { QLocale::setDefault(QLocale(QLocale::French, QLocale::France)); }
        ~French() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    } french;
    DecpFixture f;
    Cockpit::DecpForm form(f.ctx());
    form.setContract(f.contractId);
    QTest::mouseClick(form.findChild<QPushButton *>(QStringLiteral("decpStart")), Qt::LeftButton);
    QCoreApplication::processEvents();
    auto *rate = form.findChild<QLineEdit *>(QStringLiteral("advance_rate"));
    REQUIRE(rate);
    CHECK(rate->text().isEmpty()); // not given yet (-1)
    const auto type = [](QLineEdit *line, const QString &text) {
        line->setFocus();
        line->selectAll();
        QTest::keyClicks(line, text);
        QTest::keyClick(line, Qt::Key_Return);
        QCoreApplication::processEvents();
    };
    type(rate, QStringLiteral("0,05"));
    CHECK(f.store().value(Decp::Tables::contractDecp(), f.contractId, QStringLiteral("advance_rate")).toDouble() == 0.05);
    CHECK(rate->text() == QStringLiteral("0,05"));
    type(rate, QStringLiteral("cinq"));
    CHECK(f.store().value(Decp::Tables::contractDecp(), f.contractId, QStringLiteral("advance_rate")).toDouble() == 0.05);
    CHECK(rate->text() == QStringLiteral("0,05"));
    CHECK(form.missing()->text().contains(QStringLiteral("“cinq” is not a number: write it as 0,25")));
    auto *offers = form.findChild<QLineEdit *>(QStringLiteral("offers_received"));
    REQUIRE(offers);
    type(offers, QStringLiteral("7"));
    CHECK(f.store().value(Decp::Tables::contractDecp(), f.contractId, QStringLiteral("offers_received")).toInt() == 7);
    f.ctx().undoStack.undo(); // the count, then the rate, come back as they were
    CHECK(offers->text() == QStringLiteral("0"));
    f.ctx().undoStack.undo();
    CHECK(rate->text().isEmpty());
}
