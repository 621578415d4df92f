// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "negotiation.h"

#include "sourcingschema.h"

#include "core/edit.h"
#include "core/projectcontext.h"
#include "core/store.h"

#include <QUndoStack>

namespace Atelier::Sourcing {

QStringList Negotiation::lifeCycleStages()
{
    return {QStringLiteral("raw_material"), QStringLiteral("production_place"), QStringLiteral("transport"),
            QStringLiteral("processing"), QStringLiteral("recycling")};
}

QString Negotiation::stageQuestion(const QString &stage)
{
    if (stage == QLatin1String("raw_material"))
        return tr("Where does the raw material come from, and how is it produced?");
    if (stage == QLatin1String("production_place"))
        return tr("Where is it made, and by whom?");
    if (stage == QLatin1String("transport"))
        return tr("How does it travel to us: distances, vehicles, packaging?");
    if (stage == QLatin1String("processing"))
        return tr("How is it processed or machined, with what energy and what waste?");
    if (stage == QLatin1String("recycling"))
        return tr("What becomes of it at the end: reuse, recycling, take-back?");
    return {};
}

Row Negotiation::meetingOf(const Store &store, const QString &bidderId)
{
    for (const Row &m : store.rows(Tables::meeting()))
        if (text(m, "bidder_id") == bidderId)
            return m;
    return {};
}

QString Negotiation::prepare(ProjectContext &ctx, const QString &bidderId)
{
    if (bidderId.isEmpty() || !meetingOf(ctx.store, bidderId).isEmpty())
        return {};
    QString meeting;
    bool ok = true;
    const int stepsBefore = ctx.undoStack.index();
    {
        Edit::Group group(ctx, tr("Prepare the negotiation meeting"));
        meeting = Edit::addRow(ctx, Tables::meeting(), {{QStringLiteral("bidder_id"), bidderId}});
        ok = !meeting.isEmpty();
        for (const QString &stage : lifeCycleStages())
            ok = ok && !Edit::addRow(ctx, Tables::meetingTopic(),
                                     {{QStringLiteral("meeting_id"), meeting},
                                      {QStringLiteral("topic"), stage},
                                      {QStringLiteral("title"), stageQuestion(stage)}})
                            .isEmpty();
    }
    if (!ok)
        Edit::takeBack(ctx, stepsBefore); // what was written before the failure: all or nothing
    return ok ? meeting : QString();
}

QList<Row> Negotiation::biddersNamed(const Store &store, const QString &name)
{
    const QString wanted = name.trimmed().toCaseFolded();
    QList<Row> out;
    for (const Row &b : store.rows(Tables::bidder()))
        if (text(b, "name").trimmed().toCaseFolded() == wanted)
            out << b;
    return out;
}

} // namespace Atelier::Sourcing
