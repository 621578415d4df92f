// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The comparables window driven as a user drives it: keys in its fields, clicks on its buttons.
#include "comparablesfixture.h"
#include "dialogs.h"

#include "core/format.h"
#include "decpview/amountschart.h"
#include "decpview/comparablesdialog.h"

#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <sqlite3.h>

using namespace Atelier;
using Atelier::DecpView::ComparablesDialog;

namespace {

template <typename T> T *child(QWidget *dialog, const char *name)
{
    auto *w = dialog->findChild<T *>(QLatin1String(name));
    REQUIRE(w);
    return w;
}

/// Replaces a field's text by typing, then leaves it (a spin box takes its value on leaving).
void typeInto(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Tab);
}

/// Chooses an item of a combo box with the arrow keys.
void chooseWithKeys(QComboBox *combo, const QString &startingWith)
{
    combo->setFocus();
    const int target = [&] {
        for (int i = 0; i < combo->count(); ++i)
            if (combo->itemText(i).startsWith(startingWith))
                return i;
        FAIL("no item " << startingWith.toStdString());
        return -1;
    }();
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
}

QStringList column(QTableView *table, int c)
{
    QStringList cells;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        cells << table->model()->index(r, c).data().toString();
    return cells;
}

std::unique_ptr<ComparablesDialog> openDialog(const ComparablesFixture &f, const Decp::ComparableQuery &query = {})
{
    auto dialog = std::make_unique<ComparablesDialog>(query, nullptr, f.library);
    dialog->show();
    dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(dialog.get()));
    return dialog;
}

} // namespace

TEST_CASE("Comparables: a CPV code, a level and an amount range give the matches and their quartiles",
          "[decpview][comparables]")
{
    ComparablesFixture f;
    f.fill();
    auto dialog = openDialog(f);
    auto *table = child<QTableView>(dialog.get(), "comparablesTable");
    auto *summary = child<QLabel>(dialog.get(), "comparablesSummary");
    auto *figures = child<QLabel>(dialog.get(), "comparablesFigures");
    auto *search = child<QPushButton>(dialog.get(), "search");
    CHECK(child<QLabel>(dialog.get(), "libraryLine")->text().startsWith(QStringLiteral("Reference library: 7 past contract(s)")));

    typeInto(child<QLineEdit>(dialog.get(), "cpvCode"), QStringLiteral("45214200-2"));
    chooseWithKeys(child<QComboBox>(dialog.get(), "cpvLevel"), QStringLiteral("Category"));
    typeInto(child<QWidget>(dialog.get(), "minimumAmount"), QStringLiteral("150000"));
    typeInto(child<QWidget>(dialog.get(), "maximumAmount"), QStringLiteral("500000"));
    QTest::mouseClick(search, Qt::LeftButton);

    // Category 45214: A B C D; from 150 000 € to 500 000 €: B C D, the most recent first.
    CHECK(summary->text().startsWith(
        QStringLiteral("3 past contract(s) match at the category level (CPV codes beginning with 45214).")));
    CHECK(column(table, 0) == QStringList{QStringLiteral("Lycée"), QStringLiteral("Collège"), QStringLiteral("École primaire")});
    CHECK(column(table, 4) == QStringList{Format::money(40000000), Format::money(30000000), Format::money(20000000)});
    CHECK(column(table, 3) == QStringList{QStringLiteral("45214400"), QStringLiteral("45214300"), QStringLiteral("45214210")});
    CHECK(column(table, 5) == QStringList{QStringLiteral("36 month(s)"), QStringLiteral("18 month(s)"), QStringLiteral("24 month(s)")});
    CHECK(column(table, 6).first() == Format::date(QStringLiteral("2024-09-01")));
    // 200 000, 300 000, 400 000: h = 2p, so Q1 = 250 000, median 300 000, Q3 = 350 000.
    CHECK(figures->text() == QStringLiteral("Median: %1\nFirst quartile: %2\nThird quartile: %3\nLowest: %4, highest: %5\n"
                                            "Over 3 contract(s).")
                                 .arg(Format::money(30000000), Format::money(25000000), Format::money(35000000),
                                      Format::money(20000000), Format::money(40000000)));
    QBoxPlotSeries *series = child<DecpView::AmountsChart>(dialog.get(), "amountsChart")->series();
    REQUIRE(series->count() == 1);
    CHECK(series->boxSets().first()->at(QBoxSet::Median) == Approx(300.0)); // thousands of euros
    CHECK(series->boxSets().first()->at(QBoxSet::LowerQuartile) == Approx(250.0));

    // The class 4521 without the amount range: A B C D E; 100, 200, 300, 400, 1 000 k€: h = 4p.
    chooseWithKeys(child<QComboBox>(dialog.get(), "cpvLevel"), QStringLiteral("Class"));
    typeInto(child<QWidget>(dialog.get(), "minimumAmount"), QStringLiteral("0"));
    typeInto(child<QWidget>(dialog.get(), "maximumAmount"), QStringLiteral("0"));
    QTest::mouseClick(search, Qt::LeftButton);
    CHECK(summary->text().startsWith(QStringLiteral("5 past contract(s) match at the class level (CPV codes beginning with 4521).")));
    CHECK(column(table, 0).first() == QStringLiteral("Centre médico-social"));
    CHECK(figures->text().startsWith(QStringLiteral("Median: %1\nFirst quartile: %2\nThird quartile: %3\n")
                                         .arg(Format::money(30000000), Format::money(20000000), Format::money(40000000))));
}

