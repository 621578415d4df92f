// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The question grid's files: the answer file (CSV) written and read back, the grid document (ODT)
// opened by unzip, an XML reader and, when installed, LibreOffice. The test main sets the default
// locale to English (United States): "1,000", "12.5".
#include "catchqt.h"

#include "sourcing/grid.h"
#include "sourcing/gridformats.h"
#include "sourcing/gridwording.h"
#include "sourcing/odtwriter.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QUrl>
#include <QXmlStreamReader>

using namespace Atelier::Sourcing;

namespace {

/// The default locale for one test, restored after it.
struct LocaleScope
{
    explicit LocaleScope(const QLocale &locale) { QLocale::setDefault(locale); }
    ~LocaleScope() { QLocale::setDefault(saved); }
    LocaleScope(const LocaleScope &) = delete;
    LocaleScope &operator=(const LocaleScope &) = delete;
    QLocale saved;
};

GridQuestion numberQuestion()
{
    GridQuestion q;
    q.id = QStringLiteral("q-energy");
    q.text = QStringLiteral("Consommation d’énergie annuelle");
    q.impact = QStringLiteral("Climat");
    q.type = AnswerType::Number;
    q.unit = QStringLiteral("kWh/year");
    q.weight = 10;
    q.ideal = 1000;
    q.threshold = 5000;
    q.higherIsBetter = false;
    return q;
}

GridQuestion yesNoQuestion()
{
    GridQuestion q;
    q.id = QStringLiteral("q-pack");
    q.text = QStringLiteral("Emballages ; \"zéro déchet\"\nprécisez");
    q.impact = QStringLiteral("Déchets");
    q.type = AnswerType::YesNo;
    q.weight = 1000;
    q.required = false;
    return q;
}

GridQuestion choiceQuestion()
{
    GridQuestion q;
    q.id = QStringLiteral("q-material");
    q.text = QStringLiteral("Matériau principal");
    q.impact = QStringLiteral("Ressources");
    q.type = AnswerType::Choice;
    q.weight = 6;
    q.choices = {{QStringLiteral("c-wood"), QStringLiteral("Bois"), 3},
                 {QStringLiteral("c-metal"), QStringLiteral("Métal recyclé"), 2},
                 {QStringLiteral("c-plastic"), QStringLiteral("Plastique"), 0}};
    return q;
}

GridQuestion textQuestion()
{
    GridQuestion q;
    q.id = QStringLiteral("q-plan");
    q.text = QStringLiteral("Plan de réduction des déchets");
    q.impact = QStringLiteral("Déchets");
    q.type = AnswerType::Text;
    q.weight = 4;
    q.scaleMax = 5;
    return q;
}

QList<GridQuestion> grid()
{
    return {numberQuestion(), yesNoQuestion(), choiceQuestion(), textQuestion()};
}

/// The answers as "id=text" lines, for readable comparisons.
QStringList flat(const QList<GridAnswer> &answers)
{
    QStringList lines;
    for (const GridAnswer &a : answers)
        lines << a.questionId + QLatin1Char('=') + a.text +
                     (a.handScore == -1 ? QString() : QStringLiteral(" (scored)"));
    return lines;
}

/// A minimal answer file: the header, then one line answering `questionId` with `typed` (quoted).
CsvImport answer(const QString &questionId, const QString &typed)
{
    QString quoted = typed;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    const QString csv = QStringLiteral("Reference;Answer\r\n") + questionId + QStringLiteral(";\"") + quoted +
                        QStringLiteral("\"\r\n");
    return readAnswersCsv(csv.toUtf8(), grid());
}

/// The normalised answer `typed` gives, or the errors joined.
QString normalised(const QString &questionId, const QString &typed)
{
    const CsvImport result = answer(questionId, typed);
    if (!result.errors.isEmpty())
        return QStringLiteral("error: ") + result.errors.join(QStringLiteral(" | "));
    if (result.answers.isEmpty())
        return QStringLiteral("unanswered");
    REQUIRE(result.answers.size() == 1);
    CHECK(result.answers.first().questionId == questionId);
    return result.answers.first().text;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
};

Run run(const QString &program, const QStringList &arguments, int timeoutMs = 30000)
{
    QProcess p;
    p.start(program, arguments);
    REQUIRE(p.waitForFinished(timeoutMs));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput()};
}

quint16 le16(const QByteArray &b, qsizetype at)
{
    return quint16(quint8(b.at(at)) | (quint8(b.at(at + 1)) << 8));
}

/// The entry `name` of the zip at `path`, as `unzip -p` extracts it.
QByteArray entry(const QString &path, const QString &name)
{
    const Run r = run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, name});
    REQUIRE(r.exitCode == 0);
    return r.out;
}

/// Whether `xml` reads to its end without an error; `error` says where it stopped.
bool wellFormed(const QByteArray &xml, QString *error = nullptr)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    if (reader.hasError() && error)
        *error = QStringLiteral("%1 at line %2").arg(reader.errorString()).arg(reader.lineNumber());
    return !reader.hasError();
}

