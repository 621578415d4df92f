// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openerror.h"

#include <QByteArray>

namespace Atelier {

/// The facts of a SQLite file header (the first 100 bytes) that safe open needs.
struct FileHeader
{
    static constexpr int kSize = 100;
    quint32 pageSize = 0;
    bool wal = false;
    quint32 pageCount = 0;
    bool pageCountValid = false;
    quint32 userVersion = 0;
    quint32 applicationId = 0;

    /// Reads the header; false when the bytes are not a SQLite header at all.
    static bool parse(const QByteArray &bytes, FileHeader &out);
};

/// Checks a whole file's bytes before SQLite sees them: not empty, a SQLite database, ours, not WAL,
/// not truncated, not from a newer Atelier. `fileName` is only for the message.
OpenError checkHeader(const QByteArray &file, const QString &fileName);

} // namespace Atelier
