// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reference library: a file of its own, no duplicates, and comparables (the CPV hierarchy, widening,
// ranges, holder, buyer, dates) with their distribution of amounts — every expected value by hand.
#include "catchqt.h"

#include "core/sqlite.h"
#include "decp/referencelibrary.h"

#include <QBuffer>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace Atelier;
using namespace Atelier::Decp;

namespace {

PastContract past(const QString &id, const QString &cpv, qint64 euros, int months = 12,
                  const QDate &on = QDate(2024, 1, 1),
                  const QString &holder = QStringLiteral("55204599900869"),
                  const QString &buyer = QStringLiteral("21750001630066"))
{
    return {id,
            buyer,
            {holder},
            cpv,
            euros * 100,
            months,
            on,
            QStringLiteral("objet ") + id,
            QStringLiteral("Marché"),
            QStringLiteral("Procédure adaptée")};
}

struct LibraryFixture
{
    QTemporaryDir dir;
    std::unique_ptr<ReferenceLibrary> library;
    LibraryFixture()
    {
        QString error;
        library = ReferenceLibrary::open(dir.filePath(QStringLiteral("library.sqlite")), &error);
        INFO(error.toStdString());
        REQUIRE(library);
    }
    /// Eight contracts from the CPV code 45214200 outwards, 100 € to 800 €, and one of another division.
    void fill()
    {
        library->begin();
        CHECK(library->add(past(QStringLiteral("a"), QStringLiteral("45214200"), 100, 6, QDate(2021, 3, 1))));
        CHECK(
            library->add(past(QStringLiteral("b"), QStringLiteral("45214200"), 200, 12, QDate(2022, 3, 1))));
        CHECK(library->add(past(QStringLiteral("c"), QStringLiteral("45214200"), 300, 24, QDate(2023, 3, 1),
                                QStringLiteral("80295478500028"))));
        CHECK(
            library->add(past(QStringLiteral("d"), QStringLiteral("45214200"), 400, 36, QDate(2024, 3, 1))));
        CHECK(library->add(past(QStringLiteral("e"), QStringLiteral("45214100"), 500, 12, QDate(2025, 3, 1),
                                QStringLiteral("80295478500028"), QStringLiteral("21590350100017"))));
        CHECK(library->add(past(QStringLiteral("f"), QStringLiteral("45215000"), 600))); // same class 4521
        CHECK(library->add(past(QStringLiteral("g"), QStringLiteral("45220000"), 700))); // same group 452
        CHECK(library->add(past(QStringLiteral("h"), QStringLiteral("45300000"), 800))); // same division 45
        CHECK(library->add(past(QStringLiteral("i"), QStringLiteral("71221000"), 900))); // another division
        library->commit();
    }
};

ComparableQuery at(CpvLevel level)
{
    ComparableQuery q;
    q.cpv = QStringLiteral("45214200-2");
    q.level = level;
    return q;
}

} // namespace

TEST_CASE("Quartiles by linear interpolation between order statistics", "[decp][comparables]")
{
    const Distribution none = Distribution::of({});
    CHECK(none.count == 0);
    CHECK(none.median == 0);
    const Distribution one = Distribution::of({700});
    CHECK(one.firstQuartile == 700);
    CHECK(one.median == 700);
    CHECK(one.thirdQuartile == 700);
    // 1, 2, 3, 4 (given unsorted): h = 3p → Q1 at h = 0.75: 1 + 0.75 = 1.75; median 2.5; Q3 at 2.25: 3.25.
    const Distribution four = Distribution::of({4, 1, 3, 2});
    CHECK(four.minimum == 1);
    CHECK(four.firstQuartile == 1.75);
    CHECK(four.median == 2.5);
    CHECK(four.thirdQuartile == 3.25);
    CHECK(four.maximum == 4);
}

