// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshop.h"

#include "core/edit.h"
#include "core/projectcontext.h"
#include "core/store.h"

#include <QCoreApplication>

#include <algorithm>

namespace Atelier::Modeler::Workshop {

struct WorkshopText
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::Modeler::Workshop)
};

static const QString kId = QStringLiteral("id");

static QString value(const Row &row, const char *column)
{
    return row.value(QLatin1String(column)).toString();
}

void addDefaultRoles(ProjectContext &ctx)
{
    const QList<QPair<QString, QString>> roles{
        {WorkshopText::tr("the technician"),
         WorkshopText::tr("Feasibility, maintenance, standards, the long run.")},
        {WorkshopText::tr("the user"),
         WorkshopText::tr("What changes in daily life; access, quality, dignity.")},
        {WorkshopText::tr("the shopkeeper"),
         WorkshopText::tr("Local trade, suppliers nearby, the town's economy.")},
        {WorkshopText::tr("the prescriber"),
         WorkshopText::tr("The need, the service to deliver, the calendar.")},
        {WorkshopText::tr("the buyer"), WorkshopText::tr("The legal frame, competition, total cost, risks.")},
        {WorkshopText::tr("the elected official"),
         WorkshopText::tr("The policy, the budget, accountability.")},
        {WorkshopText::tr("the citizen juror"),
         WorkshopText::tr("The general interest, fairness, transparency.")},
        {WorkshopText::tr("the economic operator"),
         WorkshopText::tr("What companies, cooperatives and associations can offer.")}};
    Edit::Group group(ctx, WorkshopText::tr("Add the default roles"));
    for (const auto &[name, brief] : roles)
        Edit::addRow(ctx, Tables::role(), {{QStringLiteral("name"), name}, {QStringLiteral("brief"), brief}});
}

void addDefaultCriteria(ProjectContext &ctx)
{
    const QStringList names{WorkshopText::tr("environment"),      WorkshopText::tr("local jobs"),
                            WorkshopText::tr("social inclusion"), WorkshopText::tr("innovation"),
                            WorkshopText::tr("total cost"),       WorkshopText::tr("quality of service")};
    Edit::Group group(ctx, WorkshopText::tr("Add the usual impacts sought"));
    for (const QString &name : names)
        Edit::addRow(ctx, Tables::criterion(),
                     {{QStringLiteral("name"), name}, {QStringLiteral("weight"), 3}});
}

static void addElements(ProjectContext &ctx, const QString &scenarioId, const QList<Element> &elements)
{
    for (const Element &e : elements)
        Edit::addRow(ctx, Tables::element(),
                     {{QStringLiteral("scenario_id"), scenarioId},
                      {QStringLiteral("kind"), e.kind},
                      {QStringLiteral("text"), e.text}});
}

QString createProposal(ProjectContext &ctx, const QString &title, const QList<Element> &elements)
{
    Edit::Group group(ctx, WorkshopText::tr("Write the initial proposal"));
    const QString id = Edit::addRow(ctx, Tables::scenario(), {{QStringLiteral("title"), title}});
    if (!id.isEmpty())
        addElements(ctx, id, elements);
    return id;
}

QString proposeAmendment(ProjectContext &ctx, const QString &scenarioId, int round, const QString &roleId,
                         const QString &action, const QString &elementId, const Element &proposed,
                         const QString &reason)
{
    QString kind = proposed.kind;
    if (!elementId.isEmpty())
        kind = ctx.store.value(Tables::element(), elementId, QStringLiteral("kind")).toString();
    return Edit::addRow(ctx, Tables::amendment(),
                        {{QStringLiteral("scenario_id"), scenarioId},
                         {QStringLiteral("round"), qMax(1, round)},
                         {QStringLiteral("role_id"), roleId},
                         {QStringLiteral("action"), action},
                         {QStringLiteral("element_id"), elementId},
                         {QStringLiteral("kind"), kind},
                         {QStringLiteral("text"), proposed.text},
                         {QStringLiteral("reason"), reason}});
}

static void apply(ProjectContext &ctx, const Row &a)
{
    const QString action = value(a, "action"), elementId = value(a, "element_id");
    if (action == QLatin1String("add")) {
        addElements(ctx, value(a, "scenario_id"), {{value(a, "kind"), value(a, "text")}});
    } else if (action == QLatin1String("change")) {
        Edit::setValue(ctx, Tables::amendment(), value(a, "id"), QStringLiteral("previous_text"),
                       ctx.store.value(Tables::element(), elementId, QStringLiteral("text")));
        Edit::setValue(ctx, Tables::element(), elementId, QStringLiteral("text"), value(a, "text"));
    } else {
        Edit::setValue(ctx, Tables::element(), elementId, QStringLiteral("removed"), 1);
    }
}