/// The text of an ODF content.xml as a reader shows it: <text:s/> spaces, tabs, line breaks, and
/// a line feed after each paragraph or heading.
QString odtText(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isCharacters()) {
            text += reader.text();
        } else if (reader.isStartElement() &&
                   reader.namespaceUri() == QLatin1String("urn:oasis:names:tc:opendocument:xmlns:text:1.0")) {
            if (reader.name() == QLatin1String("s"))
                text += QString(qMax(1, reader.attributes().value(QLatin1String("text:c")).toInt()),
                                QLatin1Char(' '));
            else if (reader.name() == QLatin1String("tab"))
                text += QLatin1Char('\t');
            else if (reader.name() == QLatin1String("line-break"))
                text += QLatin1Char('\n');
        } else if (reader.isEndElement() && (reader.qualifiedName() == QLatin1String("text:p") ||
                                             reader.qualifiedName() == QLatin1String("text:h"))) {
            text += QLatin1Char('\n');
        }
    }
    REQUIRE(!reader.hasError());
    return text;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    file.close();
    return path;
}

} // namespace

// Keys and words ---------------------------------------------------------------------------------

TEST_CASE("Answer type keys round trip and an unknown key reads as text", "[gridformats]")
{
    CHECK(answerTypeKey(AnswerType::Text) == QStringLiteral("text"));
    CHECK(answerTypeKey(AnswerType::YesNo) == QStringLiteral("yes_no"));
    CHECK(answerTypeKey(AnswerType::Number) == QStringLiteral("number"));
    CHECK(answerTypeKey(AnswerType::Choice) == QStringLiteral("choice"));
    for (const AnswerType t : {AnswerType::Text, AnswerType::YesNo, AnswerType::Number, AnswerType::Choice})
        CHECK(answerTypeFromKey(answerTypeKey(t)) == t);
    CHECK(answerTypeFromKey(QStringLiteral("slider")) == AnswerType::Text);
    CHECK(answerTypeFromKey(QString()) == AnswerType::Text);
    CHECK(answerTypeFromKey(QStringLiteral("YES_NO")) == AnswerType::Text);
}

TEST_CASE("Expected answers in plain words", "[gridformats][wording]")
{
    CHECK(expectedAnswer(yesNoQuestion()) == QStringLiteral("Yes or no"));
    CHECK(expectedAnswer(numberQuestion()) == QStringLiteral("A number, in kWh/year"));
    GridQuestion bare = numberQuestion();
    bare.unit.clear();
    CHECK(expectedAnswer(bare) == QStringLiteral("A number"));
    CHECK(expectedAnswer(choiceQuestion()) == QStringLiteral("One of: Bois; Métal recyclé; Plastique"));
    CHECK(expectedAnswer(textQuestion()) == QStringLiteral("Free text"));
}

TEST_CASE("Scoring rules in plain words for the bidders", "[gridformats][wording]")
{
    GridQuestion yes = yesNoQuestion();
    yes.weight = 5;
    CHECK(scoringRule(yes) == QStringLiteral("“Yes” earns 5 point(s), “no” none."));
    yes.yesIsGood = false;
    CHECK(scoringRule(yes) == QStringLiteral("“No” earns 5 point(s), “yes” none."));

    // The best option earns the weight, the others in proportion (as Scoring computes it).
    CHECK(scoringRule(choiceQuestion()) ==
          QStringLiteral(
              "Points by answer: “Bois”: 6 point(s); “Métal recyclé”: 4 point(s); “Plastique”: 0 point(s)."));
    GridQuestion thirds = choiceQuestion();
    thirds.weight = 10;
    CHECK(
        scoringRule(thirds) ==
        QStringLiteral(
            "Points by answer: “Bois”: 10 point(s); “Métal recyclé”: 6.67 points; “Plastique”: 0 point(s)."));
    GridQuestion pointless = choiceQuestion();
    for (GridChoice &c : pointless.choices)
        c.points = 0;
    CHECK(scoringRule(pointless) == QStringLiteral("Not scorable yet: no option earns any points."));

    const QString nbsp(QChar(0x00A0));
    CHECK(scoringRule(numberQuestion()) ==
          QStringLiteral("Lower is better: 10 point(s) at 1,000") + nbsp +
              QStringLiteral("kWh/year or less, none at 5,000") + nbsp +
              QStringLiteral("kWh/year or more, in proportion between the two."));
    GridQuestion higher = numberQuestion();
    higher.higherIsBetter = true;
    higher.unit.clear();
    higher.ideal = 80;
    higher.threshold = 12.5;
    CHECK(scoringRule(higher) == QStringLiteral("Higher is better: 10 point(s) at 80 or more, none at 12.5 "
                                                "or less, in proportion between the two."));
    higher.ideal = 12.5;
    CHECK(scoringRule(higher) ==
          QStringLiteral("Not scorable yet: the ideal value must be above the value scoring nothing."));

    CHECK(scoringRule(textQuestion()) ==
          QStringLiteral(
              "Scored by the buying team from 0 to 5: 5 earns 4 point(s), a lower mark in proportion."));

    for (GridQuestion q : grid()) {
        q.weight = 0;
        CHECK(scoringRule(q) == QStringLiteral("Asked for information, not scored."));
    }
}

TEST_CASE("Scoring rules write numbers in the user's locale", "[gridformats][wording]")
{
    const LocaleScope french(QLocale(QLocale::French, QLocale::France));
    const QString narrow(QChar(0x202F)), nbsp(QChar(0x00A0));
    GridQuestion q = numberQuestion();
    q.ideal = 1234.5;
    q.threshold = 12000;
    CHECK(scoringRule(q) ==
          QStringLiteral("Lower is better: 10 point(s) at 1") + narrow + QStringLiteral("234,5") + nbsp +
              QStringLiteral("kWh/year or less, none at 12") + narrow + QStringLiteral("000") + nbsp +
              QStringLiteral("kWh/year or more, in proportion between the two."));
}

// The answer file --------------------------------------------------------------------------------

