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
)sql")}}};
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

} // namespace Tables
} // namespace Atelier::Jury