TEST_CASE("The CPV hierarchy: category, class, group, division, and the whole code", "[decp][comparables]")
{
    LibraryFixture f;
    f.fill();
    CHECK(f.library->count() == 9);

    // Category 45214: a, b, c, d, e — 100 … 500 €; n = 5, h = 4p: Q1 = x[1], median x[2], Q3 x[3].
    const Comparables category = f.library->comparables(at(CpvLevel::Category));
    CHECK(category.prefix == QStringLiteral("45214"));
    CHECK(category.total == 5);
    CHECK(category.amounts.minimum == 10000);
    CHECK(category.amounts.firstQuartile == 20000);
    CHECK(category.amounts.median == 30000);
    CHECK(category.amounts.thirdQuartile == 40000);
    CHECK(category.amounts.maximum == 50000);

    // Class 4521: + f — 100 … 600 €; h = 5p: Q1 at 1.25 → 225 €, median at 2.5 → 350 €, Q3 at 3.75 → 475 €.
    const Comparables cls = f.library->comparables(at(CpvLevel::Class));
    CHECK(cls.total == 6);
    CHECK(cls.amounts.firstQuartile == 22500);
    CHECK(cls.amounts.median == 35000);
    CHECK(cls.amounts.thirdQuartile == 47500);

    // Group 452: + g — 100 … 700 €; h = 6p: Q1 at 1.5 → 250 €, median 400 €, Q3 at 4.5 → 550 €.
    const Comparables group = f.library->comparables(at(CpvLevel::Group));
    CHECK(group.total == 7);
    CHECK(group.amounts.firstQuartile == 25000);
    CHECK(group.amounts.median == 40000);
    CHECK(group.amounts.thirdQuartile == 55000);

    // Division 45: + h — 100 … 800 €; h = 7p: Q1 at 1.75 → 275 €, median at 3.5 → 450 €, Q3 at 5.25 → 625 €.
    const Comparables division = f.library->comparables(at(CpvLevel::Division));
    CHECK(division.prefix == QStringLiteral("45"));
    CHECK(division.total == 8);
    CHECK(division.amounts.firstQuartile == 27500);
    CHECK(division.amounts.median == 45000);
    CHECK(division.amounts.thirdQuartile == 62500);

    const Comparables code = f.library->comparables(at(CpvLevel::Code));
    CHECK(code.total == 4);

    ComparableQuery tooShort = at(CpvLevel::Category);
    tooShort.cpv = QStringLiteral("452");
    CHECK_FALSE(f.library->comparables(tooShort).valid);
}

TEST_CASE("Too few comparables: the next wider level, until enough or the division", "[decp][comparables]")
{
    LibraryFixture f;
    f.fill();
    ComparableQuery q = at(CpvLevel::Category);
    q.atLeast = 7; // category 5, class 6, group 7
    const Comparables widened = f.library->comparables(q);
    CHECK(widened.level == CpvLevel::Group);
    CHECK(widened.prefix == QStringLiteral("452"));
    CHECK(widened.total == 7);
    q.atLeast = 50; // never enough: stops at the division
    CHECK(f.library->comparables(q).level == CpvLevel::Division);
    CHECK(f.library->comparables(q).total == 8);
}

TEST_CASE("Ranges of amount, duration and date; holder and buyer; rows most recent first",
          "[decp][comparables]")
{
    LibraryFixture f;
    f.fill();
    ComparableQuery q = at(CpvLevel::Division);
    q.minimumCents = 20000;
    q.maximumCents = 45000;
    CHECK(f.library->comparables(q).total == 3); // b, c, d

    q = at(CpvLevel::Category);
    q.minimumMonths = 12;
    q.maximumMonths = 24;
    CHECK(f.library->comparables(q).total == 3); // b, c, e

    q = at(CpvLevel::Category);
    q.from = QDate(2022, 3, 1);
    q.to = QDate(2024, 3, 1);
    CHECK(f.library->comparables(q).total == 3); // b, c, d (both ends included)

    q = at(CpvLevel::Category);
    q.holder = QStringLiteral("80295478500028");
    const Comparables byHolder = f.library->comparables(q);
    CHECK(byHolder.total == 2); // c, e
    CHECK(byHolder.amounts.median == 40000);

    q = at(CpvLevel::Category);
    q.buyer = QStringLiteral("21590350100017");
    CHECK(f.library->comparables(q).total == 1); // e

    q = at(CpvLevel::Category);
    q.rowLimit = 2;
    const Comparables recent = f.library->comparables(q);
    CHECK(recent.total == 5);
    REQUIRE(recent.rows.size() == 2);
    CHECK(recent.rows.at(0).id == QStringLiteral("e"));
    CHECK(recent.rows.at(1).id == QStringLiteral("d"));
    CHECK(recent.rows.at(0) == past(QStringLiteral("e"), QStringLiteral("45214100"), 500, 12,
                                    QDate(2025, 3, 1), QStringLiteral("80295478500028"),
                                    QStringLiteral("21590350100017")));
}

