// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "juryschema.h"

namespace Atelier::Jury {

ModuleSchema schema()
{
    return {QStringLiteral("jury"), {{1, QStringLiteral(R"sql(
CREATE TABLE jury_pool_import (
    id TEXT PRIMARY KEY NOT NULL,
    source TEXT NOT NULL DEFAULT 'roll' CHECK (source IN ('roll', 'volunteers')),
    file_name TEXT NOT NULL DEFAULT '',
    file_sha256 TEXT NOT NULL DEFAULT '',
    encoding TEXT NOT NULL DEFAULT '',
    accepted INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0,
    imported_at TEXT NOT NULL DEFAULT '',
    mapping TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE jury_pool_person (
    id TEXT PRIMARY KEY NOT NULL,
    import_id TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'roll' CHECK (source IN ('roll', 'volunteers')),
    pseudonym TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    first_names TEXT NOT NULL DEFAULT '',
    birth_year INTEGER NOT NULL DEFAULT 0,
    sex TEXT NOT NULL DEFAULT 'F' CHECK (sex IN ('F', 'M')),
    neighbourhood TEXT NOT NULL DEFAULT '',
    commune TEXT NOT NULL DEFAULT '',
    household TEXT NOT NULL DEFAULT '',
    line INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE jury_draw (
    id TEXT PRIMARY KEY NOT NULL,
    panel_size INTEGER NOT NULL DEFAULT 12,
    one_per_household INTEGER NOT NULL DEFAULT 1,
    categories TEXT NOT NULL DEFAULT 'sex,age,neighbourhood,source',
    state TEXT NOT NULL DEFAULT 'setup' CHECK (state IN ('setup', 'frozen', 'drawn')),
    reference_year INTEGER NOT NULL DEFAULT 0,
    definitions TEXT NOT NULL DEFAULT '',
    lottery TEXT NOT NULL DEFAULT '',
    pool_fp TEXT NOT NULL DEFAULT '',
    quotas_fp TEXT NOT NULL DEFAULT '',
    settings_fp TEXT NOT NULL DEFAULT '',
    lottery_fp TEXT NOT NULL DEFAULT '',
    algorithm_fp TEXT NOT NULL DEFAULT '',
    lowest REAL NOT NULL DEFAULT 0,
    frozen_at TEXT NOT NULL DEFAULT '',
    drawn_at TEXT NOT NULL DEFAULT '',
    panel INTEGER NOT NULL DEFAULT -1,
    daily_allowance INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE jury_quota (
    id TEXT PRIMARY KEY NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    value TEXT NOT NULL DEFAULT '',
    min INTEGER NOT NULL DEFAULT 0,
    max INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE jury_witness (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    number TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE jury_juror (
    id TEXT PRIMARY KEY NOT NULL,
    pseudonym TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    first_names TEXT NOT NULL DEFAULT '',
    profile TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'seated' CHECK (status IN ('seated', 'withdrawn')),
    substitute INTEGER NOT NULL DEFAULT 0,
    replaces TEXT NOT NULL DEFAULT '',
    participant_id TEXT NOT NULL DEFAULT '',
    ethics_training INTEGER NOT NULL DEFAULT 0,
    rules_training INTEGER NOT NULL DEFAULT 0,
    days_attended REAL NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0
);
)sql")},
                                        {2, QStringLiteral(R"sql(
ALTER TABLE jury_draw ADD COLUMN lowest_certified INTEGER NOT NULL DEFAULT 0;
CREATE TABLE jury_session (
    id TEXT PRIMARY KEY NOT NULL,
    date TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    days REAL NOT NULL DEFAULT 1 CHECK (days > 0),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE jury_attendance (
    id TEXT PRIMARY KEY NOT NULL,
    juror_id TEXT NOT NULL,
    session_id TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (juror_id, session_id)
);
-- The days each juror attended, counted before sessions had dates, become undated sessions: one for
-- each step between the distinct counts (1.5 and 2 give sessions of 1.5 and 0.5 days), each juror
-- attending those up to their own count, so that every juror's total stays what it was.
CREATE TEMP TABLE jury_counts AS
    SELECT v, (SELECT count(DISTINCT w.days_attended) FROM jury_juror w WHERE w.days_attended > 0 AND w.days_attended < v) AS below,
           coalesce((SELECT max(w.days_attended) FROM jury_juror w WHERE w.days_attended > 0 AND w.days_attended < v), 0) AS previous
    FROM (SELECT DISTINCT days_attended AS v FROM jury_juror WHERE days_attended > 0);
INSERT INTO jury_session (id, date, title, days, position)
    SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a' ||
                 substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))), '', '', v - previous, below FROM jury_counts;
INSERT INTO jury_attendance (id, juror_id, session_id, position)
    SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a' ||
                 substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))), j.id, s.id, 0
    FROM jury_juror j JOIN jury_session s
    ON s.position <= (SELECT below FROM jury_counts WHERE v = j.days_attended);
DROP TABLE jury_counts;
ALTER TABLE jury_juror DROP COLUMN days_attended;
)sql")}},
            // The pool's people never travel: not in a shared copy, a merge or the journal.
            {QStringLiteral("jury_pool_person")}};
}

namespace Tables {

static const QList<Choice> &sources()
{
    static const QList<Choice> list{{"roll", QT_TRANSLATE_NOOP("Atelier::Entities", "electoral roll")},
                                    {"volunteers", QT_TRANSLATE_NOOP("Atelier::Entities", "volunteers")}};
    return list;
}

const TableInfo &poolImport()
{
    static const TableInfo info{
        "jury_pool_import",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Import a list into the pool"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove an imported list"),
        {{"source", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "List"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the list"), sources()},
         {"file_name", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "File"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the file")},
         {"encoding", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "Encoding"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the encoding")},
         {"accepted", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "People kept"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the count")},
         {"rejected", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "Lines rejected"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the count")},
         {"imported_at", FieldKind::Timestamp, QT_TRANSLATE_NOOP("Atelier::Entities", "Imported"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the date")}}};
    return info;
}

const TableInfo &poolPerson()
{
    static const TableInfo info{
        "jury_pool_person",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add to the pool"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove from the pool"),
        {{"last_name", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "Name"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the name")},
         {"first_names", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "First names"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the first names")},
         {"birth_year", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "Born in"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the year of birth")},
         {"sex", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "Sex"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the sex"),
          {{"F", QT_TRANSLATE_NOOP("Atelier::Entities", "woman")}, {"M", QT_TRANSLATE_NOOP("Atelier::Entities", "man")}}},
         {"neighbourhood", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "Neighbourhood or polling station"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the neighbourhood")},
         {"source", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "List"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the list"), sources()},
         {"line", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "Line in the file"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the line")}}};
    return info;
}

const TableInfo &draw()
{
    static const TableInfo info{
        "jury_draw",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Prepare the draw"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove the draw"),
        {{"panel_size", FieldKind::Integer, QT_TRANSLATE_NOOP("Atelier::Entities", "Jurors to draw"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the jury's size"), {}, nullptr, "name", 1, 200},
         {"one_per_household", FieldKind::Bool, QT_TRANSLATE_NOOP("Atelier::Entities", "At most one person per household"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the household rule")},
         {"daily_allowance", FieldKind::Money, QT_TRANSLATE_NOOP("Atelier::Entities", "Allowance per day"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the allowance per day")},
         {"state", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "State"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the state")},
         {"categories", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "Categories"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the categories")}}};
    return info;
}

const TableInfo &quota()
{
    static const TableInfo info{
        "jury_quota",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add a quota"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove a quota"),
        {{"category", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "Category"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the category")},
         {"value", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "Value"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the value")},
         {"min", FieldKind::Integer, QT_TRANSLATE_NOOP("Atelier::Entities", "At least"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the minimum"), {}, nullptr, "name", 0, 200},
         {"max", FieldKind::Integer, QT_TRANSLATE_NOOP("Atelier::Entities", "At most"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the maximum"), {}, nullptr, "name", 0, 200}}};
    return info;
}

const TableInfo &witness()
{
    static const TableInfo info{
        "jury_witness",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add a witness"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove a witness"),
        {{"name", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Witness"), QT_TRANSLATE_NOOP("Atelier::Entities", "Rename the witness")},
         {"number", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Number called"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the number called")}}};
    return info;
}

const TableInfo &juror()
{
    static const TableInfo info{
        "jury_juror",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add a juror"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove a juror"),
        {{"last_name", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "Name"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the name")},
         {"first_names", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "First names"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the first names")},
         {"profile", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "Profile"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the profile")},
         {"status", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "Status"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the status"),
          {{"seated", QT_TRANSLATE_NOOP("Atelier::Entities", "on the jury")}, {"withdrawn", QT_TRANSLATE_NOOP("Atelier::Entities", "withdrawn")}}},
         {"ethics_training", FieldKind::Bool, QT_TRANSLATE_NOOP("Atelier::Entities", "Ethics training"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the ethics training")},
         {"rules_training", FieldKind::Bool, QT_TRANSLATE_NOOP("Atelier::Entities", "Procurement rules training"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the rules training")}}};
    return info;
}

const TableInfo &session()
{
    static const TableInfo info{
        "jury_session",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add a session"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove a session"),
        {{"date", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "Date"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the session's date")},
         {"title", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Session"), QT_TRANSLATE_NOOP("Atelier::Entities", "Rename the session")},
         {"days", FieldKind::Number, QT_TRANSLATE_NOOP("Atelier::Entities", "Days"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the session's length")}}};
    return info;
}

const TableInfo &attendance()
{
    static const TableInfo info{"jury_attendance", QT_TRANSLATE_NOOP("Atelier::Entities", "Mark present"),
                                QT_TRANSLATE_NOOP("Atelier::Entities", "Mark absent"), {}};
    return info;
}

} // namespace Tables
} // namespace Atelier::Jury
