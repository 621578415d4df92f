// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `atelier export`, run as a piloting service would: the real binary, no display, in French.
#include "atelierrun.h"
#include "democlause.h"
#include "pdftools.h"
#include "workspace.h"

#include "app/builtinpanels.h"
#include "core/edit.h"
#include "jury/drawstore.h"
#include "jury/juryschema.h"
#include "jury/poolstore.h"
#include "core/steering.h"
#include "core/project.h"

#include <QDir>
#include <QFile>
#include <QLocale>

namespace {

QString demoFile(const Workspace &ws)
{
    const QString path = ws.path(QStringLiteral("cantine.atelier"));
    const AtelierRun made = atelier({QStringLiteral("demo"), path});
    REQUIRE(made.code == 0);
    return path;
}

} // namespace

TEST_CASE("atelier export roadmap: the demo's roadmap in French, the project untouched", "[reports][cli]")
{
    Workspace ws;
    const QString project = demoFile(ws);
    const QByteArray before = fileHash(project);
    const QString pdf = ws.path(QStringLiteral("feuille de route.pdf"));
    const AtelierRun run =
        atelier({QStringLiteral("export"), QStringLiteral("roadmap"), project, QStringLiteral("-o"), pdf,
                 QStringLiteral("--lang"), QStringLiteral("fr")},
                QStringLiteral("xcb"));
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("Feuille de route")));
    CHECK(fileHash(project) == before);
    CHECK(QDir(ws.path(QString())).entryList(QDir::Files | QDir::Hidden).size() ==
          2); // no lock left beside it

    CHECK(PdfTools::info(pdf, QStringLiteral("Title"))
              .startsWith(QStringLiteral("Feuille de route — Restauration scolaire")));
    CHECK(PdfTools::info(pdf, QStringLiteral("PDF version")) == QStringLiteral("1.4"));
    CHECK(PdfTools::info(pdf, QStringLiteral("Pages")).toInt() >= 8);
    for (const QString &font : PdfTools::tableRows(PdfTools::run(QStringLiteral("pdffonts"), {}, pdf))) {
        const QStringList columns = font.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        CHECK(columns.at(columns.size() - 5) == QStringLiteral("yes"));
    }
    CHECK(PdfTools::tableRows(PdfTools::run(QStringLiteral("pdfimages"), {QStringLiteral("-list")}, pdf))
              .isEmpty());

    // Every strategy by name, the total in French figures, accents and French words intact.
    const Atelier::BuiltinPanels builtin = Atelier::BuiltinPanels::load();
    Atelier::OpenOptions readOnly;
    readOnly.readOnly = true;
    Atelier::OpenError error;
    auto opened = Atelier::Project::open(project, builtin.schema, ws.area, readOnly, error);
    REQUIRE(opened);
    const auto steering = Atelier::Steering::load(opened->store());
    const QString text = PdfTools::text(pdf);
    for (const auto &s : steering.strategies)
        CHECK(text.contains(s.title));
    const QString total =
        QLocale(QLocale::French, QLocale::France)
            .toCurrencyString(double(steering.total().planned) / 100.0, QStringLiteral("€"), 2);
    CHECK(total.contains(QChar(0x202F))); // 12 460 000,00 € with narrow no-break spaces...
    QString asRead = total;               // ...which pdftotext gives back as plain spaces
    asRead.replace(QChar(0x202F), QLatin1Char(' ')).replace(QChar(0x00A0), QLatin1Char(' '));
    CHECK(text.contains(asRead));
    for (const char *words : {"En deux minutes", "Points d’étape et décisions", "Échéance", "légumerie",
                              "Le jury citoyen", "Glossaire", "Page 2 sur"})
        CHECK(text.contains(QString::fromUtf8(words)));
}

