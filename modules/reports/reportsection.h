// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace Atelier::Reports {

class Writer;

/// A part of a report that a panel (or the engine) contributes: a stable id, a title, and what
/// it writes. The report kinds pick sections by id; the engine lays them out on pages.
struct ReportSection
{
    QString id;    ///< stable, e.g. "projet.participants"
    QString title; ///< in the report's language
    std::function<void(Writer &)> write;
};

} // namespace Atelier::Reports