TEST_CASE("The answer file is the expected CSV bytes for Excel", "[gridformats][csv]")
{
    const QByteArray expected = QByteArrayLiteral(
        "\xEF\xBB\xBF"
        "Reference;No.;Question;Impact sought;Expected answer;Required;Weight;Answer\r\n"
        "q-energy;1;Consommation d’énergie annuelle;Climat;A number, in kWh/year;Yes;10;\r\n"
        "q-pack;2;\"Emballages ; \"\"zéro déchet\"\"\npr\xC3\xA9"
        "cisez\";Déchets;Yes or no;No;1,000;\r\n");
    CHECK(gridCsv({numberQuestion(), yesNoQuestion()}) == expected);
}

TEST_CASE("An empty grid gives the header line alone", "[gridformats][csv]")
{
    CHECK(gridCsv({}) ==
          QByteArrayLiteral("\xEF\xBB\xBF"
                            "Reference;No.;Question;Impact sought;Expected answer;Required;Weight;"
                            "Answer\r\n"));
}

TEST_CASE("The answer file round trips as a bidder fills it", "[gridformats][csv]")
{
    const QByteArray written = gridCsv(grid());
    // The bidder types in the last column (rows end with CR LF; the line feed quoted inside the
    // second question is a bare LF, as Excel writes it).
    QStringList rows = QString::fromUtf8(written).chopped(2).split(QStringLiteral("\r\n"));
    REQUIRE(rows.size() == 5);
    const QStringList typed{QStringLiteral("1 234,5"), QStringLiteral("Oui"), QStringLiteral("métal recyclé"),
                            QStringLiteral("\"Tri à la source ; compostage\"")};
    for (qsizetype i = 1; i < rows.size(); ++i) {
        REQUIRE(rows[i].endsWith(QLatin1Char(';')));
        rows[i] += typed.at(i - 1);
    }
    const QByteArray filled = rows.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";

    const CsvImport result = readAnswersCsv(filled, grid());
    CHECK(result.errors == QStringList());
    CHECK(flat(result.answers) == QStringList{QStringLiteral("q-energy=1234.5"), QStringLiteral("q-pack=yes"),
                                              QStringLiteral("q-material=c-metal"),
                                              QStringLiteral("q-plan=Tri à la source ; compostage")});

    // Read back unfilled: nothing answered, nothing wrong.
    const CsvImport blank = readAnswersCsv(written, grid());
    CHECK(blank.errors == QStringList());
    CHECK(blank.answers.isEmpty());
}

TEST_CASE("Answers come in the grid's order and missing questions are unanswered", "[gridformats][csv]")
{
    const QByteArray csv = "Reference;Answer\r\nq-plan;Un plan\r\nq-energy;12\r\nq-pack;\r\n";
    const CsvImport result = readAnswersCsv(csv, grid());
    CHECK(result.errors == QStringList());
    CHECK(flat(result.answers) ==
          QStringList{QStringLiteral("q-energy=12"), QStringLiteral("q-plan=Un plan")});
}

TEST_CASE("Yes or no answers are normalised", "[gridformats][csv][normalise]")
{
    const QString id = QStringLiteral("q-pack");
    CHECK(normalised(id, QStringLiteral("oui")) == QStringLiteral("yes"));
    CHECK(normalised(id, QStringLiteral("OUI")) == QStringLiteral("yes"));
    CHECK(normalised(id, QStringLiteral(" Non ")) == QStringLiteral("no"));
    CHECK(normalised(id, QStringLiteral("yes")) == QStringLiteral("yes"));
    CHECK(normalised(id, QStringLiteral("No")) == QStringLiteral("no"));
    CHECK(normalised(id, QStringLiteral("o")) == QStringLiteral("yes"));
    CHECK(normalised(id, QStringLiteral("N")) == QStringLiteral("no"));
    CHECK(normalised(id, QStringLiteral("y")) == QStringLiteral("yes"));
    CHECK(normalised(id, QStringLiteral("o u i")) == QStringLiteral("yes"));
    CHECK(normalised(id, QStringLiteral("non") + QChar(0x00A0)) == QStringLiteral("no"));
    CHECK(normalised(id, QStringLiteral("   ")) == QStringLiteral("unanswered"));
    CHECK(normalised(id, QStringLiteral("peut-être")) ==
          QStringLiteral("error: Line 2: “peut-être” is not yes or no."));
    CHECK(normalised(id, QStringLiteral("ouais")) ==
          QStringLiteral("error: Line 2: “ouais” is not yes or no."));
}