TEST_CASE("atelier export in English, and what it refuses", "[reports][cli]")
{
    Workspace ws;
    const QString project = demoFile(ws);
    const QString pdf = ws.path(QStringLiteral("roadmap.pdf"));
    const AtelierRun english =
        atelier({QStringLiteral("export"), QStringLiteral("roadmap"), project, QStringLiteral("-o"), pdf,
                 QStringLiteral("--lang"), QStringLiteral("en")},
                QStringLiteral("xcb"));
    REQUIRE(english.code == 0);
    CHECK(PdfTools::info(pdf, QStringLiteral("Title")).startsWith(QStringLiteral("Roadmap — ")));

    const AtelierRun unknown =
        atelier({QStringLiteral("export"), QStringLiteral("brochure"), project, QStringLiteral("-o"), pdf},
                QStringLiteral("xcb"));
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(QStringLiteral("roadmap")));
    CHECK(
        atelier({QStringLiteral("export"), QStringLiteral("roadmap"), project}, QStringLiteral("xcb")).code ==
        1);
    const AtelierRun itself =
        atelier({QStringLiteral("export"), QStringLiteral("roadmap"), project, QStringLiteral("-o"), project},
                QStringLiteral("xcb"));
    CHECK(itself.code == 1);

    // A damaged project: refused with the reason, nothing written.
    const QString damaged = ws.path(QStringLiteral("abîmé.atelier"));
    QFile file(damaged);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    const QString nothing = ws.path(QStringLiteral("nothing.pdf"));
    const AtelierRun refused =
        atelier({QStringLiteral("export"), QStringLiteral("roadmap"), damaged, QStringLiteral("-o"), nothing},
                QStringLiteral("xcb"));
    CHECK(refused.code == 2);
    CHECK_FALSE(refused.err.trimmed().isEmpty());
    CHECK_FALSE(QFile::exists(nothing));

    // A folder that cannot be written: a clear message, exit 2.
    const AtelierRun unwritable =
        atelier({QStringLiteral("export"), QStringLiteral("roadmap"), project, QStringLiteral("-o"),
                 ws.path(QStringLiteral("no/such/folder/r.pdf"))},
                QStringLiteral("xcb"));
    CHECK(unwritable.code == 2);
    CHECK(unwritable.err.contains(QStringLiteral("could not be written")));
}

TEST_CASE("atelier export negotiation: the sheet a shortlisted bidder receives, in French", "[reports][cli][sourcing]")
{
    Workspace ws;
    const QString project = demoFile(ws);
    const QByteArray before = fileHash(project);
    const QString pdf = ws.path(QStringLiteral("negociation.pdf"));
    const AtelierRun run = atelier({QStringLiteral("export"), QStringLiteral("negotiation"), project,
                                    QStringLiteral("--bidder"), QStringLiteral("Primeurs Centre-Val Distribution"),
                                    QStringLiteral("-o"), pdf, QStringLiteral("--lang"), QStringLiteral("fr")});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(fileHash(project) == before);
    const QString read = PdfTools::text(pdf, 0, false).simplified();
    CHECK(read.contains(QStringLiteral("Primeurs Centre-Val Distribution")));
    CHECK(read.contains(QStringLiteral("réciprocité")));
    CHECK(read.contains(QStringLiteral("Dr Aurélie Marchetti")));                 // the neutral expert invited
    CHECK(read.contains(QStringLiteral("Que deviennent les emballages et les invendus")));  // a life-cycle topic
    CHECK(read.contains(QStringLiteral("Hôtel de ville de Valbrune")));          // where they meet
    CHECK(PdfTools::info(pdf, QStringLiteral("Title")).contains(QStringLiteral("Primeurs Centre-Val Distribution")));

    // Mistakes of use, and a bidder the project does not have.
    CHECK(atelier({QStringLiteral("export"), QStringLiteral("negotiation"), project, QStringLiteral("-o"), pdf}).code == 1);
    CHECK(atelier({QStringLiteral("export"), QStringLiteral("roadmap"), project, QStringLiteral("--colour"),
                   QStringLiteral("red"), QStringLiteral("-o"), pdf})
              .code == 1);
    const AtelierRun unknown = atelier({QStringLiteral("export"), QStringLiteral("negotiation"), project,
                                        QStringLiteral("--bidder"), QStringLiteral("Personne"), QStringLiteral("-o"), pdf});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.contains(QStringLiteral("Personne")));
}

