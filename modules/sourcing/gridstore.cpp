// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridstore.h"

#include "sourcingschema.h"

#include "core/edit.h"
#include "core/projectcontext.h"
#include "core/sqlite.h"
#include "core/store.h"

#include <QHash>
#include <QUndoStack>

namespace Atelier::Sourcing {

QString phaseKey(Phase phase)
{
    return phase == Phase::Tender ? QStringLiteral("tender") : QStringLiteral("meeting");
}

QList<GridQuestion> GridStore::questions(const Store &store)
{
    QHash<QString, QList<GridChoice>> choices;
    for (const Row &c : store.rows(Tables::gridChoice()))
        choices[text(c, "question_id")].append(
            {text(c, "id"), text(c, "label"), c.value(QStringLiteral("points")).toInt()});
    QHash<QString, QString> impacts;
    try {
        for (const Row &i : store.rows(Tables::impactSought()))
            impacts.insert(text(i, "id"), text(i, "name"));
    } catch (const Sql::Error &) {
        // A build without the strategic modeler has no impacts sought: the questions have none.
    }
    QList<GridQuestion> out;
    for (const Row &r : store.rows(Tables::gridQuestion())) {
        GridQuestion q;
        q.id = text(r, "id");
        q.text = text(r, "text");
        q.impact = impacts.value(text(r, "criterion_id"));
        q.type = answerTypeFromKey(text(r, "answer_type"));
        q.unit = text(r, "unit");
        q.weight = r.value(QStringLiteral("weight")).toInt();
        q.required = r.value(QStringLiteral("required")).toBool();
        q.yesIsGood = r.value(QStringLiteral("yes_is_good")).toBool();
        q.ideal = r.value(QStringLiteral("ideal")).toDouble();
        q.threshold = r.value(QStringLiteral("threshold")).toDouble();
        q.higherIsBetter = r.value(QStringLiteral("higher_is_better")).toBool();
        q.scaleMax = r.value(QStringLiteral("scale_max")).toInt();
        q.choices = choices.value(q.id);
        out.append(q);
    }
    return out;
}

QList<BidderAnswers> GridStore::bidders(const Store &store, Phase phase, bool shortlistedOnly)
{
    // bidder → question → answer; the meeting's answers overwrite the tender's when asked for.
    QHash<QString, QHash<QString, GridAnswer>> answers;
    for (const Phase p : {Phase::Tender, Phase::Meeting}) {
        if (p == Phase::Meeting && phase == Phase::Tender)
            break;
        for (const Row &a : store.rows(Tables::answer()))
            if (text(a, "phase") == phaseKey(p))
                answers[text(a, "bidder_id")][text(a, "question_id")] =
                    GridAnswer{text(a, "question_id"), text(a, "answer"), a.value(QStringLiteral("hand_score")).toInt()};
    }
    QList<BidderAnswers> out;
    for (const Row &b : store.rows(Tables::bidder())) {
        if (shortlistedOnly && !b.value(QStringLiteral("shortlisted")).toBool())
            continue;
        BidderAnswers ba{text(b, "id"), text(b, "name"), {}};
        ba.answers = answers.value(ba.bidderId).values();
        out.append(ba);
    }
    return out;
}

Row GridStore::answerRow(const Store &store, const QString &bidderId, const QString &questionId, Phase phase)
{
    for (const Row &a : store.rows(Tables::answer()))
        if (text(a, "bidder_id") == bidderId && text(a, "question_id") == questionId &&
            text(a, "phase") == phaseKey(phase))
            return a;
    return {};
}

static bool setField(ProjectContext &ctx, const QString &bidderId, const QString &questionId, Phase phase,
                     const QString &column, const QVariant &value)
{
    const Row existing = GridStore::answerRow(ctx.store, bidderId, questionId, phase);
    if (!existing.isEmpty())
        return existing.value(column) == value ||
               Edit::setValue(ctx, Tables::answer(), text(existing, "id"), column, value);
    Row row{{QStringLiteral("bidder_id"), bidderId},
            {QStringLiteral("question_id"), questionId},
            {QStringLiteral("phase"), phaseKey(phase)},
            {column, value}};
    // A hand score given at the meeting scores the answer as it stands: the tender's, until revised.
    if (phase == Phase::Meeting && column != QLatin1String("answer"))
        row.insert(QStringLiteral("answer"),
                   text(GridStore::answerRow(ctx.store, bidderId, questionId, Phase::Tender), "answer"));
    return !Edit::addRow(ctx, Tables::answer(), row).isEmpty();
}

bool GridStore::setAnswer(ProjectContext &ctx, const QString &bidderId, const QString &questionId, Phase phase,
                          const QString &text)
{
    return setField(ctx, bidderId, questionId, phase, QStringLiteral("answer"), text);
}

bool GridStore::setHandScore(ProjectContext &ctx, const QString &bidderId, const QString &questionId, Phase phase,
                             int score)
{
    return setField(ctx, bidderId, questionId, phase, QStringLiteral("hand_score"), score);
}

bool GridStore::importAnswers(ProjectContext &ctx, const QString &bidderId, const QList<GridAnswer> &answers)
{
    QList<GridAnswer> changed;
    for (const GridAnswer &a : answers)
        if (text(answerRow(ctx.store, bidderId, a.questionId, Phase::Tender), "answer") != a.text)
            changed << a;
    if (changed.isEmpty())
        return true; // the same answers again: no empty undo step
    bool ok = true;
    const int stepsBefore = ctx.undoStack.index();
    {
        Edit::Group group(ctx, tr("Import the bidder's answers"));
        for (const GridAnswer &a : changed)
            ok = ok && setAnswer(ctx, bidderId, a.questionId, Phase::Tender, a.text);
    }
    if (!ok)
        Edit::takeBack(ctx, stepsBefore); // what was written before the failure: all or nothing
    return ok;
}

QString GridStore::addFromEntry(ProjectContext &ctx, const Row &entry)
{
    return Edit::addRow(ctx, Tables::gridQuestion(),
                        {{QStringLiteral("entry_id"), text(entry, "id")}, {QStringLiteral("text"), text(entry, "title")}});
}

} // namespace Atelier::Sourcing
