// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The procès-verbal du tirage au sort: what was fixed before the draw (the lists and their SHA-256,
// the settings, the quotas, the five fingerprints), how fair it was, the witnesses and their numbers,
// the jury and its substitutes, and how anyone can verify it.
#pragma once

#include "reports/reportwriter.h"

#include <QCoreApplication>

#include <optional>

namespace Atelier {
class Store;
}

namespace Atelier::Jury {

class JuryMinutes
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Jury::JuryMinutes)
public:
    /// The minutes, or nothing (and `error` says why) while the jury is not drawn.
    static std::optional<Reports::Document> minutes(const Store &store, QString *error);
};

} // namespace Atelier::Jury
