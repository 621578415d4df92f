// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The engine on its own: pages, tables, charts, titles, cover, metadata, cancel, failures.
#include "pdftools.h"
#include "workspace.h"

#include "reports/imposition.h"
#include "reports/pdfexport.h"
#include "reports/reportstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QValueAxis>

using namespace Atelier::Reports;

namespace {

ReportInfo testInfo()
{
    ReportInfo info;
    info.title = QStringLiteral("Test report");
    info.projectTitle = QStringLiteral("Cantine de Valbrune");
    info.author = QStringLiteral("Ville de Valbrune");
    info.subject = QStringLiteral("What the engine does");
    info.keywords = {QStringLiteral("public procurement"), QStringLiteral("tests")};
    info.language = QStringLiteral("en-US");
    info.date = QDate(2026, 11, 29);
    return info;
}

QString written(Document &document, const QTemporaryDir &dir, const QString &name = QStringLiteral("r.pdf"))
{
    const QString path = dir.filePath(name);
    const PdfExport result = PdfExport::write(document, path);
    INFO(result.error.toStdString());
    REQUIRE(result.outcome == PdfExport::Written);
    return path;
}

QChart *barChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    auto *set = new QBarSet(QStringLiteral("Planned"));
    *set << 3 << 5 << 2;
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(
        {QStringLiteral("Légumerie"), QStringLiteral("Containers"), QStringLiteral("Gardens")});
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    return chart;
}

/// The page each line of `text` is printed on, from pdftotext's form feeds.
int pageOfText(const QString &all, const QString &needle)
{
    const QStringList pages = all.split(QLatin1Char('\f'));
    for (int i = 0; i < pages.size(); ++i)
        if (pages[i].contains(needle))
            return i + 1;
    return 0;
}

} // namespace

TEST_CASE("A long table splits across pages and repeats its header row", "[reports][engine]")
{
    Writer writer(testInfo());
    writer.section(QStringLiteral("Numbers"), false);
    QList<QStringList> rows;
    for (int i = 1; i <= 150; ++i)
        rows << QStringList{QStringLiteral("Row %1").arg(i, 3, 10, QLatin1Char('0')),
                            QString::number(i * 1000)};
    writer.table({{QStringLiteral("Item heading"), false, 3}, {QStringLiteral("Amount heading"), true, 1}},
                 rows);
    Document document = writer.finish();
    QTemporaryDir dir;
    const QString pdf = written(document, dir);
    const int pages = PdfTools::info(pdf, QStringLiteral("Pages")).toInt();
    REQUIRE(pages >= 4); // the cover, then at least three pages of rows
    const QString all = PdfTools::text(pdf);
    for (int i = 1; i <= 150; ++i)
        CHECK(all.contains(QStringLiteral("Row %1").arg(i, 3, 10, QLatin1Char('0'))));
    for (int page = 2; page <= pages; ++page) {
        const QString text = PdfTools::text(pdf, page);
        CHECK(text.contains(QStringLiteral("Row "))); // never a page with nothing but the header
        CHECK(text.contains(QStringLiteral("Item heading")));
        CHECK(text.contains(QStringLiteral("Amount heading")));
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
        CHECK(text.contains(QStringLiteral("Cantine de Valbrune")));
    }
}

TEST_CASE("Charts are vectors: a landscape page, full titles, no picture", "[reports][engine]")
{
    Writer writer(testInfo());
    writer.section(QStringLiteral("Budget"), false);
    writer.paragraph(QStringLiteral("Before the charts."));
    writer.chart([] { return barChart(QStringLiteral("Planned budget of every line, by year and mode")); },
                 80);
    writer.landscapeChart(QStringLiteral("The calendar"), [] {
        return barChart(QStringLiteral("A calendar that needs the whole width of a page"));
    });
    writer.paragraph(QStringLiteral("After the calendar."));
    Document document = writer.finish();
    REQUIRE(document.parts.size() == 3);
    CHECK(document.parts[1].orientation == QPageLayout::Landscape);
    QTemporaryDir dir;
    const QString pdf = written(document, dir);

    CHECK(PdfTools::tableRows(PdfTools::run(QStringLiteral("pdfimages"), {QStringLiteral("-list")}, pdf))
              .isEmpty());
    const QString all = PdfTools::text(pdf);
    CHECK(all.contains(QStringLiteral("Planned budget of every line, by year and mode")));
    CHECK(all.contains(QStringLiteral("A calendar that needs the whole width of a page")));
    CHECK(all.contains(QStringLiteral("Légumerie"))); // axis labels are text, accents intact
    const int landscape = pageOfText(all, QStringLiteral("A calendar that needs"));
    REQUIRE(landscape == 3);
    const QString size = PdfTools::info(
        pdf, QStringLiteral("Page    3 size"),
        {QStringLiteral("-f"), QStringLiteral("3"), QStringLiteral("-l"), QStringLiteral("3")});
    CHECK(size.startsWith(QStringLiteral("842 x 595")));
    CHECK(pageOfText(all, QStringLiteral("After the calendar.")) == 4);
    CHECK(pageOfText(all, QStringLiteral("Before the charts.")) == 2);
}

