// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharecopy.h"

#include "entities.h"
#include "journal.h"
#include "project.h"

#include <sqlite3.h>

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

/// The copy as shared, without the share points it already carries (a copy of a copy keeps its chain,
/// but each point holds only its own state), compressed.
QByteArray sharePoint(Sql::Connection &copy)
{
    Sql::Connection point = Sql::Connection::openMemory();
    Sql::copyDatabase(copy, point);
    point.exec(QStringLiteral("UPDATE share_record SET snapshot = NULL; VACUUM;"));
    sqlite3_int64 size = 0;
    unsigned char *bytes = sqlite3_serialize(point.handle(), "main", &size, 0);
    if (!bytes)
        throw Sql::Error(SQLITE_NOMEM, QStringLiteral("the share point could not be made"));
    const QByteArray packed = qCompress(bytes, int(size));
    sqlite3_free(bytes);
    return packed;
}

std::optional<ShareReport> write(Project &project, const QString &path, const ShareRequest &request, QString *error)
{
    ShareReport report;
    report.shareId = newId();
    report.leftOut = wouldLeaveOut(project, request.personal);
    QStringList leftOut;
    for (const auto &[what, n] : std::as_const(report.leftOut))
        leftOut << QStringLiteral("%1: %2").arg(what).arg(n);
    const QString sourceFile = project.isUntitled() ? QString() : QFileInfo(project.documentPath()).fileName();
    const QString recordId = newId();
    const QString sharedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QString why;
    const bool written = project.writeCopy(
        path,
        [&](Sql::Connection &copy) {
            {
                Sql::Transaction tx(copy);
                for (const PersonalData &data : request.personal) {
                    const QString table = data.table().table();
                    copy.exec(data.column.isEmpty() ? QStringLiteral("DELETE FROM %1").arg(table)
                                                    : QStringLiteral("UPDATE %1 SET %2 = '' WHERE %2 <> ''").arg(table, data.column));
                }
                Sql::Statement record(copy, QStringLiteral("INSERT INTO share_record(id, share_id, shared_at, sender, recipient, "
                                                           "source_file, left_out, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                                                           "(SELECT coalesce(max(position), -1) + 1 FROM share_record))"));
                record.bind(1, recordId)
                    .bind(2, report.shareId)
                    .bind(3, sharedAt)
                    .bind(4, request.sender.trimmed())
                    .bind(5, request.recipient.trimmed())
                    .bind(6, sourceFile)
                    .bind(7, leftOut.join(u'\n'))
                    .step();
                tx.commit();
            }
            // The copy carries itself as it is now: the share point a merge compares both sides with.
            const QByteArray point = sharePoint(copy);
            Sql::Transaction tx(copy);
            Sql::Statement keep(copy, QStringLiteral("UPDATE share_record SET snapshot = ?1, journal_head = ?2 WHERE id = ?3"));
            keep.bind(1, point).bind(2, Journal::head(copy)).bind(3, recordId).step();
            tx.commit();
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
