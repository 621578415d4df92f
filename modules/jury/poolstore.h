// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "poolimport.h"

#include <optional>

namespace Atelier {
class Store;
struct ProjectContext;
} // namespace Atelier

namespace Atelier::Jury {

/// What an import did: every line read (kept or rejected with its reason), and the people of this list
/// who are also on the other list (their line here, their line there).
struct PoolReport
{
    PoolImport read;
    QList<QPair<int, int>> onBothLists;
    QString encoding;
};

namespace PoolStore {
/// The people of the pool from one list ("roll" or "volunteers"), or from both with an empty source.
QList<PoolPerson> people(const Store &store, const QString &source = {});
/// Imports a CSV file's bytes as one list of the pool, as one undo step: the lines kept are stored (what
/// the draw needs only), with the import's record (file name, its SHA-256, encoding, counts). Nothing is
/// stored, and `error` says why, when the mapping lacks a field the draw needs, when no line could be
/// kept, or when a write failed.
std::optional<PoolReport> import(ProjectContext &ctx, const QByteArray &bytes, const QString &fileName,
                                 const QString &source, const Mapping &mapping, const QDate &today, QString *error);
/// After the draw, the pool's personal data leaves the project for good: every person of the pool is
/// deleted (the working copy overwrites deleted content: secure_delete), and the undo history, which
/// holds copies of them, is cleared; the project stays modified until saved. The jurors, the imports'
/// records and the fingerprints stay, so that the draw can still be verified against the archived lists.
/// Refused before the jury is drawn.
bool purge(ProjectContext &ctx, QString *error);
} // namespace PoolStore

struct PoolStoreText
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Jury::PoolStore)
};

} // namespace Atelier::Jury
