// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentfile.h"

#include "format.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>

namespace Atelier::AttachmentFile {

struct AttachmentFileText
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::AttachmentFile)
};

static QString guessKind(const QMimeType &type)
{
    const QString name = type.name();
    if (name.startsWith(QLatin1String("image/")))
        return QStringLiteral("photo");
    if (name.startsWith(QLatin1String("audio/")))
        return QStringLiteral("sound");
    if (name.startsWith(QLatin1String("video/")))
        return QStringLiteral("video");
    if (type.inherits(QStringLiteral("text/csv")) || name.contains(QLatin1String("spreadsheet")) ||
        name.contains(QLatin1String("excel")))
        return QStringLiteral("figures");
    return QStringLiteral("document");
}

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

Row fromBytes(const QString &fileName, const QByteArray &data)
{
    const QMimeType type = QMimeDatabase().mimeTypeForFileNameAndData(fileName, data);
    return {{QStringLiteral("id"), newId()},
            {QStringLiteral("title"), QFileInfo(fileName).completeBaseName()},
            {QStringLiteral("kind"), guessKind(type)},
            {QStringLiteral("file_name"), QFileInfo(fileName).fileName()},
            {QStringLiteral("mime_type"), type.name()},
            {QStringLiteral("size"), qint64(data.size())},
            {QStringLiteral("sha256"), sha256(data)},
            {QStringLiteral("added_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("data"), data}};
}

std::optional<Row> read(const QString &path, QString *error, qint64 maxBytes)
{
    const QFileInfo info(path);
    QFile file(path);
    if (info.size() > maxBytes) {
        *error = AttachmentFileText::tr(
                     "“%1” is %2; an attachment can be at most %3. Make it lighter (a compressed photo, a "
                     "shorter recording) or keep it outside the project and describe it in a testimony.")
                     .arg(info.fileName(), Format::bytes(info.size()), Format::bytes(maxBytes));
        return std::nullopt;
    }
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        *error = AttachmentFileText::tr("“%1” cannot be read (%2).").arg(info.fileName(), file.errorString());
        return std::nullopt;
    }
    const QByteArray data = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError || data.size() > maxBytes) {
        *error = AttachmentFileText::tr("“%1” could not be read completely (%2).")
                     .arg(info.fileName(), file.errorString());
        return std::nullopt;
    }
    return fromBytes(info.fileName(), data);
}

bool exportTo(const QByteArray &data, const QString &expectedSha256, const QString &path, QString *error)
{
    if (sha256(data) != expectedSha256) {
        *error = AttachmentFileText::tr(
            "This attachment has been damaged inside the project (its fingerprint does not match); it "
            "was not written.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = AttachmentFileText::tr("“%1” could not be written (%2).")
                     .arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace Atelier::AttachmentFile
