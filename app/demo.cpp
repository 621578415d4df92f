// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo.h"

#include "core/attachmentfile.h"
#include "core/edit.h"
#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>

namespace Atelier::Demo {

static QByteArray resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

static bool addRows(ProjectContext &ctx, const TableInfo &table, const QJsonArray &rows)
{
    for (const QJsonValue &value : rows)
        if (Edit::addRow(ctx, table, value.toObject().toVariantMap()).isEmpty())
            return false;
    return true;
}

static bool addEvidence(ProjectContext &ctx, const QJsonArray &items)
{
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const QString file = item.value(QLatin1String("file")).toString();
        const QByteArray data = resource(QStringLiteral(":/demo/") + file);
        if (data.isEmpty())
            return false;
        Row row = AttachmentFile::fromBytes(file, data);
        for (const char *key : {"title", "kind", "description"})
            row.insert(QLatin1String(key), item.value(QLatin1String(key)).toString());
        if (Edit::addRow(ctx, Entities::attachment(), row).isEmpty())
            return false;
    }
    return true;
}

bool fill(ProjectContext &ctx, QString *error)
{
    QString failure;
    const QMetaObject::Connection listen = QObject::connect(&ctx.notifier, &Notifier::writeFailed,
                                                            [&failure](const QString &m) { failure = m; });
    const QJsonObject demo = QJsonDocument::fromJson(resource(QStringLiteral(":/demo/demo.json"))).object();
    const QJsonObject identity = demo.value(QLatin1String("project")).toObject();
    bool ok = !demo.isEmpty();
    for (auto it = identity.begin(); ok && it != identity.end(); ++it)
        ok =
            Edit::setValue(ctx, Entities::project(), ctx.store.projectId(), it.key(), it.value().toVariant());
    ok = ok && addRows(ctx, Entities::keyDate(), demo.value(QLatin1String("key_dates")).toArray());
    ok = ok && addRows(ctx, Entities::participant(), demo.value(QLatin1String("participants")).toArray());
    ok = ok && addEvidence(ctx, demo.value(QLatin1String("evidence")).toArray());
    QObject::disconnect(listen);
    if (!ok && error)
        *error = failure.isEmpty()
                     ? QCoreApplication::translate("Atelier::Demo", "The demo data is missing or unreadable.")
                     : failure;
    return ok;
}

} // namespace Atelier::Demo
