// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workingarea.h"

#include "documentlock.h"
#include "durablefile.h"
#include "entities.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>

namespace Atelier {

static const auto kSidecarSuffix = QLatin1String(".session.json");
static const auto kDatabaseSuffix = QLatin1String(".work.atelier");

WorkingSession::WorkingSession(QString databasePath, QString sidecarPath)
    : m_database(std::move(databasePath)), m_sidecar(std::move(sidecarPath))
{}

bool WorkingSession::record(const QString &documentPath, const QString &title, bool dirty)
{
    QSaveFile file(m_sidecar);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QJsonObject o{{QLatin1String("document"), documentPath},
                        {QLatin1String("title"), title},
                        {QLatin1String("dirty"), dirty},
                        {QLatin1String("pid"), double(QCoreApplication::applicationPid())},
                        {QLatin1String("host"), QSysInfo::machineHostName()},
                        {QLatin1String("updated"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    file.write(QJsonDocument(o).toJson());
    // QSaveFile syncs the file before its rename; the folder is synced too, so that after a power cut the
    // sidecar still says there is unsaved work (a clean sidecar lets the working copy be deleted).
    return file.commit() && DurableFile::syncFolder(QFileInfo(m_sidecar).absolutePath(), nullptr);
}

void WorkingSession::remove()
{
    if (!m_database.isEmpty()) {
        QFile::remove(m_database);
        QFile::remove(m_database + QLatin1String("-journal"));
    }
    if (!m_sidecar.isEmpty())
        QFile::remove(m_sidecar);
}

WorkingArea::WorkingArea(QString directory) : m_dir(std::move(directory)) {}

WorkingSession WorkingArea::newSession() const
{
    QDir().mkpath(m_dir);
    const QString base = QDir(m_dir).filePath(newId());
    return WorkingSession(base + kDatabaseSuffix, base + kSidecarSuffix);
}

QList<RecoverableWork> WorkingArea::recoverable() const
{
    QList<RecoverableWork> result;
    const QDir dir(m_dir);
    const QStringList sidecars =
        dir.entryList({QLatin1String("*") + kSidecarSuffix}, QDir::Files, QDir::Time);
    for (const QString &name : sidecars) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(file.read(1 << 16)).object();
        const bool ours = o.value(QLatin1String("host")).toString() == QSysInfo::machineHostName();
        if (!ours || DocumentLock::isProcessAlive(qint64(o.value(QLatin1String("pid")).toDouble())))
            continue; // still being edited, or by another machine sharing this folder
        const QString stem = name.chopped(kSidecarSuffix.size());
        WorkingSession session(dir.filePath(stem + kDatabaseSuffix), file.fileName());
        if (!o.value(QLatin1String("dirty")).toBool() || !QFile::exists(session.databasePath())) {
            session.remove();
            continue;
        }
        result << RecoverableWork{session, o.value(QLatin1String("document")).toString(),
                                  o.value(QLatin1String("title")).toString(),
                                  QFileInfo(session.databasePath()).lastModified()};
    }
    return result;
}

} // namespace Atelier