bool decide(ProjectContext &ctx, const QString &amendmentId, bool accept)
{
    const Row a = ctx.store.row(Tables::amendment(), amendmentId);
    if (a.isEmpty() || value(a, "status") != QLatin1String("proposed"))
        return false;
    if (accept && value(a, "action") != QLatin1String("add")) {
        // A change or a removal must name an element of the same scenario.
        const Row element = ctx.store.row(Tables::element(), value(a, "element_id"));
        if (element.isEmpty() || value(element, "scenario_id") != value(a, "scenario_id"))
            return false;
    }
    Edit::Group group(ctx,
                      accept ? WorkshopText::tr("Accept amendment") : WorkshopText::tr("Reject amendment"));
    const bool ok = Edit::setValue(ctx, Tables::amendment(), amendmentId, QStringLiteral("status"),
                                   accept ? QStringLiteral("accepted") : QStringLiteral("rejected"));
    if (ok && accept)
        apply(ctx, a);
    return ok;
}

QList<Row> currentElements(ProjectContext &ctx, const QString &scenarioId)
{
    QList<Row> result;
    for (const Row &e : ctx.store.rows(Tables::element()))
        if (value(e, "scenario_id") == scenarioId && !e.value(QStringLiteral("removed")).toBool())
            result << e;
    return result;
}

int lastRound(ProjectContext &ctx, const QString &scenarioId)
{
    int round = 1;
    for (const Row &a : ctx.store.rows(Tables::amendment()))
        if (value(a, "scenario_id") == scenarioId)
            round = qMax(round, a.value(QStringLiteral("round")).toInt());
    return round;
}

QString fork(ProjectContext &ctx, const QString &scenarioId, int round, const QString &title)
{
    Edit::Group group(ctx, WorkshopText::tr("Fork scenario"));
    const QString id = Edit::addRow(ctx, Tables::scenario(),
                                    {{QStringLiteral("title"), title},
                                     {QStringLiteral("forked_from"), scenarioId},
                                     {QStringLiteral("forked_in_round"), round}});
    QList<Element> copy;
    for (const Row &e : currentElements(ctx, scenarioId))
        copy << Element{value(e, "kind"), value(e, "text")};
    if (!id.isEmpty())
        addElements(ctx, id, copy);
    return id;
}

bool setScore(ProjectContext &ctx, const QString &scenarioId, const QString &criterionId, int score)
{
    for (const Row &s : ctx.store.rows(Tables::score()))
        if (value(s, "scenario_id") == scenarioId && value(s, "criterion_id") == criterionId)
            return Edit::setValue(ctx, Tables::score(), value(s, "id"), QStringLiteral("value"), score);
    return !Edit::addRow(ctx, Tables::score(),
                         {{QStringLiteral("scenario_id"), scenarioId},
                          {QStringLiteral("criterion_id"), criterionId},
                          {QStringLiteral("value"), score}})
                .isEmpty();
}

static Ranking measure(ProjectContext &ctx, const Row &scenario, const QList<Row> &criteria)
{
    Ranking r{value(scenario, "id"), value(scenario, "title")};
    QHash<QString, int> scores;
    for (const Row &s : ctx.store.rows(Tables::score()))
        if (value(s, "scenario_id") == r.scenarioId)
            scores.insert(value(s, "criterion_id"), s.value(QStringLiteral("value")).toInt());
    double weighted = 0, possible = 0;
    for (const Row &c : criteria) {
        const int weight = c.value(QStringLiteral("weight")).toInt();
        if (weight == 0)
            continue;
        possible += weight * 5.0;
        if (scores.contains(value(c, "id")))
            weighted += weight * scores.value(value(c, "id"));
        else
            ++r.missingScores;
    }
    r.impact = possible > 0 ? 100.0 * weighted / possible : 0;
    int risks = 0;
    for (const Row &k : ctx.store.rows(Tables::risk())) {
        if (value(k, "scenario_id") != r.scenarioId)
            continue;
        r.risk += k.value(QStringLiteral("likelihood")).toInt() * k.value(QStringLiteral("severity")).toInt();
        ++risks;
    }
    r.risk = risks ? r.risk / risks : 0;
    for (const Row &d : ctx.store.rows(Tables::dotVote()))
        if (value(d, "scenario_id") == r.scenarioId)
            r.dots += d.value(QStringLiteral("dots")).toInt();
    return r;
}

