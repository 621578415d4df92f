// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectinfo.h"

#include "safeopen.h"

namespace Atelier {

QJsonObject projectInfo(UntrustedDatabase &database)
{
    Sql::Connection &db = database.connection();
    QJsonObject modules;
    for (auto it = database.moduleVersions().cbegin(); it != database.moduleVersions().cend(); ++it)
        modules.insert(it.key(), it.value());
    QJsonObject tables;
    // Table names come from the checked schema, so they are only the ones Atelier knows.
    Sql::Statement names(db,
                         QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
    while (names.step()) {
        const QString table = names.text(0);
        tables.insert(table,
                      db.scalar(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)).toLongLong());
    }
    return QJsonObject{
        {QLatin1String("title"), db.scalar(QStringLiteral("SELECT title FROM project")).toString()},
        {QLatin1String("formatVersion"), database.formatVersion()},
        {QLatin1String("modules"), modules},
        {QLatin1String("tables"), tables}};
}

} // namespace Atelier
