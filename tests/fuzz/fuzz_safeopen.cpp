// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a project file, through the safe open; a file it accepts is copied into a
// working copy (in memory), migrated, and every panel's data is read as the panels read it — every table
// through the store, the cockpit's steering figures of the project and of each strategy, the clause's
// facts, assessments, seats and consent of every contract and scenario, the sourcing grid's scores, the co-operator
// tour's agenda checks, ten-word rule, quiz scores and agreement, the journal's chain and summaries. A refusal
// must say why.
// Built with clang: cmake -DATELIER_FUZZ=ON (tests/fuzz/run.sh).
#include "clause/clausecase.h"
#include "clause/clauseschema.h"
#include "cockpit/cockpitschema.h"
#include "core/entities.h"
#include "core/journal.h"
#include "core/notifier.h"
#include "core/safeopen.h"
#include "core/steering.h"
#include "core/store.h"
#include "modeler/modelerschema.h"
#include "sourcing/gridstore.h"
#include "sourcing/sourcingschema.h"
#include "jury/juryschema.h"
#include "tour/tourschema.h"
#include "tour/tourstore.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

using namespace Atelier;

namespace {

const Schema &schema()
{
    static const Schema s({coreSchema(), Modeler::schema(), Cockpit::schema(), Clause::schema(), Sourcing::schema(),
                            Tour::schema(), Jury::schema()});
    return s;
}

QList<const TableInfo *> everyTable()
{
    QList<const TableInfo *> tables = Entities::all();
    {
        using namespace Modeler::Tables;
        tables << &card() << &cardGroup() << &role() << &roleAssignment() << &scenario() << &element()
               << &amendment() << &criterion() << &score() << &risk() << &dotVote() << &workshopSetting();
    }
    {
        using namespace Cockpit::Tables;
        tables << &externalityEvaluation() << &royalty() << &publicResource() << &grantInstalment()
               << &drawerItem() << &discussionNote();
    }
    {
        using namespace Clause::Tables;
        tables << &charter() << &evolution() << &scenario() << &scenarioIndicator() << &seat() << &stance();
    }
    {
        using namespace Sourcing::Tables;
        tables << &chapter() << &entry() << &entryAttachment() << &gridQuestion() << &gridChoice() << &bidder()
               << &answer() << &meeting() << &meetingTopic() << &meetingExpert();
    }
    {
        using namespace Tour::Tables;
        tables << &tour() << &person() << &slot() << &step() << &word() << &photo() << &quizQuestion() << &quizAnswer()
               << &exchange();
    }
    tables << &Jury::Tables::poolImport() << &Jury::Tables::poolPerson();
    return tables;
}

void readEverything(Sql::Connection &db)
{
    Notifier notifier;
    Store store(db, notifier);
    (void)store.projectId();
    for (const TableInfo *table : everyTable())
        for (const Row &row : store.rows(*table))
            (void)store.row(*table, text(row, "id"));
    (void)Steering::load(store);
    for (const Row &strategy : store.rows(Entities::strategy()))
        (void)Steering::load(store, text(strategy, "id"));
    for (const Row &contract : store.rows(Entities::contract())) {
        (void)Clause::ClauseCase::contract(store, text(contract, "id"));
        (void)Clause::ClauseCase::charter(store, text(contract, "id"));
    }
    for (const Row &evolution : store.rows(Clause::Tables::evolution()))
        (void)Clause::ClauseCase::seats(store, text(evolution, "id"));
    for (const Row &scenario : store.rows(Clause::Tables::scenario())) {
        (void)Clause::ClauseCase::assess(store, text(scenario, "id"));
        (void)Clause::ClauseCase::consent(store, text(scenario, "id"));
    }
    const QList<Sourcing::GridQuestion> grid = Sourcing::GridStore::questions(store);
    for (const Sourcing::Phase phase : {Sourcing::Phase::Tender, Sourcing::Phase::Meeting})
        (void)Sourcing::Scoring::compare(grid, Sourcing::GridStore::bidders(store, phase));
    for (const Row &tour : Tour::TourStore::tours(store)) {
        const QString id = text(tour, "id");
        (void)Tour::Agenda::check(Tour::TourStore::slots(store, id));
        (void)Tour::TenWords::check(Tour::TourStore::words(store, id));
        QStringList people;
        for (const Tour::Person &p : Tour::TourStore::people(store, id))
            people << p.participantId;
        (void)Tour::Quiz::scores(Tour::TourStore::quiz(store, id), Tour::TourStore::answers(store, id), people);
        (void)Tour::TourStore::agreement(store, id);
        (void)Tour::TourStore::title(store, id);
    }
    // The journal as the timeline and `journal verify` read it.
    (void)Journal::verify(db);
    for (const JournalEntry &entry : Journal::entries(db))
        (void)ChangeSummary::fromJson(entry.detail).describe();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_safeopen";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    OpenLimits limits;
    limits.maxSeconds = 5; // a check that long is a hang to report, not a refusal to wait for
    OpenError error;
    auto checked =
        UntrustedDatabase::fromBytes(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                                     QStringLiteral("fuzz.atelier"), schema(), error, limits);
    if (!checked) {
        if (error.message.isEmpty())
            std::abort(); // every refusal says why
        return 0;
    }
    try {
        Sql::Connection db = Sql::Connection::openMemory();
        UntrustedDatabase::harden(db, limits);
        checked->copyInto(db);
        schema().migrate(db);
        readEverything(db);
    } catch (const Sql::Error &) {
        // a read refused by SQLite (a limit) is a handled error, not a finding
    }
    return 0;
}
