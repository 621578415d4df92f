// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The recruitment pool read from CSV files as French administrations produce them: each dialect (the
// fixtures are written here, byte by byte), the headers recognised, every rejected line with its
// number and reason, the same person on two lists.
#include "catchqt.h"

#include "jury/poolimport.h"

using namespace Atelier::Jury;

namespace {

const QDate kToday(2026, 12, 1);

/// The header and two people, written in a dialect.
QByteArray roll(const char *separator, const char *newline, bool bom)
{
    const QString sep = QString::fromLatin1(separator), nl = QString::fromLatin1(newline);
    const auto line = [&](const QStringList &fields) { return fields.join(sep) + nl; };
    QString text = line({QStringLiteral("Nom"), QStringLiteral("Nom d'usage"), QStringLiteral("Prénom(s)"), QStringLiteral("Date de naissance"),
                         QStringLiteral("Sexe"), QStringLiteral("Bureau de vote"), QStringLiteral("Adresse"), QStringLiteral("Commune")});
    text += line({QStringLiteral("MARTIN"), QStringLiteral("DURAND"), QStringLiteral("Léa Françoise"), QStringLiteral("15/03/1987"),
                  QStringLiteral("F"), QStringLiteral("Bureau 3 — École Jean-Zay"), QStringLiteral("\"12, rue des Écoles\""),
                  QStringLiteral("Valbrune")});
    text += line({QStringLiteral("Œuvray"), QString(), QStringLiteral("Jérôme"), QStringLiteral("1951-11-02"), QStringLiteral("M"),
                  QStringLiteral("Bureau 1 — Mairie"), QStringLiteral("8 place du Marché"), QStringLiteral("Valbrune")});
    QByteArray bytes = text.toUtf8();
    if (bom)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

void checkTwoPeople(const CsvTable &table)
{
    REQUIRE(table.records.size() == 3);
    const PoolImport pool = Pool::read(table, Pool::guess(table.records.first()), kToday);
    for (const Rejection &r : pool.rejected)
        UNSCOPED_INFO(r.line << ": " << r.reason.toStdString());
    CHECK(pool.rejected.isEmpty());
    REQUIRE(pool.accepted.size() == 2);
    CHECK(pool.accepted[0].lastName == QStringLiteral("DURAND")); // the usage name wins
    CHECK(pool.accepted[0].firstNames == QStringLiteral("Léa Françoise"));
    CHECK(pool.accepted[0].birthYear == 1987);
    CHECK(pool.accepted[0].sex == u'F');
    CHECK(pool.accepted[0].neighbourhood == QStringLiteral("Bureau 3 — École Jean-Zay"));
    CHECK(pool.accepted[0].household.size() == 64);
    CHECK(pool.accepted[1].lastName == QStringLiteral("Œuvray"));
    CHECK(pool.accepted[1].birthYear == 1951);
    CHECK(pool.accepted[1].sex == u'M');
    CHECK(pool.accepted[1].line == 3);
}

} // namespace

TEST_CASE("Pool CSV: ; and , and tab, UTF-8 with and without BOM, CRLF, LF and CR", "[jury][pool]")
{
    for (const char *sep : {";", ",", "\t"})
        for (const char *nl : {"\r\n", "\n", "\r"})
            for (const bool bom : {true, false}) {
                INFO(std::string("separator ") + sep + ", bom " + (bom ? "yes" : "no"));
                const CsvTable table = Csv::read(roll(sep, nl, bom));
                CHECK(table.separator == QChar::fromLatin1(sep[0]));
                CHECK(table.encoding == QStringLiteral("UTF-8"));
                CHECK(table.bom == bom);
                checkTwoPeople(table);
            }
}

TEST_CASE("Pool CSV: Windows-1252 from an old spreadsheet", "[jury][pool]")
{
    // "Prénom;Nom;Année;Sexe" / "Zoé;Lefèvre;1990;F" / "Noël;Cœur;1975;M", in Windows-1252 bytes.
    const QByteArray bytes("Pr\xE9nom;Nom;Ann\xE9\x65;Sexe\r\nZo\xE9;Lef\xE8vre;1990;F\r\nNo\xEBl;C\x9Cur;1975;M\r\n");
    const CsvTable table = Csv::read(bytes);
    CHECK(table.encoding == QStringLiteral("Windows-1252"));
    REQUIRE(table.records.size() == 3);
    CHECK(table.records[0][0] == QStringLiteral("Prénom"));
    CHECK(table.records[2][1] == QStringLiteral("Cœur")); // 0x9C is œ in Windows-1252, not in Latin-1
    const PoolImport pool = Pool::read(table, Pool::guess(table.records.first()), kToday);
    REQUIRE(pool.accepted.size() == 2);
    CHECK(pool.accepted[0].firstNames == QStringLiteral("Zoé"));
    CHECK(pool.accepted[1].lastName == QStringLiteral("Cœur"));
}

TEST_CASE("Pool CSV: quoted fields with separators, doubled quotes and line breaks; lines counted in the file", "[jury][pool]")
{
    const QByteArray bytes("Nom;Pr\xC3\xA9nom;Naissance;Sexe;Adresse\r\n"
                           "\"Dupont; dit \"\"Le Grand\"\"\";Marc;1960;M;\"3 impasse des Lilas\r\nB\xC3\xA2timent B\"\r\n"
                           "\r\n"
                           ";;;;\r\n"
                           "Petit;Anne;1999;F;1 rue Haute\r\n");
    const CsvTable table = Csv::read(bytes);
    REQUIRE(table.records.size() == 3); // the blank line and the line of empty fields are skipped
    CHECK(table.records[1][0] == QStringLiteral("Dupont; dit \"Le Grand\""));
    CHECK(table.records[1][4] == QStringLiteral("3 impasse des Lilas\nBâtiment B"));
    CHECK(table.lines == QList<int>{1, 2, 6}); // the address took two lines of the file
}

TEST_CASE("Pool: usual French headers recognised, the mapping says what it lacks", "[jury][pool]")
{
    CHECK(Pool::fieldOf(QStringLiteral("PRÉNOMS")) == PoolField::FirstNames);
    CHECK(Pool::fieldOf(QStringLiteral("Prénom(s)")) == PoolField::FirstNames);
    CHECK(Pool::fieldOf(QStringLiteral("Nom d’usage")) == PoolField::UsageName);
    CHECK(Pool::fieldOf(QStringLiteral("Date de naissance")) == PoolField::Birth);
    CHECK(Pool::fieldOf(QStringLiteral("Né(e) le")) == PoolField::Birth);
    CHECK(Pool::fieldOf(QStringLiteral("Bureau de vote")) == PoolField::PollingStation);
    CHECK(Pool::fieldOf(QStringLiteral("QUARTIER")) == PoolField::Neighbourhood);
    CHECK(Pool::fieldOf(QStringLiteral("Civilité")) == PoolField::Sex);
    CHECK_FALSE(Pool::fieldOf(QStringLiteral("Téléphone")));
    const Mapping m = Pool::guess({QStringLiteral("Nom"), QStringLiteral("Téléphone"), QStringLiteral("Prénom")});
    CHECK(m.value(PoolField::LastName) == 0);
    CHECK(m.value(PoolField::FirstNames) == 2);
    CHECK(Pool::missing(m) == QStringList{QStringLiteral("the date or year of birth"), QStringLiteral("the sex")});
}

TEST_CASE("Pool: every rejected line named with its reason, nothing dropped silently", "[jury][pool]")
{
    const QByteArray bytes("Nom;Pr\xC3\xA9nom;Date de naissance;Sexe\n"
                           "Martin;Paul;12/05/1980;M\n"   // 2 accepted
                           ";Sans;1970;F\n"               // 3 no name
                           "Roux;;1970;F\n"               // 4 no first name
                           "Blanc;Eve;31/02/1980;F\n"     // 5 not a date
                           "Noir;Jean;vers 1950;M\n"      // 6 not understood
                           "Vert;Lou;2015;F\n"            // 7 too young
                           "Gris;Max;1982;X\n"            // 8 sex not understood
                           "Brun;Ida\n"                   // 9 fields missing
                           "martin;PAUL;1980;Monsieur\n"  // 10 the same person as line 2
                           "Rose;Iris;1991;Mme\n");       // 11 accepted
    const CsvTable table = Csv::read(bytes);
    const PoolImport pool = Pool::read(table, Pool::guess(table.records.first()), kToday);
    REQUIRE(pool.accepted.size() == 2);
    CHECK(pool.accepted[1].sex == u'F');
    REQUIRE(pool.rejected.size() == 8);
    QList<int> lines;
    for (const Rejection &r : pool.rejected)
        lines << r.line;
    CHECK(lines == QList<int>{3, 4, 5, 6, 7, 8, 9, 10});
    CHECK(pool.rejected[0].reason == QStringLiteral("no name"));
    CHECK(pool.rejected[1].reason == QStringLiteral("no first name"));
    CHECK(pool.rejected[2].reason == QStringLiteral("date of birth “31/02/1980” not understood"));
    CHECK(pool.rejected[4].reason == QStringLiteral("born in 2015: a juror is at least 16"));
    CHECK(pool.rejected[5].reason == QStringLiteral("sex “X” not understood"));
    CHECK(pool.rejected[6].reason.startsWith(QStringLiteral("2 field(s) where the header has 4")));
    CHECK(pool.rejected[7].reason == QStringLiteral("the same person as an earlier line"));
    CHECK(pool.repeated == 1);
    CHECK(pool.accepted.size() + pool.rejected.size() == table.records.size() - 1);
}

TEST_CASE("Pool: the same person on the electoral roll and among the volunteers", "[jury][pool]")
{
    const QDate today = kToday;
    const auto people = [today](const char *csv) {
        const CsvTable t = Csv::read(QByteArray(csv));
        return Pool::read(t, Pool::guess(t.records.first()), today).accepted;
    };
    const QList<PoolPerson> rollList = people("Nom;Prenom;Annee;Sexe\nLef\xC3\xA8vre;Zo\xC3\xA9;1990;F\nMartin;Paul;1980;M\n");
    const QList<PoolPerson> volunteers = people("Prenom,Nom,Date de naissance,Sexe\nPaul,Martin,1980-04-01,H\nZoe,LEFEVRE,02/02/1990,F\nAli,Ba,1970,M\n");
    const QList<QPair<int, int>> same = Pool::sameIn(rollList, volunteers);
    // Accents and case do not hide a person; the birth year is what the pool keeps.
    CHECK(same == QList<QPair<int, int>>{{1, 0}, {0, 1}});
}
