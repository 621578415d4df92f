// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "sqlite.h"

namespace Atelier {

size_t qHash(const SchemaObject &o, size_t seed)
{
    return qHashMulti(seed, o.type, o.name, o.table, o.sql);
}

Schema::Schema(QList<ModuleSchema> modules) : m_modules(std::move(modules)) {}

const ModuleSchema *Schema::module(const QString &name) const
{
    for (const ModuleSchema &m : m_modules)
        if (m.name == name)
            return &m;
    return nullptr;
}

static void applySteps(Sql::Connection &db, const ModuleSchema &module, int from, int to)
{
    for (const Migration &step : module.steps) {
        if (step.version <= from || step.version > to)
            continue;
        Sql::Transaction tx(db);
        db.exec(step.sql);
        Sql::Statement record(db,
                              QStringLiteral("INSERT INTO module_version(module, version) VALUES (?1, ?2) "
                                             "ON CONFLICT(module) DO UPDATE SET version = excluded.version"));
        record.bind(1, module.name).bind(2, step.version).step();
        tx.commit();
    }
}

static void ensureContainer(Sql::Connection &db)
{
    db.exec(QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;")
                .arg(qint32(kApplicationId))
                .arg(kFileFormatVersion));
    db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS module_version ("
                           "module TEXT PRIMARY KEY NOT NULL, version INTEGER NOT NULL) WITHOUT ROWID"));
}

void Schema::migrate(Sql::Connection &db) const
{
    ensureContainer(db);
    const QMap<QString, int> current = readModuleVersions(db);
    for (const ModuleSchema &module : m_modules)
        applySteps(db, module, current.value(module.name, 0), module.latestVersion());
}

QSet<SchemaObject> Schema::expectedObjects(const QMap<QString, int> &versions) const
{
    QString key;
    for (const ModuleSchema &module : m_modules)
        key += QStringLiteral("%1=%2;").arg(module.name).arg(versions.value(module.name, 0));
    const auto known = m_expected->constFind(key);
    if (known != m_expected->constEnd())
        return *known;
    Sql::Connection db = Sql::Connection::openMemory();
    ensureContainer(db);
    for (const ModuleSchema &module : m_modules)
        applySteps(db, module, 0, versions.value(module.name, 0));
    return *m_expected->insert(key, readSchemaObjects(db));
}

const Schema::Tables &Schema::latestTables() const
{
    if (!*m_tables) {
        Tables tables;
        Sql::Connection db = Sql::Connection::openMemory();
        ensureContainer(db);
        for (const ModuleSchema &module : m_modules) {
            applySteps(db, module, 0, module.latestVersion());
            Sql::Statement st(db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                                                 "'sqlite_%' AND name <> 'module_version' ORDER BY rootpage"));
            while (st.step())
                if (!tables.module.contains(st.text(0))) {
                    tables.module.insert(st.text(0), module.name);
                    tables.order << st.text(0);
                }
        }
        *m_tables = std::move(tables);
    }
    return **m_tables;
}

QHash<QString, QString> Schema::tableModules() const
{
    return latestTables().module;
}

QStringList Schema::tables() const
{
    return latestTables().order;
}

QSet<QString> Schema::privateTables() const
{
    QSet<QString> result;
    for (const ModuleSchema &module : m_modules)
        for (const QString &table : module.privateTables)
            result.insert(table);
    return result;
}