TEST_CASE("atelier export grid: the demo's question grid for the tender documents", "[reports][cli][sourcing]")
{
    Workspace ws;
    const QString project = demoFile(ws);
    const QString pdf = ws.path(QStringLiteral("grille.pdf"));
    const AtelierRun run = atelier({QStringLiteral("export"), QStringLiteral("grid"), project, QStringLiteral("-o"), pdf,
                                    QStringLiteral("--lang"), QStringLiteral("fr")});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    const QString read = PdfTools::text(pdf, 0, false).simplified();
    CHECK(read.contains(QStringLiteral("Grille de questions")));
    CHECK(read.contains(QStringLiteral("100 points"))); // the demo's weights add up to 100
}

TEST_CASE("atelier export booklet: the demo's discovery booklet as an A5 booklet, its answer key, the summary", "[reports][cli][tour]")
{
    Workspace ws;
    const QString project = demoFile(ws);
    const QByteArray before = fileHash(project);
    const QString booklet = ws.path(QStringLiteral("cahier.pdf"));
    const AtelierRun run = atelier({QStringLiteral("export"), QStringLiteral("booklet"), project, QStringLiteral("-o"), booklet,
                                    QStringLiteral("--format"), QStringLiteral("a5-booklet"), QStringLiteral("--lang"),
                                    QStringLiteral("fr")});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(fileHash(project) == before);
    CHECK(PdfTools::info(booklet, QStringLiteral("Page size")).startsWith(QStringLiteral("842 x 595 pts")));
    const QString read = PdfTools::text(booklet, 0, false).simplified();
    for (const char *title : {"Cahier de découverte", "La journée", "Jeu de piste", "Les 10 mots de l’autre",
                              "Safari photos « outils et machines »", "Quiz « le suivi administratif du marché »",
                              "Accord d’échange d’information", "Mathilde Garnier", "Sophie Arnaud-Lebrun"}) {
        INFO(title);
        CHECK(read.contains(QString::fromUtf8(title).simplified()));
    }

    // --answers, a flag, may come anywhere.
    const QString key = ws.path(QStringLiteral("corrige.pdf"));
    REQUIRE(atelier({QStringLiteral("export"), QStringLiteral("booklet"), QStringLiteral("--answers"), project,
                     QStringLiteral("-o"), key, QStringLiteral("--lang"), QStringLiteral("fr")})
                .code == 0);
    const QString answers = PdfTools::text(key, 0, false).simplified();
    CHECK(answers.contains(QStringLiteral("Corrigé")));
    CHECK(answers.contains(QStringLiteral("R2192-10")));

    const QString summary = ws.path(QStringLiteral("bilan.pdf"));
    REQUIRE(atelier({QStringLiteral("export"), QStringLiteral("tour-summary"), project, QStringLiteral("--contract"),
                     QStringLiteral("inox"), QStringLiteral("-o"), summary, QStringLiteral("--lang"), QStringLiteral("fr")})
                .code == 0);
    CHECK(PdfTools::info(summary, QStringLiteral("Pages")).toInt() <= 2);
    CHECK(PdfTools::text(summary, 0, false).simplified().contains(QStringLiteral("Mathilde Garnier")));

    // A format that does not exist, a contract without a tour.
    const AtelierRun format = atelier({QStringLiteral("export"), QStringLiteral("booklet"), project, QStringLiteral("-o"),
                                       booklet, QStringLiteral("--format"), QStringLiteral("a3")});
    CHECK(format.code == 1);
    CHECK(format.err.contains(QStringLiteral("a4, a5-booklet")));
    const AtelierRun none = atelier({QStringLiteral("export"), QStringLiteral("booklet"), project, QStringLiteral("-o"),
                                     booklet, QStringLiteral("--contract"), QStringLiteral("Personne")});
    CHECK(none.code == 2);
    CHECK(none.err.contains(QStringLiteral("Personne")));
    // A flag of another document is refused as such; options may come before the report's name.
    const AtelierRun foreign = atelier({QStringLiteral("export"), QStringLiteral("tour-summary"), project, QStringLiteral("--answers"),
                                        QStringLiteral("-o"), summary});
    CHECK(foreign.code == 1);
    CHECK(foreign.err.contains(QStringLiteral("Unknown option “--answers”")));
    CHECK(atelier({QStringLiteral("export"), QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("tour-summary"), project,
                   QStringLiteral("-o"), summary})
              .code == 0);
}

