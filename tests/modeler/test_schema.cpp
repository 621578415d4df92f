// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The modeler's tables and their history: what the descriptions name exists, and older files open.
#include "workspace.h"

#include "core/safeopen.h"
#include "core/sqlite.h"
#include "modeler/modelerpanel.h"
#include "modeler/modelerschema.h"
#include "modeler/workshop.h"

using namespace Atelier;
using namespace Atelier::Modeler;

TEST_CASE("Every field the modeler describes exists in the modeler's schema", "[schema]")
{
    Sql::Connection db = Sql::Connection::openMemory();
    Schema({coreSchema(), schema()}).migrate(db);
    ModelerPanel panel;
    for (const TableInfo *table : panel.tables()) {
        for (const FieldInfo &field : table->fields) {
            INFO(table->name << "." << field.column);
            CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info('%1') WHERE name = '%2'")
                                .arg(table->table(), QString::fromLatin1(field.column)))
                      .toInt() == 1);
        }
    }
}

TEST_CASE("A file of the modeler's version 1 opens migrated: its dots are kept, with no limit",
          "[schema][dots]")
{
    // The modeler as it was before the workshop's settings.
    ModuleSchema first = schema();
    REQUIRE(first.latestVersion() == 2);
    first.steps = {first.steps.first()};
    Workspace old;
    old.schema = Schema({coreSchema(), first});
    QString doc;
    {
        auto project = old.create();
        auto &ctx = project->context();
        const QString voter =
            Edit::addRow(ctx, Entities::participant(), {{QStringLiteral("name"), QStringLiteral("Léa")}});
        const QString scenario =
            Edit::addRow(ctx, Tables::scenario(), {{QStringLiteral("title"), QStringLiteral("A")}});
        REQUIRE_FALSE(Edit::addRow(ctx, Tables::dotVote(),
                                   {{QStringLiteral("scenario_id"), scenario},
                                    {QStringLiteral("participant_id"), voter},
                                    {QStringLiteral("dots"), 5}})
                          .isEmpty());
        QString error;
        doc = old.path(QStringLiteral("v1.atelier"));
        REQUIRE(project->saveAs(doc, &error));
    }

    Workspace current;
    current.schema = Schema({coreSchema(), schema()});
    OpenError error;
    REQUIRE(UntrustedDatabase::load(doc, current.schema, error)); // version 1 is on the allow-list
    auto project = current.open(doc);
    auto &ctx = project->context();
    const QString voter =
        ctx.store.rows(Entities::participant()).first().value(QStringLiteral("id")).toString();
    CHECK(Workshop::dotsPerParticipant(ctx) == Workshop::kNoDotLimit);
    CHECK(Workshop::dotsGiven(ctx, voter) == 5);
    CHECK_FALSE(Workshop::setDotsPerParticipant(ctx, 4));
    REQUIRE(Workshop::setDotsPerParticipant(ctx, 5));

    // Saved at version 2, the number travels with the file; the older build refuses it as newer.
    const QString saved = current.path(QStringLiteral("v2.atelier"));
    QString saveError;
    REQUIRE(project->saveAs(saved, &saveError));
    auto checked = UntrustedDatabase::load(saved, current.schema, error);
    REQUIRE(checked);
    CHECK(checked->moduleVersions().value(QStringLiteral("modeler")) == 2);
    CHECK(checked->connection()
              .scalar(QStringLiteral("SELECT dots_per_participant FROM workshop_setting"))
              .toInt() == 5);
    CHECK_FALSE(UntrustedDatabase::load(saved, old.schema, error));
    CHECK(error.code == OpenError::Code::NewerVersion);
}