QSet<SchemaObject> readSchemaObjects(Sql::Connection &db)
{
    QSet<SchemaObject> objects;
    Sql::Statement st(db, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema"));
    while (st.step())
        objects.insert({st.text(0), st.text(1), st.text(2), st.text(3)});
    return objects;
}

QMap<QString, int> readModuleVersions(Sql::Connection &db)
{
    QMap<QString, int> versions;
    if (db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'module_version'"))
            .toInt() == 0)
        return versions;
    Sql::Statement st(db, QStringLiteral("SELECT module, version FROM module_version"));
    while (st.step())
        versions.insert(st.text(0), int(st.integer(1)));
    return versions;
}

ModuleSchema coreSchema()
{
    // Every row carries a globally unique id (a UUID) as its declared primary key, so that two copies
    // of one project edited in two administrations can be merged later.
    return {QStringLiteral("core"),
            {{1, QStringLiteral(R"sql(
CREATE TABLE project (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    administration TEXT NOT NULL DEFAULT '',
    policy_field TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT '',
    administration_action TEXT NOT NULL DEFAULT '',
    investments TEXT NOT NULL DEFAULT '',
    inspiring_projects TEXT NOT NULL DEFAULT '',
    budget_envelope_cents INTEGER NOT NULL DEFAULT 0 CHECK (budget_envelope_cents >= 0),
    created_at TEXT NOT NULL DEFAULT ''
);
CREATE TABLE key_date (
    id TEXT PRIMARY KEY NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE participant (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'other' CHECK (role IN ('internal_buyer', 'reservist_buyer', 'prescriber',
        'elected_official', 'citizen_juror', 'economic_operator', 'neutral_expert', 'other')),
    contact TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE attachment (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'document' CHECK (kind IN ('photo', 'sound', 'video', 'document',
        'testimony', 'figures', 'other')),
    file_name TEXT NOT NULL DEFAULT '',
    mime_type TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL CHECK (size >= 0),
    sha256 TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    data BLOB NOT NULL
);
)sql")},
             {2, QStringLiteral(R"sql(
CREATE TABLE strategy (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    objective TEXT NOT NULL DEFAULT '',
    responsible_service TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE investment_line (
    id TEXT PRIMARY KEY NOT NULL,
    strategy_id TEXT NOT NULL,
    mode TEXT NOT NULL DEFAULT 'purchase' CHECK (mode IN ('purchase', 'partnership_purchase', 'rd_contract',
        'innovation_pact', 'grant', 'public_commons')),
    title TEXT NOT NULL DEFAULT '',
    budget_cents INTEGER NOT NULL DEFAULT 0 CHECK (budget_cents >= 0),
    start_date TEXT NOT NULL DEFAULT '',
    end_date TEXT NOT NULL DEFAULT '',
    actors TEXT NOT NULL DEFAULT '',
    impacts TEXT NOT NULL DEFAULT '',
    commons_general_interest INTEGER NOT NULL DEFAULT 0 CHECK (commons_general_interest IN (0, 1)),
    commons_not_competing INTEGER NOT NULL DEFAULT 0 CHECK (commons_not_competing IN (0, 1)),
    commons_public_resources INTEGER NOT NULL DEFAULT 0 CHECK (commons_public_resources IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE sourcing_question (
    id TEXT PRIMARY KEY NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
)sql")},
             {3, QStringLiteral(R"sql(
ALTER TABLE strategy ADD COLUMN impacts TEXT NOT NULL DEFAULT '';
ALTER TABLE investment_line ADD COLUMN beneficiary TEXT NOT NULL DEFAULT '';
ALTER TABLE investment_line ADD COLUMN conditions TEXT NOT NULL DEFAULT '';
CREATE TABLE strategy_actor (
    id TEXT PRIMARY KEY NOT NULL,
    strategy_id TEXT NOT NULL,
    participant_id TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE milestone (
    id TEXT PRIMARY KEY NOT NULL,
    strategy_id TEXT NOT NULL,
    line_id TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'milestone' CHECK (kind IN ('phase', 'milestone')),
    start_date TEXT NOT NULL DEFAULT '',
    due_date TEXT NOT NULL DEFAULT '',
    met_date TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'met', 'not_met',
        'partially_met')),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE budget_entry (
    id TEXT PRIMARY KEY NOT NULL,
    line_id TEXT NOT NULL,
    period TEXT NOT NULL DEFAULT '',
    funding_source TEXT NOT NULL DEFAULT '',
    planned_cents INTEGER NOT NULL DEFAULT 0 CHECK (planned_cents >= 0),
    committed_cents INTEGER NOT NULL DEFAULT 0 CHECK (committed_cents >= 0),
    paid_cents INTEGER NOT NULL DEFAULT 0 CHECK (paid_cents >= 0),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE indicator (
    id TEXT PRIMARY KEY NOT NULL,
    strategy_id TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    baseline_value REAL NOT NULL DEFAULT 0,
    baseline_date TEXT NOT NULL DEFAULT '',
    target_value REAL NOT NULL DEFAULT 0,
    target_date TEXT NOT NULL DEFAULT '',
    measured_by TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE measurement (
    id TEXT PRIMARY KEY NOT NULL,
    indicator_id TEXT NOT NULL,
    date TEXT NOT NULL DEFAULT '',
    value REAL NOT NULL DEFAULT 0,
    measured_by TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE contract (
    id TEXT PRIMARY KEY NOT NULL,
    line_id TEXT NOT NULL,
    holder TEXT NOT NULL DEFAULT '',
    amount_cents INTEGER NOT NULL DEFAULT 0 CHECK (amount_cents >= 0),
    nature TEXT NOT NULL DEFAULT 'services' CHECK (nature IN ('supplies', 'services', 'works')),
    notification_date TEXT NOT NULL DEFAULT '',
    duration_months INTEGER NOT NULL DEFAULT 0 CHECK (duration_months >= 0),
    cpv_code TEXT NOT NULL DEFAULT '',
    procedure TEXT NOT NULL DEFAULT 'open_tender' CHECK (procedure IN ('adapted', 'open_tender',
        'restricted_tender', 'competitive_negotiation', 'competitive_dialogue', 'innovation_partnership',
        'negotiated_without_notice', 'rd_exemption')),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE checkpoint (
    id TEXT PRIMARY KEY NOT NULL,
    strategy_id TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    convene_buyers INTEGER NOT NULL DEFAULT 1 CHECK (convene_buyers IN (0, 1)),
    convene_prescribers INTEGER NOT NULL DEFAULT 1 CHECK (convene_prescribers IN (0, 1)),
    convene_elected INTEGER NOT NULL DEFAULT 1 CHECK (convene_elected IN (0, 1)),
    convene_reservist INTEGER NOT NULL DEFAULT 0 CHECK (convene_reservist IN (0, 1)),
    convene_jury INTEGER NOT NULL DEFAULT 0 CHECK (convene_jury IN (0, 1)),
    agenda TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE decision (
    id TEXT PRIMARY KEY NOT NULL,
    checkpoint_id TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    contract_id TEXT NOT NULL DEFAULT '',
    legal_basis TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE baseline (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    taken_on TEXT NOT NULL DEFAULT '',
    plan TEXT NOT NULL DEFAULT '{}',
    position INTEGER NOT NULL DEFAULT 0
);
)sql")},
             {4, QStringLiteral(R"sql(
CREATE TABLE share_record (
    id TEXT PRIMARY KEY NOT NULL,
    share_id TEXT NOT NULL,
    shared_at TEXT NOT NULL DEFAULT '',
    sender TEXT NOT NULL DEFAULT '',
    recipient TEXT NOT NULL DEFAULT '',
    source_file TEXT NOT NULL DEFAULT '',
    left_out TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
)sql")},
             // The share point a shared copy carries (so it can be merged back; a merge keeps the other side
             // as it was merged, its kind 'merge'), with the journal's last entry then; the journal of changes
             // (journal.h: each entry's id is the SHA-256 of its content and of its parent's id); the values a
             // merge set aside (merge.h).
             {5, QStringLiteral(R"sql(
ALTER TABLE share_record ADD COLUMN kind TEXT NOT NULL DEFAULT 'share' CHECK (kind IN ('share', 'merge'));
ALTER TABLE share_record ADD COLUMN journal_head TEXT NOT NULL DEFAULT '';
ALTER TABLE share_record ADD COLUMN snapshot BLOB;
CREATE TABLE journal_entry (
    id TEXT PRIMARY KEY NOT NULL,
    parent TEXT NOT NULL DEFAULT '',
    merged TEXT NOT NULL DEFAULT '',
    seq INTEGER NOT NULL UNIQUE,
    at TEXT NOT NULL DEFAULT '',
    person TEXT NOT NULL DEFAULT '',
    administration TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL DEFAULT '',
    modules TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''
);
CREATE TABLE merge_conflict (
    id TEXT PRIMARY KEY NOT NULL,
    merged_at TEXT NOT NULL DEFAULT '',
    source_file TEXT NOT NULL DEFAULT '',
    table_name TEXT NOT NULL DEFAULT '',
    row_id TEXT NOT NULL DEFAULT '',
    column_name TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    ours TEXT NOT NULL DEFAULT '',
    theirs TEXT NOT NULL DEFAULT '',
    ours_by TEXT NOT NULL DEFAULT '',
    theirs_by TEXT NOT NULL DEFAULT '',
    kept TEXT NOT NULL DEFAULT 'ours' CHECK (kept IN ('ours', 'theirs')),
    position INTEGER NOT NULL DEFAULT 0
);
)sql")}}};
}

} // namespace Atelier
