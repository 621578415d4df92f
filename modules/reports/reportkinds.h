// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagedrenderer.h"
#include "reportsection.h"

namespace Atelier {
class Store;
}

namespace Atelier::Reports {

/// A kind of report: what it is called and which sections it gathers, in which order. Adding a
/// report is writing one of these (and the sections it names, in the panels that own the data).
class ReportKind
{
public:
    struct Entry
    {
        QString sectionId;
        bool newPage = true;
    };
    virtual ~ReportKind() = default;
    /// The name on the command line: `atelier export <id> ...`.
    virtual QString id() const = 0;
    virtual QString title() const = 0;
    virtual QString subject() const = 0;
    virtual QStringList keywords() const = 0;
    /// The sections, by id; those no panel offers are left out.
    virtual QList<Entry> sections() const = 0;
};

namespace ReportKinds {
QList<const ReportKind *> all();
const ReportKind *find(const QString &id);
} // namespace ReportKinds

/// The cover's and metadata's facts for a report on this project: its title, its administration,
/// today, the language of the running translation.
ReportInfo reportInfo(const ReportKind &kind, const Store &store);

/// Writes the kind's sections found in `available`, in the kind's order. Progress counts sections;
/// an empty document (no parts) when cancelled.
Document compose(const ReportKind &kind, const QList<ReportSection> &available, const ReportInfo &info,
                 const Progress &progress = {});

} // namespace Atelier::Reports