TEST_CASE("Number answers are normalised with a dot", "[gridformats][csv][normalise]")
{
    const QString id = QStringLiteral("q-energy");
    CHECK(normalised(id, QStringLiteral("12,5")) == QStringLiteral("12.5"));
    CHECK(normalised(id, QStringLiteral("12.5")) == QStringLiteral("12.5"));
    CHECK(normalised(id, QStringLiteral("1 234,5")) == QStringLiteral("1234.5"));
    CHECK(normalised(id, QStringLiteral("1") + QChar(0x00A0) + QStringLiteral("234,5")) ==
          QStringLiteral("1234.5"));
    CHECK(normalised(id, QStringLiteral("1") + QChar(0x202F) + QStringLiteral("234") + QChar(0x202F) +
                             QStringLiteral("567")) == QStringLiteral("1234567"));
    CHECK(normalised(id, QStringLiteral(" 42 ")) == QStringLiteral("42"));
    CHECK(normalised(id, QStringLiteral("-3,25")) == QStringLiteral("-3.25"));
    CHECK(normalised(id, QStringLiteral("+7")) == QStringLiteral("7"));
    CHECK(normalised(id, QStringLiteral("0")) == QStringLiteral("0"));
    const QString hint = QStringLiteral(" is not a number (write it like 12.5, without the unit).");
    CHECK(normalised(id, QStringLiteral("12 kg")) == QStringLiteral("error: Line 2: “12 kg”") + hint);
    CHECK(normalised(id, QStringLiteral("12 5")) == QStringLiteral("error: Line 2: “12 5”") + hint);
    CHECK(normalised(id, QStringLiteral("1,234.5")) == QStringLiteral("error: Line 2: “1,234.5”") + hint);
    CHECK(normalised(id, QStringLiteral("12,")) == QStringLiteral("error: Line 2: “12,”") + hint);
    CHECK(normalised(id, QStringLiteral("environ 10")) ==
          QStringLiteral("error: Line 2: “environ 10”") + hint);
    CHECK(normalised(id, QStringLiteral("1e3")) == QStringLiteral("error: Line 2: “1e3”") + hint);
}

TEST_CASE("The number hint follows the user's locale", "[gridformats][csv][normalise]")
{
    const LocaleScope french(QLocale(QLocale::French, QLocale::France));
    CHECK(normalised(QStringLiteral("q-energy"), QStringLiteral("12 kg")) ==
          QStringLiteral("error: Line 2: “12 kg” is not a number (write it like 12,5, without the unit)."));
    CHECK(normalised(QStringLiteral("q-energy"), QStringLiteral("12,5")) == QStringLiteral("12.5"));
}

TEST_CASE("Choice answers are read by label or number", "[gridformats][csv][normalise]")
{
    const QString id = QStringLiteral("q-material");
    CHECK(normalised(id, QStringLiteral("Bois")) == QStringLiteral("c-wood"));
    CHECK(normalised(id, QStringLiteral("  BOIS ")) == QStringLiteral("c-wood"));
    CHECK(normalised(id, QStringLiteral("métal RECYCLÉ")) == QStringLiteral("c-metal"));
    CHECK(normalised(id, QStringLiteral("1")) == QStringLiteral("c-wood"));
    CHECK(normalised(id, QStringLiteral("3")) == QStringLiteral("c-plastic"));
    const QString options =
        QStringLiteral(" is not one of the options: Bois; Métal recyclé; Plastique (or their "
                       "number, from 1 to 3).");
    CHECK(normalised(id, QStringLiteral("4")) == QStringLiteral("error: Line 2: “4”") + options);
    CHECK(normalised(id, QStringLiteral("0")) == QStringLiteral("error: Line 2: “0”") + options);
    CHECK(normalised(id, QStringLiteral("Verre")) == QStringLiteral("error: Line 2: “Verre”") + options);
    CHECK(normalised(id, QStringLiteral("c-wood")) == QStringLiteral("error: Line 2: “c-wood”") + options);
}

TEST_CASE("Text answers are kept as typed and trimmed", "[gridformats][csv][normalise]")
{
    const QString id = QStringLiteral("q-plan");
    CHECK(normalised(id, QStringLiteral("  Compostage sur site  ")) == QStringLiteral("Compostage sur site"));
    CHECK(normalised(id, QStringLiteral("Ligne 1\nLigne 2 ; \"fin\"")) ==
          QStringLiteral("Ligne 1\nLigne 2 ; \"fin\""));
    CHECK(normalised(id, QStringLiteral("%1 %2 100 %")) == QStringLiteral("%1 %2 100 %"));
    CHECK(normalised(id, QString()) == QStringLiteral("unanswered"));
}

TEST_CASE("Every problem of a file is reported with its line and nothing is imported",
          "[gridformats][csv][errors]")
{
    // Line 3 spans two lines of text: a spreadsheet shows it as one row, and so do the errors.
    const QByteArray csv = "Reference;Answer\r\n"       // 1
                           "q-energy;12 kg\r\n"         // 2
                           "q-plan;\"Premier point\r\n" // 3
                           "second point\"\r\n"         //   (still 3)
                           "q-unknown;oui\r\n"          // 4
                           "q-energy;14\r\n"            // 5
                           ";oui\r\n"                   // 6
                           ";\r\n"                      // 7: blank, skipped
                           "q-pack;peut-être\r\n"       // 8
                           "q-material;Verre\r\n";      // 9
    const CsvImport result = readAnswersCsv(csv, grid());
    CHECK(result.answers.isEmpty());
    CHECK(result.errors ==
          QStringList{
              QStringLiteral("Line 2: “12 kg” is not a number (write it like 12.5, without the unit)."),
              QStringLiteral("Line 4: “q-unknown” is not the reference of a question of this grid."),
              QStringLiteral("Line 5: question “q-energy” is already on line 2."),
              QStringLiteral(
                  "Line 6: there is an answer but no reference: the line cannot be matched to a question."),
              QStringLiteral("Line 8: “peut-être” is not yes or no."),
              QStringLiteral(
                  "Line 9: “Verre” is not one of the options: Bois; Métal recyclé; Plastique (or their "
                  "number, from 1 to 3)."),
          });
}

TEST_CASE("An unknown reference is an error even without an answer", "[gridformats][csv][errors]")
{
    const CsvImport result = readAnswersCsv("Reference;Answer\nq-pack;oui\nq-gone;\n", grid());
    CHECK(result.answers.isEmpty());
    CHECK(result.errors ==
          QStringList{QStringLiteral("Line 3: “q-gone” is not the reference of a question of this grid.")});
}