TEST_CASE("Comparables: too few at the exact code, the search widens and says so", "[decpview][comparables]")
{
    ComparablesFixture f;
    f.fill();
    auto dialog = openDialog(f);
    typeInto(child<QLineEdit>(dialog.get(), "cpvCode"), QStringLiteral("45214200"));
    chooseWithKeys(child<QComboBox>(dialog.get(), "cpvLevel"), QStringLiteral("Exact"));
    auto *widen = child<QWidget>(dialog.get(), "widen");
    if (!dialog->query().atLeast)
        QTest::mouseClick(widen, Qt::LeftButton, {}, QPoint(6, widen->height() / 2));
    typeInto(child<QWidget>(dialog.get(), "atLeast"), QStringLiteral("3"));
    QTest::keyClick(child<QLineEdit>(dialog.get(), "cpvCode"), Qt::Key_Return); // Enter searches
    CHECK(child<QLabel>(dialog.get(), "comparablesSummary")->text() ==
          QStringLiteral("4 past contract(s) match at the category level (CPV codes beginning with 45214). "
                         "Widened from the exact code: fewer than 3 matched there."));
    CHECK(child<QTableView>(dialog.get(), "comparablesTable")->model()->rowCount() == 4);
}

TEST_CASE("Comparables: prefilled by the caller, searched at once", "[decpview][comparables]")
{
    ComparablesFixture f;
    f.fill();
    Decp::ComparableQuery query;
    query.cpv = QStringLiteral("45100000");
    query.level = Decp::CpvLevel::Division;
    query.maximumMonths = 12;
    auto dialog = openDialog(f, query);
    CHECK(child<QLineEdit>(dialog.get(), "cpvCode")->text() == QStringLiteral("45100000"));
    // Division 45 within 12 months: A (12) and F (6).
    CHECK(column(child<QTableView>(dialog.get(), "comparablesTable"), 0) ==
          QStringList{QStringLiteral("École maternelle"), QStringLiteral("Terrassements")});
}

TEST_CASE("Comparables: an empty library says so and imports a DECP file", "[decpview][comparables][import]")
{
    ComparablesFixture f;
    auto dialog = openDialog(f);
    auto *empty = child<QLabel>(dialog.get(), "emptyLibrary");
    CHECK(empty->isVisible());
    CHECK(empty->text().startsWith(QStringLiteral("The reference library of past contracts is empty.")));
    CHECK_FALSE(child<QPushButton>(dialog.get(), "search")->isEnabled());
    auto *import = child<QPushButton>(dialog.get(), "importFirst");
    REQUIRE(import->isVisible());

    // A file with one invalid record (no amount) besides the seven.
    QByteArray withInvalid = smallDecpFile();
    withInvalid.insert(withInvalid.lastIndexOf("]}}"), R"(, {"id": "X", "acheteur": {"id": "21590350100017"}})");
    QFile file(f.decpFile);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(withInvalid);
    file.close();

    // The button asks for the file (QFileDialog); the test hands it over as the dialog would.
    const QString said = dialog->importFile(f.decpFile, false);
    CHECK(said.startsWith(QStringLiteral("decp.json: 8 read, 7 stored, 0 already in the library, 1 invalid.\nRecord 8 (byte ")));
    CHECK_FALSE(empty->isVisible());
    CHECK(child<QPushButton>(dialog.get(), "search")->isEnabled());
    CHECK(child<QLabel>(dialog.get(), "libraryLine")->text().startsWith(QStringLiteral("Reference library: 7 past contract(s)")));
}

