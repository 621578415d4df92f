// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Re-does a draw from what the project keeps — the pool, or the archived lists once it was purged —
// and says whether it finds the same jury, bit for bit, and if not, why.
#pragma once

#include "drawstore.h"

namespace Atelier::Jury {

/// An archived list of the pool: its file name and bytes (recognised by their SHA-256).
struct ArchivedList
{
    QString fileName;
    QByteArray bytes;
};

struct Verification
{
    bool reproduced = false;
    QStringList checks;   ///< what was checked and found right, in words
    QStringList problems; ///< what differs, in words (empty when reproduced)
};

namespace Verify {
/// The people of the pool: from the project, or (purged) from the archived lists, each matched to an
/// import of the project by its SHA-256 and read again with the columns and the date of that import.
std::optional<QList<PoolPerson>> poolPeople(const Store &store, const QList<ArchivedList> &archived, QStringList *problems);
Verification verify(const Store &store, const QList<ArchivedList> &archived);
} // namespace Verify

struct VerifyText
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Jury::Verify)
};

} // namespace Atelier::Jury