TEST_CASE("Blank lines before the header count as lines", "[gridformats][csv][errors]")
{
    const CsvImport result = readAnswersCsv("\r\n;;;\r\nReference;Answer\r\nq-pack;peut-être\r\n", grid());
    CHECK(result.errors == QStringList{QStringLiteral("Line 4: “peut-être” is not yes or no.")});
}

TEST_CASE("The separator is detected from the header line", "[gridformats][csv][separator]")
{
    const QStringList expected{QStringLiteral("q-energy=12.5"), QStringLiteral("q-pack=no"),
                               QStringLiteral("q-plan=a, b; c")};
    SECTION("semicolon")
    {
        const CsvImport r = readAnswersCsv(
            "Reference;Question;Answer\r\nq-energy;x;12,5\r\nq-pack;y;non\r\nq-plan;z;\"a, b; c\"\r\n",
            grid());
        CHECK(r.errors == QStringList());
        CHECK(flat(r.answers) == expected);
    }
    SECTION("comma as LibreOffice writes it")
    {
        const CsvImport r = readAnswersCsv("\"Reference\",\"No.\",\"Question\",\"Answer\"\n"
                                           "\"q-energy\",1,\"Énergie ; kWh\",\"12,5\"\n"
                                           "\"q-pack\",2,\"Emballages\",\"non\"\n"
                                           "\"q-plan\",3,\"Plan\",\"a, b; c\"\n",
                                           grid());
        CHECK(r.errors == QStringList());
        CHECK(flat(r.answers) == expected);
    }
    SECTION("tab")
    {
        const CsvImport r =
            readAnswersCsv("Reference\tQuestion; with a semicolon\tAnswer\r\nq-energy\tx, y\t12,5\r\n"
                           "q-pack\ty\tnon\r\nq-plan\tz\ta, b; c\r\n",
                           grid());
        CHECK(r.errors == QStringList());
        CHECK(flat(r.answers) == expected);
    }
    SECTION("columns in another order and header words in another case")
    {
        const CsvImport r = readAnswersCsv(
            " answer ;REFERENCE\r\n12,5;q-energy\r\nnon;q-pack\r\n\"a, b; c\";q-plan\r\n", grid());
        CHECK(r.errors == QStringList());
        CHECK(flat(r.answers) == expected);
    }
}

TEST_CASE("A file saved again without BOM and with LF or CR line ends reads the same", "[gridformats][csv]")
{
    QByteArray csv = gridCsv(grid());
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    csv.remove(0, 3);
    csv.replace("Yes;10;\r\n", "Yes;10;12\r\n");
    csv.replace("No;1,000;\r\n", "No;1,000;oui\r\n");
    SECTION("CR LF")
    {
        const CsvImport r = readAnswersCsv(csv, grid());
        CHECK(r.errors == QStringList());
        CHECK(flat(r.answers) == QStringList{QStringLiteral("q-energy=12"), QStringLiteral("q-pack=yes")});
    }
    SECTION("LF")
    {
        const CsvImport r = readAnswersCsv(QByteArray(csv).replace("\r\n", "\n"), grid());
        CHECK(r.errors == QStringList());
        CHECK(flat(r.answers) == QStringList{QStringLiteral("q-energy=12"), QStringLiteral("q-pack=yes")});
    }
    SECTION("CR")
    {
        const CsvImport r = readAnswersCsv(QByteArray(csv).replace("\r\n", "\r"), grid());
        CHECK(r.errors == QStringList());
        CHECK(flat(r.answers) == QStringList{QStringLiteral("q-energy=12"), QStringLiteral("q-pack=yes")});
    }
}

TEST_CASE("Excel's trailing empty columns and rows are ignored", "[gridformats][csv]")
{
    const QByteArray csv =
        "\xEF\xBB\xBFReference;No.;Question;Impact sought;Expected answer;Required;Weight;Answer;;;\r\n"
        "q-energy;1;Énergie;Climat;A number, in kWh/year;Yes;10;\"1 500\";;;\r\n"
        "q-pack;2;Emballages;Déchets;Yes or no;No;1,000;N;;;\r\n"
        ";;;;;;;;;;\r\n"
        ";;;;;;;;;;\r\n";
    const CsvImport r = readAnswersCsv(csv, grid());
    CHECK(r.errors == QStringList());
    CHECK(flat(r.answers) == QStringList{QStringLiteral("q-energy=1500"), QStringLiteral("q-pack=no")});
}

TEST_CASE("Short rows and a last line without line end are read", "[gridformats][csv]")
{
    const CsvImport r = readAnswersCsv("Reference;Question;Answer\nq-pack\nq-energy;x;7", grid());
    CHECK(r.errors == QStringList());
    CHECK(flat(r.answers) == QStringList{QStringLiteral("q-energy=7")});
}

TEST_CASE("A file in UTF-16 with its BOM as Excel's Unicode text is read", "[gridformats][csv]")
{
    QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QByteArray utf16 =
        encoder.encode(QStringLiteral("Reference\tAnswer\r\nq-material\tMétal recyclé\r\n"));
    REQUIRE(utf16.startsWith("\xFF\xFE"));
    const CsvImport r = readAnswersCsv(utf16, grid());
    CHECK(r.errors == QStringList());
    CHECK(flat(r.answers) == QStringList{QStringLiteral("q-material=c-metal")});
}