TEST_CASE("Importing the same records twice does not duplicate them", "[decp][library]")
{
    LibraryFixture f;
    auto marche = [](const char *id) {
        return QByteArray(R"({"id": ")") + id +
               R"(", "acheteur": {"id": "21750001630066"}, "nature": "Marché", "objet": "o", "codeCPV": "45000000-7",
               "procedure": "Procédure adaptée", "dureeMois": 12, "dateNotification": "2024-05-15", "montant": 1000,
               "titulaires": [{"titulaire": {"id": "55204599900869", "typeIdentifiant": "SIRET"}},
                              {"titulaire": {"id": "80295478500028", "typeIdentifiant": "SIRET"}}]})";
    };
    QByteArray file =
        "{\"marches\": {\"marche\": [" + marche("A") + "," + marche("B") + "," + marche("A") + "]}}";
    QBuffer once(&file);
    REQUIRE(once.open(QIODevice::ReadOnly));
    const ImportReport first = f.library->import(once);
    CHECK(first.file.valid == 3);
    CHECK(first.stored == 2);
    CHECK(first.duplicates == 1);
    QBuffer twice(&file);
    REQUIRE(twice.open(QIODevice::ReadOnly));
    const ImportReport second = f.library->import(twice);
    CHECK(second.stored == 0);
    CHECK(second.duplicates == 3);
    CHECK(f.library->count() == 2);
    // A file with one new marché and one known: the library now full takes the new one only.
    QByteArray more = "[" + marche("C") + "," + marche("B") + "]";
    QBuffer third(&more);
    REQUIRE(third.open(QIODevice::ReadOnly));
    const ImportReport next = f.library->import(third);
    CHECK(next.stored == 1);
    CHECK(next.duplicates == 1);
    CHECK(f.library->count() == 3);
    {
        // The first import (into the empty library) built both indexes at its end.
        Sql::Connection db(f.dir.filePath(QStringLiteral("library.sqlite")), SQLITE_OPEN_READONLY);
        CHECK(db.scalar(QStringLiteral("SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema "
                                       "WHERE type = 'index' ORDER BY name)"))
                  .toString() == QStringLiteral("past_contract_cpv past_contract_key"));
    }
    ComparableQuery q;
    q.cpv = QStringLiteral("45000000");
    q.holder = QStringLiteral("80295478500028");
    const Comparables both = f.library->comparables(q);
    CHECK(both.total == 3);
    CHECK(both.rows.first().holders ==
          QStringList{QStringLiteral("55204599900869"), QStringLiteral("80295478500028")});
}

TEST_CASE("The library is a file of its own: another SQLite file is refused", "[decp][library]")
{
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        Sql::Connection db(other, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        db.exec(QStringLiteral("CREATE TABLE t (x)"));
    }
    QString error;
    CHECK_FALSE(ReferenceLibrary::open(other, &error));
    CHECK(error ==
          QStringLiteral("“other.sqlite” is not a reference library of Atelier Achat: choose another file."));
    const QString path = dir.filePath(QStringLiteral("sub/library.sqlite"));
    {
        auto library = ReferenceLibrary::open(path, &error);
        REQUIRE(library);
        library->begin();
        library->add(past(QStringLiteral("a"), QStringLiteral("45214200"), 100));
        library->commit();
    }
    auto again = ReferenceLibrary::open(path, &error);
    REQUIRE(again);
    CHECK(again->count() == 1);
    CHECK(ReferenceLibrary::defaultPath().endsWith(QStringLiteral("/reference-library.sqlite")));
}

TEST_CASE("Imports of many batches; one the library cannot store keeps nothing and stops reading",
          "[decp][library]")
{
    auto file = [](int n) {
        QByteArray bytes = "[";
        for (int i = 0; i < n; ++i)
            bytes +=
                (i ? "," : "") + QByteArray(R"({"id": "M)") + QByteArray::number(i) +
                R"(", "acheteur": {"id": "21750001630066"}, "nature": "Marché", "objet": "o", )"
                R"("codeCPV": "45000000", "procedure": "Procédure adaptée", "dureeMois": 12, )"
                R"("dateNotification": "2024-05-15", "montant": 1000, "titulaires": [{"id": "55204599900869"}]})";
        return bytes + "]";
    };
    // Five thousand marchés: three of the reader's batches (2,048 each), all stored.
    LibraryFixture f;
    QByteArray some = file(5000);
    QBuffer all(&some);
    REQUIRE(all.open(QIODevice::ReadOnly));
    const ImportReport stored = f.library->import(all);
    CHECK(stored.file.fatal.isEmpty());
    CHECK(stored.stored == 5000);
    CHECK(f.library->count() == 5000);

    // Another program holds the library (a write under way): after the wait (2 s), nothing is kept, and
    // the reading stopped soon after — it reads ahead at most a few batches — instead of going to the end.
    const QString path = f.dir.filePath(QStringLiteral("library.sqlite"));
    Sql::Connection other(path, SQLITE_OPEN_READWRITE);
    other.exec(QStringLiteral("BEGIN EXCLUSIVE"));
    QByteArray many = file(60000);
    QBuffer blocked(&many);
    REQUIRE(blocked.open(QIODevice::ReadOnly));
    const ImportReport refused = f.library->import(blocked);
    CHECK(refused.stored == 0);
    CHECK(refused.duplicates == 0);
    CHECK(refused.file.fatal ==
          QStringLiteral("the library could not store the contracts (database is locked): none was kept"));
    CHECK(refused.file.read < 60000 / 2);
    other.exec(QStringLiteral("ROLLBACK"));
    CHECK(f.library->count() == 5000);
}