QList<Ranking> rank(ProjectContext &ctx)
{
    const QList<Row> criteria = ctx.store.rows(Tables::criterion());
    QList<Ranking> result;
    for (const Row &scenario : ctx.store.rows(Tables::scenario()))
        result << measure(ctx, scenario, criteria);
    const auto key = [](const Ranking &r) {
        return std::make_tuple(-qRound(r.impact * 10), qRound(r.risk * 10), -r.dots);
    };
    std::stable_sort(result.begin(), result.end(),
                     [&](const Ranking &a, const Ranking &b) { return key(a) < key(b); });
    for (qsizetype i = 0; i < result.size(); ++i) {
        const bool sameAsPrevious = i > 0 && key(result[i]) == key(result[i - 1]);
        result[i].rank = sameAsPrevious ? result[i - 1].rank : int(i) + 1;
        if (sameAsPrevious)
            result[i].tied = result[i - 1].tied = true;
    }
    return result;
}

int dotsPerParticipant(ProjectContext &ctx)
{
    // One row at most; none until the facilitator sets a number.
    const QList<Row> settings = ctx.store.rows(Tables::workshopSetting());
    return settings.isEmpty() ? kNoDotLimit
                              : settings.first().value(QStringLiteral("dots_per_participant")).toInt();
}

static bool refuse(QString *refusal, const QString &why)
{
    if (refusal)
        *refusal = why;
    return false;
}

static QString participantName(ProjectContext &ctx, const QString &participantId)
{
    const QString name =
        ctx.store.value(Entities::participant(), participantId, QStringLiteral("name")).toString();
    return name.isEmpty() ? WorkshopText::tr("(no name)") : name;
}

/// The dots each voter has given, over every scenario, leaving out one vote (the one being changed).
static QHash<QString, int> dotsByVoter(ProjectContext &ctx, const QString &exceptVoteId = {})
{
    QHash<QString, int> given;
    for (const Row &vote : ctx.store.rows(Tables::dotVote()))
        if (value(vote, "id") != exceptVoteId)
            given[value(vote, "participant_id")] += vote.value(QStringLiteral("dots")).toInt();
    return given;
}

bool setDotsPerParticipant(ProjectContext &ctx, int dots, QString *refusal)
{
    if (dots < 0 || dots > kMaxDotsPerParticipant)
        return refuse(refusal,
                      WorkshopText::tr("The number of dots per participant goes from 0 (no limit) to %1.")
                          .arg(kMaxDotsPerParticipant));
    if (dots != kNoDotLimit) {
        const QHash<QString, int> given = dotsByVoter(ctx);
        for (const Row &vote : ctx.store.rows(Tables::dotVote())) { // the first voter over it, in order
            const QString voter = value(vote, "participant_id");
            if (voter.isEmpty() && given.value(voter) > 0)
                return refuse(refusal, WorkshopText::tr("Some dots were given by nobody: choose who gave "
                                                        "them before setting a number of dots."));
            if (given.value(voter) > dots)
                return refuse(refusal, WorkshopText::tr("%1 has already given %2 dots: take some back "
                                                        "before setting the number of dots to %3.")
                                           .arg(participantName(ctx, voter))
                                           .arg(given.value(voter))
                                           .arg(dots));
        }
    }
    const TableInfo &table = Tables::workshopSetting();
    const QString column = QStringLiteral("dots_per_participant");
    const QList<Row> settings = ctx.store.rows(table);
    if (!settings.isEmpty())
        return Edit::setValue(ctx, table, value(settings.first(), "id"), column, dots,
                              Edit::Merge::WithPrevious);
    if (dots == kNoDotLimit)
        return true; // no setting is no limit already
    Edit::Group group(ctx, table.field(column)->translatedEditText());
    return !Edit::addRow(ctx, table, {{column, dots}}).isEmpty();
}

int dotsGiven(ProjectContext &ctx, const QString &participantId)
{
    return dotsByVoter(ctx).value(participantId);
}

std::optional<int> dotsLeft(ProjectContext &ctx, const QString &participantId)
{
    const int limit = dotsPerParticipant(ctx);
    if (limit == kNoDotLimit)
        return std::nullopt;
    return qMax(0, limit - dotsGiven(ctx, participantId));
}

