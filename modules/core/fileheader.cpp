// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileheader.h"

#include "schema.h"

#include <QCoreApplication>
#include <QtEndian>

namespace Atelier {

static const char kMagic[] = "SQLite format 3";

static quint32 be32(const QByteArray &b, int offset)
{
    return qFromBigEndian<quint32>(b.constData() + offset);
}

bool FileHeader::parse(const QByteArray &bytes, FileHeader &out)
{
    if (bytes.size() < kSize || !bytes.startsWith(QByteArray(kMagic, sizeof kMagic)))
        return false;
    const quint32 raw = qFromBigEndian<quint16>(bytes.constData() + 16);
    out.pageSize = raw == 1 ? 65536 : raw;
    out.wal = bytes[18] == 2 || bytes[19] == 2;
    out.pageCount = be32(bytes, 28);
    out.pageCountValid = out.pageCount != 0 && be32(bytes, 24) == be32(bytes, 92);
    out.userVersion = be32(bytes, 60);
    out.applicationId = be32(bytes, 68);
    return true;
}

static bool isValidPageSize(quint32 size)
{
    return size >= 512 && size <= 65536 && (size & (size - 1)) == 0;
}

OpenError checkHeader(const QByteArray &file, const QString &fileName)
{
    using C = OpenError::Code;
    if (file.isEmpty())
        return {C::Empty, OpenErrorText::tr(
                              "“%1” is empty (0 bytes): it holds no project. It may have been cut off while "
                              "being copied; ask the sender for the file again.")
                              .arg(fileName)};
    FileHeader h;
    if (!FileHeader::parse(file, h))
        return {C::NotSqlite,
                OpenErrorText::tr("“%1” is not an Atelier Achat project: it is not a project file at all "
                                  "(perhaps another document renamed). Check that you chose the right file.")
                    .arg(fileName)};
    if (h.applicationId != kApplicationId)
        return {C::NotAtelier,
                OpenErrorText::tr("“%1” is a database made by another program, not an Atelier Achat project. "
                                  "Open it with the program that created it.")
                    .arg(fileName)};
    if (h.wal)
        return {C::Wal,
                OpenErrorText::tr(
                    "“%1” was left in a journal mode (WAL) that Atelier Achat never writes: it was "
                    "changed by another program and may be incomplete. Ask the sender for a copy saved "
                    "from Atelier Achat.")
                    .arg(fileName)};
    const bool truncated = !isValidPageSize(h.pageSize) || file.size() % h.pageSize != 0 ||
                           (h.pageCountValid && qint64(h.pageCount) * h.pageSize > file.size());
    if (truncated)
        return {C::Truncated,
                OpenErrorText::tr("“%1” is incomplete or damaged: its size does not match its contents, as "
                                  "when a copy was interrupted. Ask the sender for the file again.")
                    .arg(fileName)};
    if (h.userVersion > quint32(kFileFormatVersion))
        return {C::NewerVersion,
                OpenErrorText::tr("“%1” was saved by a newer version of Atelier Achat (file format %2; this "
                                  "version reads up to %3). Update Atelier Achat to open it; the file was "
                                  "left untouched.")
                    .arg(fileName)
                    .arg(h.userVersion)
                    .arg(kFileFormatVersion)};
    return {};
}

} // namespace Atelier
