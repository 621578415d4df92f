// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolstore.h"

#include "juryschema.h"
#include "publicdraw.h"

#include "core/edit.h"
#include "core/projectcontext.h"
#include "core/store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QUndoStack>

namespace Atelier::Jury::PoolStore {

QList<PoolPerson> people(const Store &store, const QString &source)
{
    QList<PoolPerson> out;
    for (const Row &r : store.rows(Tables::poolPerson())) {
        if (!source.isEmpty() && text(r, "source") != source)
            continue;
        PoolPerson p;
        p.line = r.value(QStringLiteral("line")).toInt();
        p.lastName = text(r, "last_name");
        p.firstNames = text(r, "first_names");
        p.birthYear = r.value(QStringLiteral("birth_year")).toInt();
        p.sex = text(r, "sex").isEmpty() ? QChar() : text(r, "sex").at(0);
        p.neighbourhood = text(r, "neighbourhood");
        p.commune = text(r, "commune");
        p.household = text(r, "household");
        p.source = text(r, "source");
        out << p;
    }
    return out;
}

std::optional<PoolReport> import(ProjectContext &ctx, const QByteArray &bytes, const QString &fileName,
                                 const QString &source, const Mapping &mapping, const QDate &today, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<PoolReport> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    for (const Row &draw : ctx.store.rows(Tables::draw()))
        if (text(draw, "state") != QLatin1String("setup"))
            return fail(PoolStoreText::tr("The draw is frozen: its pool can no longer change."));
    const QStringList lacking = Pool::missing(mapping);
    if (!lacking.isEmpty())
        return fail(PoolStoreText::tr("The file has no column for %1: say which column holds it.").arg(lacking.join(QStringLiteral(", "))));
    const CsvTable table = Csv::read(bytes);
    PoolReport report;
    report.encoding = table.encoding;
    report.read = Pool::read(table, mapping, today);
    if (report.read.accepted.isEmpty())
        return fail(PoolStoreText::tr("No line of “%1” could be kept: nothing was imported.").arg(fileName));
    const QString other = source == QLatin1String("roll") ? QStringLiteral("volunteers") : QStringLiteral("roll");
    const QList<PoolPerson> otherList = people(ctx.store, other);
    for (const auto &[there, here] : Pool::sameIn(otherList, report.read.accepted))
        report.onBothLists.append({report.read.accepted[here].line, otherList[there].line});

    const int before = ctx.undoStack.index();
    bool ok = true;
    {
        Edit::Group group(ctx, PoolStoreText::tr("Import “%1” into the pool").arg(fileName));
        const QString importId = Edit::addRow(
            ctx, Tables::poolImport(),
            {{QStringLiteral("source"), source},
             {QStringLiteral("file_name"), fileName},
             {QStringLiteral("file_sha256"), QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())},
             {QStringLiteral("encoding"), table.encoding},
             {QStringLiteral("accepted"), int(report.read.accepted.size())},
             {QStringLiteral("rejected"), int(report.read.rejected.size())},
             {QStringLiteral("imported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
             {QStringLiteral("mapping"), Pool::mappingText(mapping)}});
        ok = !importId.isEmpty();
        QList<Row> rows;
        qint64 position = ctx.store.count(Tables::poolPerson().table());
        for (const PoolPerson &p : report.read.accepted)
            rows << Row{{QStringLiteral("id"), newId()},
                        {QStringLiteral("import_id"), importId},
                        {QStringLiteral("source"), source},
                        {QStringLiteral("pseudonym"), Draw::pseudonym(p.identity())},
                        {QStringLiteral("last_name"), p.lastName},
                        {QStringLiteral("first_names"), p.firstNames},
                        {QStringLiteral("birth_year"), p.birthYear},
                        {QStringLiteral("sex"), QString(p.sex)},
                        {QStringLiteral("neighbourhood"), p.neighbourhood},
                        {QStringLiteral("commune"), p.commune},
                        {QStringLiteral("household"), p.household},
                        {QStringLiteral("line"), p.line},
                        {QStringLiteral("position"), position++}};
        ok = ok && !Edit::addRows(ctx, Tables::poolPerson(), std::move(rows), PoolStoreText::tr("Add to the pool")).isEmpty();
    }
    if (!ok) {
        Edit::takeBack(ctx, before);
        return fail(PoolStoreText::tr("The pool could not be written: nothing was imported."));
    }
    return report;
}

bool purge(ProjectContext &ctx, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QList<Row> draws = ctx.store.rows(Tables::draw());
    if (draws.isEmpty() || text(draws.first(), "state") != QLatin1String("drawn"))
        return fail(PoolStoreText::tr("The pool is needed until the jury is drawn: draw it first."));
    QStringList ids;
    for (const Row &r : ctx.store.rows(Tables::poolPerson()))
        ids << text(r, "id");
    if (ids.isEmpty())
        return fail(PoolStoreText::tr("The pool is already purged."));
    if (!Edit::removeRows(ctx, Tables::poolPerson(), ids))
        return fail(PoolStoreText::tr("The pool could not be purged: nothing was removed."));
    // The history holds copies of every person (the import, the purge itself): it goes too, and the
    // project stays marked modified until it is saved.
    ctx.undoStack.clear();
    ctx.undoStack.resetClean();
    return true;
}

} // namespace Atelier::Jury::PoolStore
