// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The project side: a cockpit contract and its DECP fields (contract_decp, through the undoable edits)
// become a marché; the clause's decided modifications become the schema's modifications; an export
// with anything missing writes nothing; export then import gives back the same facts.
#include "decpfixture.h"
#include "workspace.h"

#include "core/edit.h"
#include "core/projectcontext.h"
#include "core/store.h"
#include "decp/decpreader.h"
#include "decp/decpschema.h"
#include "decp/projectmarches.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

using namespace Atelier;
using namespace Atelier::Decp;

namespace {

// The two tables of the evolutivity clause the export reads by name, with the columns it reads (the
// clause's real schema is exercised by the command-line tests on the demo).
ModuleSchema clauseTables()
{
    return {QStringLiteral("clause"), {{1, QStringLiteral(R"sql(
CREATE TABLE evolution (id TEXT PRIMARY KEY NOT NULL, contract_id TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'open',
    chosen_scenario_id TEXT NOT NULL DEFAULT '', decided_on TEXT NOT NULL DEFAULT '',
    amount_change_cents INTEGER NOT NULL DEFAULT 0, position INTEGER NOT NULL DEFAULT 0);
CREATE TABLE evolution_scenario (id TEXT PRIMARY KEY NOT NULL, evolution_id TEXT NOT NULL,
    delay_months INTEGER NOT NULL DEFAULT 0, position INTEGER NOT NULL DEFAULT 0);
)sql")}}};
}

const TableInfo kEvolution{"evolution", "", "", {}};
const TableInfo kScenario{"evolution_scenario", "", "", {}};

struct ProjectFixture
{
    Workspace ws;
    std::unique_ptr<Project> project;
    explicit ProjectFixture(bool withClause = true)
    {
        QList<ModuleSchema> modules{coreSchema(), Decp::schema()};
        if (withClause)
            modules << clauseTables();
        ws.schema = Schema(modules);
        project = ws.create();
    }
    ProjectContext &ctx() { return project->context(); }
    Store &store() { return ctx().store; }

    QString contract(const QString &procedure = QStringLiteral("competitive_negotiation"),
                     qint64 cents = 98000000, int months = 30)
    {
        return Edit::addRow(ctx(), Entities::contract(),
                            {{QStringLiteral("line_id"), QStringLiteral("line")},
                             {QStringLiteral("holder"), QStringLiteral("Atelier Nord-Sud Architectes")},
                             {QStringLiteral("amount_cents"), cents},
                             {QStringLiteral("nature"), QStringLiteral("services")},
                             {QStringLiteral("notification_date"), QStringLiteral("2026-02-16")},
                             {QStringLiteral("duration_months"), months},
                             {QStringLiteral("cpv_code"), QStringLiteral("71221000-3")},
                             {QStringLiteral("procedure"), procedure}});
    }

    bool fillDecp(const QString &contractId, const QString &decpId = QStringLiteral("2026-CUIS-01"))
    {
        return !Edit::addRow(
                    ctx(), Tables::contractDecp(),
                    {{QStringLiteral("id"), contractId},
                     {QStringLiteral("decp_id"), decpId},
                     {QStringLiteral("buyer_siret"), QStringLiteral("21590350100017")},
                     {QStringLiteral("object"), QStringLiteral("Maîtrise d'œuvre de la cuisine centrale")},
                     {QStringLiteral("techniques"), QStringLiteral("none")},
                     {QStringLiteral("execution_modes"), QStringLiteral("tranches")},
                     {QStringLiteral("innovative"), QStringLiteral("no")},
                     {QStringLiteral("ccag"), QStringLiteral("project_management")},
                     {QStringLiteral("offers_received"), 4},
                     {QStringLiteral("advance"), QStringLiteral("yes")},
                     {QStringLiteral("advance_rate"), 0.05},
                     {QStringLiteral("grouping"), QStringLiteral("several")},
                     {QStringLiteral("subcontracting"), QStringLiteral("no")},
                     {QStringLiteral("place_code"), QStringLiteral("59350")},
                     {QStringLiteral("place_type"), QStringLiteral("commune")},
                     {QStringLiteral("price_form"), QStringLiteral("lump_sum")},
                     {QStringLiteral("price_types"), QStringLiteral("revisable")},
                     {QStringLiteral("holder_id"), QStringLiteral("80295478500028")},
                     {QStringLiteral("holder_id_type"), QStringLiteral("siret")},
                     {QStringLiteral("social"), QStringLiteral("none")},
                     {QStringLiteral("green"), QStringLiteral("clause,criterion")},
                     {QStringLiteral("published_on"), QStringLiteral("2026-03-02")}})
                    .isEmpty();
    }

    void decide(const QString &contractId, const QString &on, qint64 change, int delay,
                const QString &status = QStringLiteral("decided"))
    {
        const QString scenario = newId(), evolution = newId();
        store().insert(kScenario, {{QStringLiteral("id"), scenario},
                                   {QStringLiteral("evolution_id"), evolution},
                                   {QStringLiteral("delay_months"), delay}});
        store().insert(kEvolution, {{QStringLiteral("id"), evolution},
                                    {QStringLiteral("contract_id"), contractId},
                                    {QStringLiteral("status"), status},
                                    {QStringLiteral("chosen_scenario_id"), scenario},
                                    {QStringLiteral("decided_on"), on},
                                    {QStringLiteral("amount_change_cents"), change}});
    }
};

const QDate kToday(2026, 12, 3);

} // namespace

TEST_CASE("A contract with no DECP fields yet: exactly what it lacks", "[decp][project]")
{
    ProjectFixture f;
    f.contract();
    const QList<ProjectMarche> all = ProjectMarches::read(f.store(), kToday);
    REQUIRE(all.size() == 1);
    CHECK(all.first().name == QStringLiteral("Atelier Nord-Sud Architectes"));
    // The cockpit gives the CPV code, the procedure (competitive negotiation: "Procédure avec
    // négociation"), the notification, the amount and the duration; the nature is "Marché" by default.
    CHECK(properties(all.first().problems) ==
          QStringList{QStringLiteral("id"), QStringLiteral("acheteur.id"), QStringLiteral("objet"),
                      QStringLiteral("techniques.technique"),
                      QStringLiteral("modalitesExecution.modaliteExecution"),
                      QStringLiteral("marcheInnovant"), QStringLiteral("ccag"),
                      QStringLiteral("offresRecues"), QStringLiteral("attributionAvance"),
                      QStringLiteral("typeGroupementOperateurs"), QStringLiteral("sousTraitanceDeclaree"),
                      QStringLiteral("lieuExecution.code"), QStringLiteral("lieuExecution.typeCode"),
                      QStringLiteral("datePublicationDonnees"), QStringLiteral("typesPrix.typePrix"),
                      QStringLiteral("formePrix"), QStringLiteral("titulaires[1].titulaire.id"),
                      QStringLiteral("considerationsSociales.considerationSociale"),
                      QStringLiteral("considerationsEnvironnementales.considerationEnvironnementale")});
    CHECK(all.first().marche.procedure == QStringLiteral("Procédure avec négociation"));
}

TEST_CASE("The DECP fields are project data: entered as one undo step, undone", "[decp][project]")
{
    ProjectFixture f;
    const QString id = f.contract();
    REQUIRE(f.fillDecp(id));
    QList<ProjectMarche> all = ProjectMarches::read(f.store(), kToday);
    const std::string firstProblem =
        all.first().problems.isEmpty() ? std::string() : all.first().problems.first().text().toStdString();
    INFO(firstProblem);
    CHECK(all.first().problems.isEmpty());
    const Marche &m = all.first().marche;
    CHECK(m.ccag == QStringLiteral("Maitrise d'œuvre"));
    CHECK(m.green ==
          QStringList{QStringLiteral("Clause environnementale"), QStringLiteral("Critère environnemental")});
    CHECK(m.holders == QList<Holder>{{QStringLiteral("80295478500028"), QStringLiteral("SIRET")}});
    CHECK(m.advanceRate == 0.05);
    CHECK_FALSE(m.originEu.has_value());
    CHECK(m.amountCents == 98000000);
    CHECK(m.durationMonths == 30);

    REQUIRE(Edit::setValue(f.ctx(), Tables::contractDecp(), id, QStringLiteral("buyer_siret"),
                           QStringLiteral("2159035010001")));
    CHECK(properties(ProjectMarches::read(f.store(), kToday).first().problems) ==
          QStringList{QStringLiteral("acheteur.id")});
    f.project->undoStack().undo();
    CHECK(ProjectMarches::read(f.store(), kToday).first().problems.isEmpty());
    f.project->undoStack().undo();
    CHECK(f.store().rows(Tables::contractDecp()).isEmpty());
}

TEST_CASE("A cockpit procedure DECP does not name must be chosen for DECP", "[decp][project]")
{
    ProjectFixture f;
    const QString id = f.contract(QStringLiteral("innovation_partnership"));
    REQUIRE(f.fillDecp(id));
    CHECK(properties(ProjectMarches::read(f.store(), kToday).first().problems) ==
          QStringList{QStringLiteral("procedure")});
    REQUIRE(Edit::setValue(f.ctx(), Tables::contractDecp(), id, QStringLiteral("procedure"),
                           QStringLiteral("negotiated")));
    CHECK(ProjectMarches::read(f.store(), kToday).first().problems.isEmpty());
}

TEST_CASE("The clause's decided modifications: initial amount and duration worked back, each one's after",
          "[decp][project]")
{
    ProjectFixture f;
    // The contract as the clause left it: 980,000 € for 30 months at notification, then +68,000 € and two
    // months (20 November), then +10,000 € (1 December); an activation still open changes nothing.
    const QString id = f.contract(QStringLiteral("competitive_negotiation"), 105800000, 32);
    REQUIRE(f.fillDecp(id));
    f.decide(id, QStringLiteral("2026-12-01"), 1000000, 0);
    f.decide(id, QStringLiteral("2026-11-20"), 6800000, 2);
    f.decide(id, QStringLiteral("2026-11-25"), 5000000, 1, QStringLiteral("open"));
    const ProjectMarche pm = ProjectMarches::read(f.store(), kToday).first();
    CHECK(pm.problems.isEmpty());
    CHECK(pm.marche.amountCents == 98000000);
    CHECK(pm.marche.durationMonths == 30);
    REQUIRE(pm.marche.modifications.size() == 2);
    const Modification &first = pm.marche.modifications.at(0), &second = pm.marche.modifications.at(1);
    CHECK(first.id == 1);
    CHECK(first.notifiedOn == QDate(2026, 11, 20));
    CHECK(first.publishedOn == kToday);
    CHECK(first.amountCents == 104800000);
    CHECK(first.durationMonths == 32);
    CHECK(second.id == 2);
    CHECK(second.notifiedOn == QDate(2026, 12, 1));
    CHECK(second.amountCents == 105800000);
    CHECK_FALSE(second.durationMonths.has_value());
}

TEST_CASE("Without the clause's tables, contracts have no modifications", "[decp][project]")
{
    ProjectFixture f(false);
    REQUIRE(f.fillDecp(f.contract()));
    const ProjectMarche pm = ProjectMarches::read(f.store(), kToday).first();
    CHECK(pm.problems.isEmpty());
    CHECK(pm.marche.modifications.isEmpty());
}

TEST_CASE("An export with a contract not ready writes nothing and names it", "[decp][project]")
{
    ProjectFixture f;
    REQUIRE(f.fillDecp(f.contract()));
    f.contract(QStringLiteral("open_tender"));
    const QString out = f.ws.path(QStringLiteral("decp.json"));
    QList<ProjectMarche> refused;
    QString error;
    CHECK_FALSE(ProjectMarches::exportFile(f.store(), out, kToday, &refused, &error));
    CHECK_FALSE(QFile::exists(out));
    REQUIRE(refused.size() == 1);
    CHECK(refused.first().marche.procedure == QStringLiteral("Appel d'offres ouvert"));
    CHECK(error == QStringLiteral("1 contract(s) cannot be published yet: nothing was written."));
}

TEST_CASE("Round trip: the project's export read back gives the same facts", "[decp][project][roundtrip]")
{
    ProjectFixture f;
    const QString a = f.contract(), b = f.contract(QStringLiteral("adapted"), 4567891, 12);
    REQUIRE(f.fillDecp(a));
    REQUIRE(f.fillDecp(b, QStringLiteral("2026-CONT-02")));
    REQUIRE(Edit::setValue(f.ctx(), Entities::contract(), b, QStringLiteral("cpv_code"),
                           QStringLiteral("39221000")));
    const QString out = f.ws.path(QStringLiteral("decp.json"));
    QString error;
    REQUIRE(ProjectMarches::exportFile(f.store(), out, kToday, nullptr, &error));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QList<PastContract> read;
    const ReadReport report = Reader::read(file, [&](const PastContract &c) {
        read << c;
        return true;
    });
    CHECK(report.fatal.isEmpty());
    CHECK(report.invalid.isEmpty());
    REQUIRE(read.size() == 2);
    const PastContract first{QStringLiteral("2026-CUIS-01"),
                             QStringLiteral("21590350100017"),
                             {QStringLiteral("80295478500028")},
                             QStringLiteral("71221000"),
                             98000000,
                             30,
                             QDate(2026, 2, 16),
                             QStringLiteral("Maîtrise d'œuvre de la cuisine centrale"),
                             QStringLiteral("Marché"),
                             QStringLiteral("Procédure avec négociation")};
    const PastContract second{QStringLiteral("2026-CONT-02"),
                              QStringLiteral("21590350100017"),
                              {QStringLiteral("80295478500028")},
                              QStringLiteral("39221000"),
                              4567891,
                              12,
                              QDate(2026, 2, 16),
                              QStringLiteral("Maîtrise d'œuvre de la cuisine centrale"),
                              QStringLiteral("Marché"),
                              QStringLiteral("Procédure adaptée")};
    const bool inOrder = read.at(0).id == first.id;
    CHECK(read.at(inOrder ? 0 : 1) == first);
    CHECK(read.at(inOrder ? 1 : 0) == second);
}