TEST_CASE("atelier jury import: lists added to the pool, every rejected line said; a list that cannot be read changes nothing", "[reports][cli][jury]")
{
    Workspace ws;
    // A project of every panel with no pool yet (the demo's jury is already drawn: its pool is closed).
    ws.schema = Atelier::BuiltinPanels::load().schema;
    const QString project = ws.path(QStringLiteral("vide.atelier"));
    {
        QString error;
        REQUIRE(ws.create()->saveAs(project, &error));
    }
    const auto write = [&ws](const char *name, const QByteArray &bytes) {
        QFile f(ws.path(QLatin1String(name)));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    };
    const QString roll = write("liste.csv", QByteArray("Nom;Pr\xC3\xA9nom;Date de naissance;Sexe;Quartier\r\n"
                                                       "Martin;Paul;12/05/1980;M;Nord\r\n"
                                                       "Lef\xC3\xA8vre;Zo\xC3\xA9;02/02/1990;F;Sud\r\n"
                                                       "Sans;;1970;F;Sud\r\n"));
    const AtelierRun run = atelier({QStringLiteral("jury"), QStringLiteral("import"), project, roll, QStringLiteral("--source"),
                                    QStringLiteral("roll")});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("liste.csv: 2 kept, 1 rejected, 0 also on the other list (UTF-8).")));
    CHECK(run.out.contains(QStringLiteral("line 4: no first name")));
    const QString volunteers = write("volontaires.csv", QByteArray("Prenom,Nom,Annee,Sexe\nZoe,LEFEVRE,1990,F\nAli,Ba,1975,M\n"));
    const AtelierRun second = atelier({QStringLiteral("jury"), QStringLiteral("import"), project, volunteers, QStringLiteral("--source"),
                                       QStringLiteral("volunteers")});
    REQUIRE(second.code == 0);
    CHECK(second.out.contains(QStringLiteral("line 2: also on the other list (its line 3)")));
    const AtelierRun info = atelier({QStringLiteral("info"), project});
    CHECK(info.out.contains(QStringLiteral("\"jury_pool_person\": 4")));

    // Nothing changes when the list cannot be read, keeps nobody, or the command is mistyped.
    const QByteArray before = fileHash(project);
    const AtelierRun missing = atelier({QStringLiteral("jury"), QStringLiteral("import"), project, ws.path(QStringLiteral("absente.csv")),
                                        QStringLiteral("--source"), QStringLiteral("roll")});
    CHECK(missing.code == 2);
    CHECK(missing.err.contains(QStringLiteral("absente.csv")));
    const QString nobody = write("vide.csv", QByteArray("Nom;Prenom;Annee;Sexe\nX;;1990;F\n"));
    const AtelierRun empty = atelier({QStringLiteral("jury"), QStringLiteral("import"), project, nobody, QStringLiteral("--source"),
                                      QStringLiteral("roll")});
    CHECK(empty.code == 2);
    CHECK(empty.err.contains(QStringLiteral("nothing was imported")));
    CHECK(atelier({QStringLiteral("jury"), QStringLiteral("import"), project, roll}).code == 1);
    CHECK(fileHash(project) == before);
}

