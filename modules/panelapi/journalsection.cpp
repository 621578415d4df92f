// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalsection.h"

#include "core/journal.h"
#include "core/project.h"
#include "reports/reportwriter.h"

#include <QDateTime>
#include <QLocale>

namespace Atelier {

namespace JournalSection {

bool isDecision(const JournalEntry &entry)
{
    if (!entry.merged.isEmpty())
        return true;
    static const QStringList decisive{QStringLiteral("decision"),      QStringLiteral("amendment"),
                                      QStringLiteral("evolution"),     QStringLiteral("evolution_scenario"),
                                      QStringLiteral("seat_stance"),   QStringLiteral("jury_draw"),
                                      QStringLiteral("share_record"),  QStringLiteral("merge_conflict")};
    for (const ChangeSummary::Table &t : ChangeSummary::fromJson(entry.detail).tables)
        if (decisive.contains(t.name))
            return true;
    return false;
}

Reports::ReportSection section(ProjectContext &ctx)
{
    return {kSectionId, QCoreApplication::translate("Atelier::JournalSection", "Journal of decisions"), [&ctx](Reports::Writer &w) {
                Sql::Connection &db = ctx.store.connection();
                const Journal::Verdict verdict = Journal::verify(db);
                w.paragraph(verdict.intact
                                ? QCoreApplication::translate("Atelier::JournalSection", "The project's journal records every change, who made it, when and in "
                                           "which administration; each of its %n entries carries the fingerprint of "
                                           "the one before, and the chain holds. Its decisions:",
                                           nullptr, verdict.entries)
                                : QCoreApplication::translate("Atelier::JournalSection", "The project's journal does not hold: %1 The decisions it records:").arg(verdict.why));
                QList<QStringList> rows;
                const QList<JournalEntry> entries = Journal::entries(db);
                for (auto e = entries.crbegin(); e != entries.crend() && rows.size() < 200; ++e)
                    if (isDecision(*e))
                        rows.append({QLocale().toString(QDateTime::fromString(e->at, Qt::ISODateWithMs).toLocalTime(),
                                                        QLocale::ShortFormat),
                                     e->person, e->administration, e->action});
                if (rows.isEmpty()) {
                    w.note(QCoreApplication::translate("Atelier::JournalSection", "No decision recorded yet."));
                    return;
                }
                w.table({{QCoreApplication::translate("Atelier::JournalSection", "When"), false, 2}, {QCoreApplication::translate("Atelier::JournalSection", "Who"), false, 2}, {QCoreApplication::translate("Atelier::JournalSection", "Administration"), false, 2},
                         {QCoreApplication::translate("Atelier::JournalSection", "Decision"), false, 4}},
                        rows);
            }};
}

} // namespace JournalSection
} // namespace Atelier