/// Whether `participantId` may hold `dots` in one vote besides their other votes.
static bool withinDotsLeft(ProjectContext &ctx, const QString &participantId, const QString &voteId, int dots,
                           QString *refusal)
{
    if (dots < 0)
        return refuse(refusal, WorkshopText::tr("A number of dots cannot be negative."));
    const int limit = dotsPerParticipant(ctx);
    if (limit == kNoDotLimit || dots == 0)
        return true;
    if (participantId.isEmpty())
        return refuse(
            refusal,
            WorkshopText::tr("Choose who gives these dots first: each participant has %1.").arg(limit));
    const int total = dotsByVoter(ctx, voteId).value(participantId) + dots;
    if (total > limit)
        return refuse(refusal, WorkshopText::tr("Not enough dots: %1 would give %2 in all, and each "
                                                "participant has %3. Take dots back from another "
                                                "scenario first.")
                                   .arg(participantName(ctx, participantId))
                                   .arg(total)
                                   .arg(limit));
    return true;
}

QString giveDots(ProjectContext &ctx, const QString &scenarioId, const QString &participantId, int dots,
                 QString *refusal)
{
    if (!withinDotsLeft(ctx, participantId, {}, dots, refusal))
        return {};
    return Edit::addRow(ctx, Tables::dotVote(),
                        {{QStringLiteral("scenario_id"), scenarioId},
                         {QStringLiteral("participant_id"), participantId},
                         {QStringLiteral("dots"), dots}});
}

bool setVoteDots(ProjectContext &ctx, const QString &voteId, int dots, QString *refusal)
{
    const Row vote = ctx.store.row(Tables::dotVote(), voteId);
    if (vote.isEmpty() || !withinDotsLeft(ctx, value(vote, "participant_id"), voteId, dots, refusal))
        return false;
    return Edit::setValue(ctx, Tables::dotVote(), voteId, QStringLiteral("dots"), dots);
}

bool setVoter(ProjectContext &ctx, const QString &voteId, const QString &participantId, QString *refusal)
{
    const Row vote = ctx.store.row(Tables::dotVote(), voteId);
    if (vote.isEmpty() ||
        !withinDotsLeft(ctx, participantId, voteId, vote.value(QStringLiteral("dots")).toInt(), refusal))
        return false;
    return Edit::setValue(ctx, Tables::dotVote(), voteId, QStringLiteral("participant_id"), participantId);
}

static bool isMode(const QString &key)
{
    const QList<Choice> &modes = Entities::investmentMode().choices;
    return std::any_of(modes.begin(), modes.end(),
                       [&](const Choice &c) { return key == QLatin1String(c.key); });
}

QString translateToStrategy(ProjectContext &ctx, const QString &scenarioId)
{
    const Row scenario = ctx.store.row(Tables::scenario(), scenarioId);
    if (scenario.isEmpty())
        return {};
    QString object;
    QStringList impacts, modes;
    for (const Row &e : currentElements(ctx, scenarioId)) {
        const QString kind = value(e, "kind");
        if (kind == QLatin1String("object") && object.isEmpty())
            object = value(e, "text");
        else if (kind == QLatin1String("impact"))
            impacts << value(e, "text");
        else if (kind == QLatin1String("mode") && !modes.contains(value(e, "text")) &&
                 isMode(value(e, "text")))
            modes << value(e, "text"); // only real investment modes (a free text is not one)
    }
    if (modes.isEmpty())
        modes << QStringLiteral("purchase");
    Edit::Group group(ctx, WorkshopText::tr("Translate scenario into a strategy"));
    const QString title = value(scenario, "title");
    const QString strategy = Edit::addRow(
        ctx, Entities::strategy(),
        {{QStringLiteral("title"), title},
         {QStringLiteral("objective"), object},
         {QStringLiteral("origin"), WorkshopText::tr("modeling workshop, scenario “%1”").arg(title)}});
    if (strategy.isEmpty())
        return {};
    const FieldInfo &mode = Entities::investmentMode();
    for (const QString &key : std::as_const(modes))
        Edit::addRow(ctx, Entities::investmentLine(),
                     {{QStringLiteral("strategy_id"), strategy},
                      {QStringLiteral("mode"), key},
                      {QStringLiteral("title"),
                       object.isEmpty() ? mode.choiceLabel(key)
                                        : QStringLiteral("%1 — %2").arg(mode.choiceLabel(key), object)},
                      {QStringLiteral("impacts"), impacts.join(QStringLiteral(", "))}});
    return strategy;
}

} // namespace Atelier::Modeler::Workshop