using namespace Atelier;

TEST_CASE("atelier jury verify: a drawn jury reproduced (exit 0); a witness's number changed, or a wrong archived list (exit 2)",
          "[reports][cli][jury]")
{
    Workspace ws;
    const BuiltinPanels builtin = BuiltinPanels::load();
    ws.schema = builtin.schema;
    QByteArray roll("Nom;Prenom;Annee;Sexe;Quartier\n");
    for (int i = 0; i < 60; ++i)
        roll += QStringLiteral("Nom%1;Prenom%1;%2;%3;%4\n")
                    .arg(i)
                    .arg(1950 + i)
                    .arg(i % 2 ? QStringLiteral("M") : QStringLiteral("F"))
                    .arg(i % 3 ? QStringLiteral("Nord") : QStringLiteral("Sud"))
                    .toUtf8();
    const QString path = ws.path(QStringLiteral("jury.atelier"));
    {
        auto project = ws.create();
        auto &ctx = project->context();
        QString error;
        REQUIRE(Jury::PoolStore::import(ctx, roll, QStringLiteral("liste.csv"), QStringLiteral("roll"),
                                        Jury::Pool::guess(Jury::Csv::read(roll).records.first()), QDate(2026, 12, 1), &error));
        REQUIRE_FALSE(Jury::DrawStore::prepare(ctx, &error).isEmpty());
        REQUIRE(Jury::DrawStore::setCategories(ctx, {QStringLiteral("sex"), QStringLiteral("neighbourhood")}, &error));
        REQUIRE(Jury::DrawStore::setProportionalQuotas(ctx, &error));
        REQUIRE(Jury::DrawStore::freeze(ctx, &error));
        REQUIRE_FALSE(Edit::addRow(ctx, Jury::Tables::witness(), {{QStringLiteral("name"), QStringLiteral("Mme Roux")},
                                                                  {QStringLiteral("number"), QStringLiteral("3")}}).isEmpty());
        REQUIRE(Jury::DrawStore::drawJury(ctx, &error));
        REQUIRE(project->saveAs(path, &error));
    }
    QFile archived(ws.path(QStringLiteral("liste-archivee.csv")));
    REQUIRE(archived.open(QIODevice::WriteOnly));
    archived.write(roll);
    archived.close();
    const QByteArray before = fileHash(path);
    AtelierRun run = atelier({QStringLiteral("jury"), QStringLiteral("verify"), path});
    INFO(run.err.toStdString());
    CHECK(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("The draw is reproduced bit for bit.")));
    CHECK(run.out.contains(QStringLiteral("ok: Fingerprint of the pool")));
    run = atelier({QStringLiteral("jury"), QStringLiteral("verify"), path, QStringLiteral("--pool"), archived.fileName()});
    CHECK(run.code == 0);
    // A list that is not the one imported.
    QFile other(ws.path(QStringLiteral("autre.csv")));
    REQUIRE(other.open(QIODevice::WriteOnly));
    other.write(roll + "Nouveau;Venu;1980;F;Nord\n");
    other.close();
    run = atelier({QStringLiteral("jury"), QStringLiteral("verify"), path, QStringLiteral("--pool"), other.fileName()});
    CHECK(run.code == 2);
    CHECK(run.err.contains(QStringLiteral("liste.csv")));
    CHECK(run.err.contains(QStringLiteral("NOT reproduced")));
    // A witness's number changed in the file afterwards.
    {
        auto project = ws.open(path);
        const QString witness = text(project->store().rows(Jury::Tables::witness()).first(), "id");
        project->store().setValue(Jury::Tables::witness(), witness, QStringLiteral("number"), QStringLiteral("4"));
        QString error;
        REQUIRE(project->saveAs(ws.path(QStringLiteral("changee.atelier")), &error));
    }
    run = atelier({QStringLiteral("jury"), QStringLiteral("verify"), ws.path(QStringLiteral("changee.atelier"))});
    CHECK(run.code == 2);
    CHECK(run.err.contains(QStringLiteral("another jury")));
    CHECK(fileHash(path) == before); // verifying changes nothing
}

