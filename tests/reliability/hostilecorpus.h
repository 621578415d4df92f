// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The hostile corpus: for every table of every panel, the damaged or malicious variants a sender could
// make of a valid project with plain SQLite — and a few that concern the whole file. Each says what the
// safe open must do with it: refuse it with a given reason, or load it safely.

#include "core/openerror.h"

#include <QList>
#include <QString>

namespace AtelierTest {

struct HostileFile
{
    QString name; ///< also the file name in the corpus folder
    QString path;
    std::optional<Atelier::OpenError::Code> refusedWith; ///< empty: must load safely
};

/// The maximum text length the corpus's "oversized" files exceed (the test opens them with it).
inline constexpr qint64 kCorpusTextLimit = 100000;

/// Writes the corpus into `folder` from `valid`, a saved project holding every table of every panel.
/// Variants SQLite itself refuses to write (a constraint of the table) are left out and counted in
/// `skipped`.
QList<HostileFile> writeHostileCorpus(const QString &valid, const QString &folder, int *skipped);

} // namespace AtelierTest