TEST_CASE("Comparables: a damaged library is said to be so, and nothing breaks", "[decpview][comparables]")
{
    ComparablesFixture f;
    f.fill();
    {
        // Every page after the first (the header and the schema) overwritten: the contracts are lost.
        QFile file(f.library);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        REQUIRE(size > 4096);
        REQUIRE(file.seek(4096));
        file.write(QByteArray(size - 4096, '\xA5'));
    }
    Decp::ComparableQuery asked;
    asked.cpv = QStringLiteral("45214200");
    auto dialog = openDialog(f, asked);
    auto *empty = child<QLabel>(dialog.get(), "emptyLibrary");
    CHECK(empty->isVisible());
    const QString expected =
        QStringLiteral("The reference library “%1” cannot be read: it is damaged. Remove or rename this file; an "
                       "empty library is made in its place the next time it is opened.")
            .arg(QDir::toNativeSeparators(f.library));
    CHECK(empty->text() == expected);
    CHECK_FALSE(child<QPushButton>(dialog.get(), "search")->isEnabled());
    CHECK_FALSE(child<QPushButton>(dialog.get(), "importFirst")->isVisible()); // nothing to import into
    CHECK(child<QLabel>(dialog.get(), "libraryLine")->text().isEmpty());
    // An import asked all the same is refused with the same reason.
    CHECK(dialog->importFile(f.decpFile, false) == expected);
    dialog.reset();

    // Removed, as the window advises: the next window makes an empty library there and offers the import.
    REQUIRE(QFile::remove(f.library));
    auto again = openDialog(f, asked);
    CHECK(child<QLabel>(again.get(), "emptyLibrary")
              ->text()
              .startsWith(QStringLiteral("The reference library of past contracts is empty.")));
    CHECK(child<QPushButton>(again.get(), "importFirst")->isVisible());
}

TEST_CASE("Comparables: a library another program is writing is said to be busy", "[decpview][comparables]")
{
    ComparablesFixture f;
    f.fill();
    Atelier::Sql::Connection other(f.library, SQLITE_OPEN_READWRITE);
    other.exec(QStringLiteral("BEGIN EXCLUSIVE"));
    Decp::ComparableQuery asked;
    asked.cpv = QStringLiteral("45214200");
    auto dialog = openDialog(f, asked); // waits 2 s for the library, then tells
    CHECK(child<QLabel>(dialog.get(), "emptyLibrary")->text() ==
          QStringLiteral("The reference library “%1” is being written by another program: try again in a moment.")
              .arg(QDir::toNativeSeparators(f.library)));
    other.exec(QStringLiteral("ROLLBACK"));
}

// Not run by CTest (hidden): the window for people to look at.
// ATELIER_SCREENSHOTS=folder test_decpview "[.screenshots]"
TEST_CASE("Screenshot of the comparables window", "[.screenshots]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    {
        ComparablesFixture f;
        f.fill();
        Decp::ComparableQuery query;
        query.cpv = QStringLiteral("45214200-2");
        query.level = Decp::CpvLevel::Class;
        query.atLeast = 3;
        auto dialog = openDialog(f, query);
        QTest::qWait(300);
        const QString folder = qEnvironmentVariable("ATELIER_SCREENSHOTS", QDir::tempPath());
        CHECK(dialog->grab().save(QStringLiteral("%1/comparables.png").arg(folder)));
        ComparablesFixture none;
        auto emptyDialog = openDialog(none, query);
        QTest::qWait(200);
        CHECK(emptyDialog->grab().save(QStringLiteral("%1/comparables-empty.png").arg(folder)));
    }
    QLocale::setDefault(before);
}