TEST_CASE("Malformed answer files are refused with a reason", "[gridformats][csv][errors]")
{
    const QString noHeader = QStringLiteral("The file has no header line naming a “Reference” column and an "
                                            "“Answer” column: it is not an answer file of the grid.");
    SECTION("not UTF-8")
    {
        const CsvImport r = readAnswersCsv("Reference;Answer\r\nq-plan;caf\xE9\r\n", grid()); // Latin-1 é
        CHECK(r.answers.isEmpty());
        CHECK(r.errors ==
              QStringList{QStringLiteral("The file is not UTF-8 text: save it again as “CSV UTF-8”.")});
    }
    SECTION("binary")
    {
        const CsvImport r =
            readAnswersCsv(QByteArray("PK\x03\x04\x14\x00\x00\x00\x08\x00\xff\xd8", 12), grid());
        CHECK(r.errors ==
              QStringList{QStringLiteral("The file is not UTF-8 text: save it again as “CSV UTF-8”.")});
    }
    SECTION("an unterminated quote")
    {
        const CsvImport r = readAnswersCsv(
            "Reference;Answer\r\nq-pack;oui\r\nq-plan;\"Un plan\r\nsur deux lignes\r\n", grid());
        CHECK(r.answers.isEmpty());
        CHECK(r.errors ==
              QStringList{QStringLiteral("Line 3: a quoted text is not closed (a “\"” is missing).")});
    }
    SECTION("no Answer column")
    {
        const CsvImport r = readAnswersCsv("Reference;Question\r\nq-pack;oui\r\n", grid());
        CHECK(r.errors == QStringList{noHeader});
    }
    SECTION("no Reference column")
    {
        const CsvImport r = readAnswersCsv("No.;Answer\r\n2;oui\r\n", grid());
        CHECK(r.errors == QStringList{noHeader});
    }
    SECTION("empty")
    {
        CHECK(readAnswersCsv(QByteArray(), grid()).errors == QStringList{noHeader});
        CHECK(readAnswersCsv("\xEF\xBB\xBF", grid()).errors == QStringList{noHeader});
        CHECK(readAnswersCsv("\r\n\r\n", grid()).errors == QStringList{noHeader});
    }
    SECTION("another kind of text")
    {
        CHECK(readAnswersCsv("Bonjour,\nvoici notre offre.\n", grid()).errors == QStringList{noHeader});
    }
}

TEST_CASE("Oversized answer files are refused unread", "[gridformats][csv][limits]")
{
    SECTION("more than 5 MiB")
    {
        QByteArray csv = "Reference;Answer\r\n";
        csv += QByteArray(kAnswerFileMaxBytes + 1 - csv.size(), 'a');
        REQUIRE(csv.size() == 5 * 1024 * 1024 + 1);
        const CsvImport r = readAnswersCsv(csv, grid());
        CHECK(r.answers.isEmpty());
        CHECK(r.errors ==
              QStringList{QStringLiteral("The file is larger than 5 MiB: it is not an answer file.")});
    }
    SECTION("10 000 lines are read and one more is refused")
    {
        QByteArray csv = "Reference;Answer\r\nq-pack;oui\r\n";
        for (int i = 2; i < kAnswerFileMaxLines; ++i)
            csv += ";\r\n";
        const CsvImport atLimit = readAnswersCsv(csv, grid());
        CHECK(atLimit.errors == QStringList());
        CHECK(flat(atLimit.answers) == QStringList{QStringLiteral("q-pack=yes")});
        csv += "\n";
        const CsvImport over = readAnswersCsv(csv, grid());
        CHECK(over.answers.isEmpty());
        CHECK(over.errors ==
              QStringList{QStringLiteral("The file has more than 10,000 lines: it is not an answer file.")});
    }
    SECTION("just under 5 MiB of hostile text ends quickly")
    {
        const qsizetype size = kAnswerFileMaxBytes - 100;
        QByteArray separators = "Reference;Answer\r\n" + QByteArray(size, ';');
        CHECK(readAnswersCsv(separators, grid()).errors == QStringList());
        QByteArray quotes = "Reference;Answer\r\nq-plan;\"" + QByteArray(size, '"');
        CHECK(readAnswersCsv(quotes, grid()).errors.size() == 1);
        QByteArray header(size, ';');
        CHECK(readAnswersCsv(header, grid()).errors.size() == 1);
        QByteArray longAnswer = "Reference;Answer\r\nq-plan;" + QByteArray(size, 'x');
        const CsvImport r = readAnswersCsv(longAnswer, grid());
        REQUIRE(r.answers.size() == 1);
        CHECK(r.answers.first().text.size() == size);
    }
}

// The grid document ------------------------------------------------------------------------------

