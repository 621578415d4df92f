// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharecopy.h"

#include "entities.h"
#include "project.h"

#include <QDateTime>
#include <QFileInfo>

namespace Atelier::ShareCopy {

QList<PersonalData> corePersonalData()
{
    return {{&Entities::participant, QStringLiteral("contact"),
             QT_TRANSLATE_NOOP("Atelier::Entities", "the participants' contacts")}};
}

/// How many values (or rows) of `data` the project holds.
static int held(Project &project, const PersonalData &data)
{
    const TableInfo &table = data.table();
    if (data.column.isEmpty())
        return int(project.store().count(table.table()));
    int n = 0;
    for (const Row &row : project.store().rows(table))
        if (!row.value(data.column).toString().isEmpty())
            ++n;
    return n;
}

QList<std::pair<QString, int>> wouldLeaveOut(Project &project, const QList<PersonalData> &personal)
{
    QList<std::pair<QString, int>> out;
    for (const PersonalData &data : personal)
        if (const int n = held(project, data); n > 0)
            out.append({Entities::tr(data.what), n});
    return out;
}

std::optional<ShareReport> write(Project &project, const QString &path, const ShareRequest &request, QString *error)
{
    if (request.recipient.trimmed().isEmpty()) {
        if (error)
            *error = ShareCopyText::tr("Say which administration the copy is for.");
        return std::nullopt;
    }
    ShareReport report;
    report.shareId = newId();
    report.leftOut = wouldLeaveOut(project, request.personal);
    QStringList leftOut;
    for (const auto &[what, n] : std::as_const(report.leftOut))
        leftOut << QStringLiteral("%1: %2").arg(what).arg(n);
    const QString sourceFile = project.isUntitled() ? QString() : QFileInfo(project.documentPath()).fileName();
    QString why;
    const bool written = project.writeCopy(
        path,
        [&](Sql::Connection &copy) {
            for (const PersonalData &data : request.personal) {
                const QString table = data.table().table();
                copy.exec(data.column.isEmpty() ? QStringLiteral("DELETE FROM %1").arg(table)
                                                : QStringLiteral("UPDATE %1 SET %2 = '' WHERE %2 <> ''").arg(table, data.column));
            }
            Sql::Statement record(copy, QStringLiteral("INSERT INTO share_record(id, share_id, shared_at, sender, recipient, "
                                                       "source_file, left_out, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                                                       "(SELECT coalesce(max(position), -1) + 1 FROM share_record))"));
            record.bind(1, newId())
                .bind(2, report.shareId)
                .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                .bind(4, request.sender.trimmed())
                .bind(5, request.recipient.trimmed())
                .bind(6, sourceFile)
                .bind(7, leftOut.join(u'\n'))
                .step();
        },
        &why);
    if (!written) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    return report;
}

} // namespace Atelier::ShareCopy