TEST_CASE("A paragraph is never split between pages, so the PDF holds its text once", "[reports][engine]")
{
    Writer writer(testInfo());
    writer.section(QStringLiteral("Long text"), false);
    for (int i = 0; i < 60; ++i)
        writer.paragraph(QStringLiteral("Paragraph %1 starts here. ").arg(i, 2, 10, QLatin1Char('0')) +
                         QStringLiteral("A sentence that runs over several lines of the page. ").repeated(4) +
                         QStringLiteral("End of paragraph %1.").arg(i, 2, 10, QLatin1Char('0')));
    Document document = writer.finish();
    QTemporaryDir dir;
    const QString pdf = written(document, dir);
    REQUIRE(PdfTools::info(pdf, QStringLiteral("Pages")).toInt() >= 3);
    QStringList pages = PdfTools::text(pdf, 0, false).split(QLatin1Char('\f'));
    for (QString &page : pages)
        page = page.simplified(); // lines joined: a sentence reads whole
    const QString all = pages.join(QLatin1Char('\f'));
    for (int i = 0; i < 60; ++i) {
        INFO(i);
        const QString start = QStringLiteral("Paragraph %1 starts").arg(i, 2, 10, QLatin1Char('0'));
        const QString end = QStringLiteral("End of paragraph %1.").arg(i, 2, 10, QLatin1Char('0'));
        CHECK(all.count(start) == 1);
        CHECK(all.count(end) == 1);
        CHECK(pageOfText(all, start) == pageOfText(all, end));
    }
}

TEST_CASE("The cover lists the sections with the page each starts on", "[reports][engine]")
{
    Writer writer(testInfo());
    writer.section(QStringLiteral("First section"), false);
    writer.paragraph(QStringLiteral("One."));
    writer.section(QStringLiteral("Second section"), true);
    writer.paragraph(QStringLiteral("Two."));
    writer.section(QStringLiteral("Third section"), false);
    writer.paragraph(QStringLiteral("Three."));
    Document document = writer.finish();
    QTemporaryDir dir;
    const QString pdf = written(document, dir);
    const QString cover = PdfTools::text(pdf, 1);
    CHECK(cover.contains(QStringLiteral("Test report")));
    CHECK(cover.contains(QStringLiteral("Cantine de Valbrune")));
    CHECK(cover.contains(QStringLiteral("Contents")));
    const QRegularExpression first(QStringLiteral("First section[ .]*2\\b"));
    const QRegularExpression second(QStringLiteral("Second section[ .]*3\\b"));
    const QRegularExpression third(QStringLiteral("Third section[ .]*3\\b"));
    CHECK(first.match(cover).hasMatch());
    CHECK(second.match(cover).hasMatch());
    CHECK(third.match(cover).hasMatch());
}

TEST_CASE("A title never ends a page: it goes over with its text", "[reports][engine]")
{
    // Wherever the page ends, the title and the paragraph after it are on the same page.
    for (int lines = 30; lines < 70; lines += 3) {
        Writer writer(testInfo());
        writer.section(QStringLiteral("Filler"), false);
        for (int i = 0; i < lines; ++i)
            writer.paragraph(QStringLiteral("Line %1").arg(i));
        writer.heading(QStringLiteral("Lonely title"));
        writer.paragraph(QStringLiteral("Body after the title"));
        Document document = writer.finish();
        const PagedRenderer renderer(document); // lays the pages out
        QTextDocument *doc = document.parts.first().document.get();
        const qreal height = doc->pageSize().height();
        auto pageOf = [&](const QString &text) {
            for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
                if (b.text() == text)
                    return int(doc->documentLayout()->blockBoundingRect(b).top() / height);
            return -1;
        };
        INFO(lines);
        CHECK(pageOf(QStringLiteral("Lonely title")) == pageOf(QStringLiteral("Body after the title")));
    }
}