TEST_CASE("The ODT package starts with a stored mimetype and lists its parts", "[gridformats][odt]")
{
    GridDocument doc;
    doc.projectTitle = QStringLiteral("Restauration scolaire – lycées");
    doc.administration = QStringLiteral("Région Centre-Val de Loire");
    doc.language = QStringLiteral("fr-FR");
    doc.date = QDate(2027, 3, 15);
    const QByteArray odt = gridOdt(doc, grid());
    REQUIRE(!odt.isEmpty());

    // The first local header: signature, method 0 (stored), no extra field, the name then the type.
    const QByteArray type("application/vnd.oasis.opendocument.text");
    REQUIRE(odt.size() > 38 + type.size());
    CHECK(odt.left(4) == QByteArray("PK\x03\x04"));
    CHECK(le16(odt, 8) == 0);
    CHECK(le16(odt, 26) == 8);
    CHECK(le16(odt, 28) == 0);
    CHECK(odt.mid(30, 8) == QByteArray("mimetype"));
    CHECK(odt.mid(38, type.size()) == type);

    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = writeFile(dir, QStringLiteral("grid.odt"), odt);
    const Run list = run(QStringLiteral("unzip"), {QStringLiteral("-l"), path});
    REQUIRE(list.exitCode == 0);
    QStringList names;
    for (const QByteArray &line : list.out.split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() == 4 && fields.at(0) != "Length" && !fields.at(0).startsWith('-'))
            names << QString::fromUtf8(fields.at(3));
    }
    CHECK(names == QStringList{QStringLiteral("mimetype"), QStringLiteral("content.xml"),
                               QStringLiteral("styles.xml"), QStringLiteral("meta.xml"),
                               QStringLiteral("META-INF/manifest.xml")});
    const Run verbose = run(QStringLiteral("unzip"), {QStringLiteral("-v"), path});
    REQUIRE(verbose.exitCode == 0);
    for (const QByteArray &line : verbose.out.split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() == 8 && fields.at(7) == "mimetype")
            CHECK(fields.at(1) == "Stored");
        else if (fields.size() == 8 && fields.at(7).endsWith(".xml"))
            CHECK(fields.at(1).startsWith("Defl"));
    }
    CHECK(run(QStringLiteral("unzip"), {QStringLiteral("-tq"), path}).exitCode == 0);

    for (const QString &part : {QStringLiteral("content.xml"), QStringLiteral("styles.xml"),
                                QStringLiteral("meta.xml"), QStringLiteral("META-INF/manifest.xml")}) {
        QString error;
        const bool ok = wellFormed(entry(path, part), &error);
        INFO(part.toStdString() + ": " + error.toStdString());
        CHECK(ok);
    }

    const QString content = QString::fromUtf8(entry(path, QStringLiteral("content.xml")));
    CHECK(content.contains(QStringLiteral("Question grid — Restauration scolaire – lycées")));
    CHECK(content.contains(QStringLiteral("Consommation d’énergie annuelle")));
    CHECK(content.contains(QStringLiteral("Matériau principal")));
    const QString shown = odtText(entry(path, QStringLiteral("content.xml")));
    CHECK(shown.contains(QStringLiteral("\nEmballages ; \"zéro déchet\"\nprécisez\n")));
    CHECK(shown.contains(QStringLiteral("\nLower is better: 10 point(s) at 1,000") + QChar(0x00A0) +
                         QStringLiteral("kWh/year or less")));
    CHECK(content.contains(QStringLiteral("Région Centre-Val de Loire — 15 March 2027")));
    CHECK(content.contains(QStringLiteral("<table:table-header-rows>")));
    CHECK(content.contains(QStringLiteral("One of: Bois; Métal recyclé; Plastique")));
    CHECK(content.contains(QStringLiteral("Points by answer: “Bois”: 6 point(s)")));
    CHECK(content.contains(QStringLiteral("Scored by the buying team from 0 to 5")));
    CHECK(content.contains(QStringLiteral("text:outline-level=\"1\"")));

    const QString styles = QString::fromUtf8(entry(path, QStringLiteral("styles.xml")));
    CHECK(styles.contains(QStringLiteral("fo:page-width=\"21cm\"")));
    CHECK(styles.contains(QStringLiteral("fo:page-height=\"29.7cm\"")));
    CHECK(styles.contains(QStringLiteral("style:name=\"Liberation Sans\"")));
    CHECK(styles.contains(QStringLiteral("fo:language=\"fr\" fo:country=\"FR\"")));
    for (const char *style :
         {"Heading_20_1", "Heading_20_2", "Text_20_body", "Table_20_Heading", "Table_20_Contents"})
        CHECK(styles.contains(QStringLiteral("style:name=\"%1\"").arg(QLatin1String(style))));

    const QString meta = QString::fromUtf8(entry(path, QStringLiteral("meta.xml")));
    CHECK(meta.contains(QStringLiteral("<dc:language>fr-FR</dc:language>")));
    CHECK(
        meta.contains(QStringLiteral("<dc:title>Question grid — Restauration scolaire – lycées</dc:title>")));
    CHECK(meta.contains(
        QStringLiteral("<meta:initial-creator>Région Centre-Val de Loire</meta:initial-creator>")));

    const QString manifest = QString::fromUtf8(entry(path, QStringLiteral("META-INF/manifest.xml")));
    CHECK(
        manifest.contains(QStringLiteral("manifest:full-path=\"/\" manifest:version=\"1.2\" "
                                         "manifest:media-type=\"application/vnd.oasis.opendocument.text\"")));
    for (const char *part : {"content.xml", "styles.xml", "meta.xml"})
        CHECK(manifest.contains(QStringLiteral("manifest:full-path=\"%1\"").arg(QLatin1String(part))));
}

