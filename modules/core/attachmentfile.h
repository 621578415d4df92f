// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <optional>

namespace Atelier::AttachmentFile {

/// Reads a file into a new attachment row (title, kind guessed from its type, MIME type, size,
/// SHA-256, bytes, date added). Refuses, with a message, a file over `maxBytes` or unreadable.
std::optional<Row> read(const QString &path, QString *error, qint64 maxBytes = kMaxAttachmentBytes);
/// The same from bytes already in memory (resources, drops).
Row fromBytes(const QString &fileName, const QByteArray &data);
QString sha256(const QByteArray &data);
/// Writes an attachment's bytes to a file after checking them against their stored fingerprint.
bool exportTo(const QByteArray &data, const QString &expectedSha256, const QString &path, QString *error);

} // namespace Atelier::AttachmentFile
