// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Atelier::DurableFile {

/// Flushes a file's data to the disk (fsync). False with `error` set on failure.
bool sync(const QString &path, QString *error);
/// Replaces `target` by `source` atomically (rename), then syncs the folder so the rename itself survives.
bool replace(const QString &source, const QString &target, QString *error);

} // namespace Atelier::DurableFile