TEST_CASE("The ODT writer keeps spaces tabs and line breaks and drops what XML cannot hold",
          "[gridformats][odt]")
{
    OdtWriter odt;
    odt.setMeta(QStringLiteral("Titre <&> \x01"), QStringLiteral("Sujet"), QStringLiteral("fr-FR"),
                QStringLiteral("Acheteur"));
    odt.heading(QStringLiteral("Niveau 9"), 9);
    odt.paragraph(QStringLiteral("a  b\tc\nd\r\ne   f  "));
    odt.paragraph(QStringLiteral(" début"));
    odt.paragraph(QStringLiteral("x") + QChar(0x0001) + QChar(0xFFFF) + QChar(0xD800) + QStringLiteral("y ") +
                  QString::fromUcs4(U"\U0001F331"));
    odt.table({QStringLiteral("Un"), QStringLiteral("Deux")},
              {{QStringLiteral("1")}, {QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("extra")}},
              {1, 3});
    const QByteArray bytes = odt.bytes();
    REQUIRE(!bytes.isEmpty());
    const QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("w.odt"), bytes);
    const QByteArray contentXml = entry(path, QStringLiteral("content.xml"));
    QString error;
    const bool ok = wellFormed(contentXml, &error);
    INFO(error.toStdString());
    CHECK(ok);
    const QString content = QString::fromUtf8(contentXml);
    CHECK(content.contains(QStringLiteral(
        "<text:h text:style-name=\"Heading_20_3\" text:outline-level=\"3\">Niveau 9</text:h>")));
    CHECK(content.contains(QStringLiteral(">a <text:s/>b<text:tab/>c<text:line-break/>d<text:line-break/>e "
                                          "<text:s text:c=\"2\"/>f <text:s/></text:p>")));
    CHECK(content.contains(QStringLiteral("><text:s/>début</text:p>")));
    CHECK(odtText(contentXml).contains(QStringLiteral("\na  b\tc\nd\ne   f  \n début\n")));
    CHECK(content.contains(QStringLiteral(">xy ") + QString::fromUcs4(U"\U0001F331") +
                           QStringLiteral("</text:p>")));
    // Three columns (the longest row), widths by default even because two shares were given.
    CHECK(content.count(QStringLiteral("<table:table-column ")) == 3);
    CHECK(content.count(QStringLiteral("style:rel-column-width=\"1*\"")) == 3);
    CHECK(content.count(QStringLiteral("<table:table-cell ")) == 9);
    const QString meta = QString::fromUtf8(entry(path, QStringLiteral("meta.xml")));
    CHECK(meta.contains(QStringLiteral("<dc:title>Titre &lt;&amp;&gt; </dc:title>")));
    CHECK(wellFormed(meta.toUtf8()));
}

TEST_CASE("The ODT table takes the relative widths given", "[gridformats][odt]")
{
    OdtWriter odt;
    odt.table({QStringLiteral("A"), QStringLiteral("B")}, {{QStringLiteral("1"), QStringLiteral("2")}},
              {1, 3});
    const QTemporaryDir dir;
    const QString content = QString::fromUtf8(
        entry(writeFile(dir, QStringLiteral("t.odt"), odt.bytes()), QStringLiteral("content.xml")));
    CHECK(content.contains(QStringLiteral("style:column-width=\"4.250cm\" style:rel-column-width=\"1*\"")));
    CHECK(content.contains(QStringLiteral("style:column-width=\"12.750cm\" style:rel-column-width=\"3*\"")));
    CHECK(content.contains(QStringLiteral("style:width=\"17cm\"")));
}

TEST_CASE("An empty grid still gives a valid document", "[gridformats][odt]")
{
    const QByteArray odt = gridOdt(GridDocument{}, {});
    REQUIRE(!odt.isEmpty());
    const QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("empty.odt"), odt);
    CHECK(run(QStringLiteral("unzip"), {QStringLiteral("-tq"), path}).exitCode == 0);
    const QByteArray content = entry(path, QStringLiteral("content.xml"));
    CHECK(wellFormed(content));
    CHECK(content.contains("The grid has no questions yet."));
    CHECK(QString::fromUtf8(entry(path, QStringLiteral("meta.xml")))
              .contains(QStringLiteral("<dc:language>en-US</dc:language>")));
}

TEST_CASE("LibreOffice converts the grid document to PDF", "[gridformats][odt][libreoffice]")
{
    QString office = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (office.isEmpty())
        office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (office.isEmpty()) {
        WARN("LibreOffice (soffice) is not on PATH: the grid document was not converted to PDF.");
        CHECK(office.isEmpty());
        return;
    }
    GridDocument doc;
    doc.projectTitle = QStringLiteral("Mobilier de bureau");
    doc.language = QStringLiteral("fr-FR");
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = writeFile(dir, QStringLiteral("grille.odt"), gridOdt(doc, grid()));
    const QString profile = QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString();
    const Run convert = run(office,
                            {QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                             QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                             QStringLiteral("--outdir"), dir.path(), path},
                            180000);
    CHECK(convert.exitCode == 0);
    const QString pdf = dir.filePath(QStringLiteral("grille.pdf"));
    REQUIRE(QFile::exists(pdf));
    const Run text = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    const QString words = QString::fromUtf8(text.out).simplified();
    CHECK(words.contains(QStringLiteral("Consommation d’énergie annuelle")));
    CHECK(words.contains(QStringLiteral("Matériau principal")));
}

TEST_CASE("A question a spreadsheet would take for a formula is written as text", "[gridformats][csv]")
{
    GridQuestion q;
    q.id = QStringLiteral("q1");
    q.text = QStringLiteral("=HYPERLINK(\"http://example.invalid\";\"clic\")");
    q.impact = QStringLiteral("-emploi");
    const QString csv = QString::fromUtf8(gridCsv({q}));
    CHECK(csv.contains(QStringLiteral(";\"'=HYPERLINK(\"\"http://example.invalid\"\";\"\"clic\"\")\";")));
    CHECK(csv.contains(QStringLiteral(";'-emploi;")));
    CHECK_FALSE(csv.contains(QStringLiteral(";=HYPERLINK")));
}