TEST_CASE("atelier export jury-minutes: the demo's procès-verbal in French, with its fingerprints and its twelve jurors",
          "[reports][cli][jury]")
{
    Workspace ws;
    const QString project = demoFile(ws);
    const QString pdf = ws.path(QStringLiteral("pv.pdf"));
    const AtelierRun run = atelier({QStringLiteral("export"), QStringLiteral("--lang"), QStringLiteral("fr"),
                                    QStringLiteral("jury-minutes"), project, QStringLiteral("-o"), pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    QString text = PdfTools::text(pdf, 0, false).simplified();
    CHECK(text.contains(QStringLiteral("Procès-verbal du tirage au sort du jury citoyen")));
    CHECK(text.contains(QStringLiteral("Signatures des témoins")));
    CHECK(text.contains(QStringLiteral("atelier jury verify")));
    const AtelierRun verify = atelier({QStringLiteral("jury"), QStringLiteral("verify"), project});
    CHECK(verify.code == 0);
    // The lottery's fingerprint printed in the minutes is the one verify checks.
    const qsizetype at = verify.out.indexOf(QStringLiteral("Fingerprint of the lottery: "));
    REQUIRE(at >= 0);
    CHECK(text.remove(u' ').contains(verify.out.mid(at + 28, 64)));
}

TEST_CASE("atelier export avenant: the demo's consent loop carried through, its draft avenant in French",
          "[reports][cli][clause]")
{
    using namespace Atelier;
    Workspace ws;
    const QString demo = demoFile(ws);
    const QString decided = ws.path(QStringLiteral("avenant.atelier"));
    {
        ws.schema = BuiltinPanels::load().schema;
        auto project = ws.open(demo);
        // The citizen jury's objection to opening at the Toussaint, integrated into an amended scenario.
        decideDemoModification(project->context(), true, QDate(2026, 12, 3));
        QString error;
        REQUIRE(project->saveAs(decided, &error));
    }
    const QString pdf = ws.path(QStringLiteral("avenant.pdf"));
    const AtelierRun run = atelier({QStringLiteral("export"), QStringLiteral("avenant"), decided, QStringLiteral("--contract"),
                                    QStringLiteral("Atelier Nord-Sud"), QStringLiteral("-o"), pdf,
                                    QStringLiteral("--lang"), QStringLiteral("fr")});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    if (qEnvironmentVariableIsSet("ATELIER_SCREENSHOTS")) { // to look at it: pdftoppm -r 50 -png
        const QString kept = qEnvironmentVariable("ATELIER_SCREENSHOTS") + QStringLiteral("/avenant.pdf");
        QFile::remove(kept);
        QFile::copy(pdf, kept);
    }
    QString read = PdfTools::text(pdf, 0, false).simplified();
    read.replace(QChar(0x202F), QLatin1Char(' ')).replace(QChar(0x00A0), QLatin1Char(' '));
    for (const char *words : {"Atelier Nord-Sud Architectes", "980 000,00 €", "1 048 000,00 €", "R2194-1", "R2196-1",
                              "Les élèves attendent la nouvelle cuisine", "lettre aux familles", "03/02/2027",
                              "L1414-4"}) {
        INFO(words);
        CHECK(read.contains(QString::fromUtf8(words)));
    }
    // A contract with no decided modification, and a number it does not have.
    CHECK(atelier({QStringLiteral("export"), QStringLiteral("avenant"), decided, QStringLiteral("--contract"),
                   QStringLiteral("Inox"), QStringLiteral("-o"), pdf})
              .code == 2);
    CHECK(atelier({QStringLiteral("export"), QStringLiteral("avenant"), demo, QStringLiteral("-o"), pdf}).code == 2);
}
