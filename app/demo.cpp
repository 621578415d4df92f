// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo.h"

#include "core/project.h"

#include "panelapi/panel.h"

#include "core/attachmentfile.h"
#include "core/edit.h"
#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>

#include <algorithm>

namespace Atelier::Demo {

static QByteArray resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Rows name each other by "key"; a value "@key" becomes the id of the row with that key.
class Builder
{
public:
    Builder(ProjectContext &ctx, const QList<const TableInfo *> &tables) : m_ctx(ctx), m_tables(tables) {}

    bool addRecords(const QJsonArray &records)
    {
        for (const QJsonValue &record : records) {
            const QString name = record.toObject().value(QLatin1String("table")).toString();
            const auto table = std::find_if(m_tables.begin(), m_tables.end(),
                                            [&](const TableInfo *t) { return t->table() == name; });
            if (table == m_tables.end())
                return false;
            for (const QJsonValue &row : record.toObject().value(QLatin1String("rows")).toArray())
                if (!addRow(**table, row.toObject()))
                    return false;
        }
        return true;
    }

private:
    bool addRow(const TableInfo &table, const QJsonObject &object)
    {
        Row row;
        const QString file = object.value(QLatin1String("file")).toString();
        if (!file.isEmpty()) { // evidence: the file's bytes, type and fingerprint
            const QByteArray data = resource(QStringLiteral(":/demo/") + file);
            if (data.isEmpty())
                return false;
            row = AttachmentFile::fromBytes(file, data);
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("key") || it.key() == QLatin1String("file"))
                continue;
            const QString text = it.value().toString();
            if (text.startsWith(QLatin1Char('@')) && !m_ids.contains(text.mid(1)))
                return false; // a reference to a row not (yet) written
            row.insert(it.key(), text.startsWith(QLatin1Char('@')) ? QVariant(m_ids.value(text.mid(1)))
                                                                   : it.value().toVariant());
        }
        const QString id = Edit::addRow(m_ctx, table, row);
        m_ids.insert(object.value(QLatin1String("key")).toString(), id);
        return !id.isEmpty();
    }

    ProjectContext &m_ctx;
    const QList<const TableInfo *> &m_tables;
    QHash<QString, QString> m_ids;
};

bool fill(ProjectContext &ctx, const QList<const TableInfo *> &tables, QString *error)
{
    QString failure;
    const QMetaObject::Connection listen = QObject::connect(&ctx.notifier, &Notifier::writeFailed,
                                                            [&failure](const QString &m) { failure = m; });
    const QJsonObject demo = QJsonDocument::fromJson(resource(QStringLiteral(":/demo/demo.json"))).object();
    const QJsonObject identity = demo.value(QLatin1String("project")).toObject();
    bool ok = !demo.isEmpty();
    // The journal names the demo's facilitator, of the demo's town.
    const Author before = ctx.project.journal().author();
    ctx.project.journal().setAuthor({QStringLiteral("Camille Roussel"), identity.value(QLatin1String("administration")).toString()});
    for (auto it = identity.begin(); ok && it != identity.end(); ++it)
        ok =
            Edit::setValue(ctx, Entities::project(), ctx.store.projectId(), it.key(), it.value().toVariant());
    ok = ok && Builder(ctx, tables).addRecords(demo.value(QLatin1String("records")).toArray());
    QString panelError;
    for (Panel *panel : staticPanels())
        if (ok && !panel->addToDemo(ctx, &panelError)) {
            ok = false;
            failure = panelError;
        }
    QObject::disconnect(listen);
    ctx.project.journal().setAuthor(before);
    if (!ok && error)
        *error = failure.isEmpty()
                     ? QCoreApplication::translate("Atelier::Demo", "The demo data is missing or unreadable.")
                     : failure;
    return ok;
}

} // namespace Atelier::Demo