TEST_CASE("The PDF says what it is: metadata, PDF/A-1b, language, embedded fonts", "[reports][engine]")
{
    Writer writer(testInfo());
    writer.section(QStringLiteral("Text"), false);
    writer.paragraph(QStringLiteral("Un texte accentué : « déjà » — 1 234,50 €"));
    writer.lead(QStringLiteral("Bold:"), QStringLiteral("and plain"));
    Document document = writer.finish();
    QTemporaryDir dir;
    const QString pdf = written(document, dir);
    CHECK(PdfTools::info(pdf, QStringLiteral("Title")) ==
          QStringLiteral("Test report — Cantine de Valbrune"));
    CHECK(PdfTools::info(pdf, QStringLiteral("Author")) == QStringLiteral("Ville de Valbrune"));
    CHECK(PdfTools::info(pdf, QStringLiteral("Subject")) == QStringLiteral("What the engine does"));
    CHECK(PdfTools::info(pdf, QStringLiteral("Keywords")) == QStringLiteral("public procurement, tests"));
    CHECK(PdfTools::info(pdf, QStringLiteral("PDF version")) == QStringLiteral("1.4"));
    CHECK(PdfTools::info(pdf, QStringLiteral("Page size")).startsWith(QStringLiteral("595")));
    const QString xmp = PdfTools::run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta")}, pdf);
    CHECK(xmp.contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")));
    CHECK(xmp.contains(QStringLiteral("<rdf:li>Ville de Valbrune</rdf:li>")));
    CHECK(xmp.contains(QStringLiteral("<rdf:li>en-US</rdf:li>")));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().contains("/Lang <FEFF0065006E002D00550053>"));

    const QStringList fonts = PdfTools::tableRows(PdfTools::run(QStringLiteral("pdffonts"), {}, pdf));
    REQUIRE_FALSE(fonts.isEmpty());
    for (const QString &font : fonts) {
        INFO(font.toStdString());
        const QStringList columns = font.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // name, type (one or two words), encoding, emb, sub, uni, object, generation
        CHECK(columns.at(columns.size() - 5) == QStringLiteral("yes"));
    }
    CHECK(PdfTools::text(pdf).contains(QStringLiteral("Un texte accentué : « déjà » — 1 234,50 €")));
}

TEST_CASE("A picture from an attachment is embedded, scaled to fit", "[reports][engine]")
{
    Writer writer(testInfo());
    writer.section(QStringLiteral("Evidence"), false);
    QImage photo(640, 480, QImage::Format_RGB32);
    photo.fill(QColor(0x2a, 0x7a, 0x3b));
    writer.image(photo, QStringLiteral("The school garden"), 60);
    Document document = writer.finish();
    QTemporaryDir dir;
    const QString pdf = written(document, dir);
    const QStringList images =
        PdfTools::tableRows(PdfTools::run(QStringLiteral("pdfimages"), {QStringLiteral("-list")}, pdf));
    REQUIRE(images.size() == 1);
    CHECK(QRegularExpression(QStringLiteral("\\b640\\s+480\\b")).match(images.first()).hasMatch());
    CHECK(PdfTools::text(pdf).contains(QStringLiteral("The school garden")));
}

TEST_CASE("A cancelled or failed export leaves what was there", "[reports][engine]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roadmap.pdf"));
    QFile old(path);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("the previous roadmap");
    old.close();

    Writer writer(testInfo());
    writer.section(QStringLiteral("Text"), false);
    for (int i = 0; i < 200; ++i)
        writer.paragraph(QStringLiteral("Line %1").arg(i));
    Document document = writer.finish();
    int calls = 0;
    const PdfExport cancelled = PdfExport::write(document, path, [&](int done, int total) {
        ++calls;
        CHECK(total >= 4);
        return done < 2;
    });
    CHECK(cancelled.outcome == PdfExport::Cancelled);
    CHECK(calls == 2);
    CHECK(fileHash(path) == QCryptographicHash::hash("the previous roadmap", QCryptographicHash::Sha256));
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("roadmap.pdf")});

    const PdfExport failed =
        PdfExport::write(document, dir.filePath(QStringLiteral("missing/folder/out.pdf")));
    CHECK(failed.outcome == PdfExport::Failed);
    CHECK(failed.error.contains(QStringLiteral("out.pdf")));
}

TEST_CASE("Booklet imposition: pages two by two on the sheets' sides, blanks to a multiple of four", "[reports][engine]")
{
    using Atelier::Reports::Imposition::booklet;
    // Worked by hand: the outer sheet holds the first two pages and the last two, and so on inwards;
    // fronts carry (last, first), backs (second, second to last); pages past the end are blank (0).
    const auto sides = [](int pages) {
        QList<QPair<int, int>> out;
        for (const auto &s : booklet(pages))
            out << qMakePair(s.left, s.right);
        return out;
    };
    CHECK(sides(0).isEmpty());
    CHECK(sides(1) == QList<QPair<int, int>>{{0, 1}, {0, 0}});
    CHECK(sides(4) == QList<QPair<int, int>>{{4, 1}, {2, 3}});
    CHECK(sides(5) == QList<QPair<int, int>>{{0, 1}, {2, 0}, {0, 3}, {4, 5}});
    CHECK(sides(10) == QList<QPair<int, int>>{{0, 1}, {2, 0}, {10, 3}, {4, 9}, {8, 5}, {6, 7}});
}
