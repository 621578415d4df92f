// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcingdocuments.h"

#include "gridstore.h"
#include "gridwording.h"
#include "negotiation.h"
#include "scoring.h"
#include "sourcingschema.h"

#include "core/format.h"
#include "core/projectcontext.h"
#include "core/store.h"

#include <QDate>
#include <QHash>
#include <QLocale>

namespace Atelier::Sourcing {

static Reports::ReportInfo info(const Store &store, const QString &title, const QString &subject)
{
    const TableInfo &project = Entities::project();
    Reports::ReportInfo i;
    i.title = title;
    i.projectTitle = store.value(project, store.projectId(), QStringLiteral("title")).toString();
    i.author = store.value(project, store.projectId(), QStringLiteral("administration")).toString();
    i.subject = subject;
    i.keywords = {SourcingDocuments::tr("sourcing canvas"), SourcingDocuments::tr("responsible negotiation")};
    if (!i.projectTitle.isEmpty())
        i.keywords << i.projectTitle;
    i.language = QLocale().name().replace(QLatin1Char('_'), QLatin1Char('-'));
    i.date = QDate::currentDate();
    return i;
}

Reports::Document SourcingDocuments::grid(ProjectContext &ctx)
{
    const QList<GridQuestion> questions = GridStore::questions(ctx.store);
    Reports::Writer w(info(ctx.store, tr("Question grid"),
                           tr("The questions candidates answer to state the impact of their offer")));
    w.section(tr("Question grid"), false);
    w.paragraph(tr("This grid comes with the tender documents. Its questions let every candidate, small "
                   "structures included, state the impact of its offer on the impacts sought by the project. "
                   "Each answer is scored as stated below; the weights add up to %n point(s).",
                   nullptr, Scoring::maximum(questions)));
    QList<QStringList> rows;
    int n = 0;
    for (const GridQuestion &q : questions)
        rows << QStringList{QString::number(++n), q.text, q.impact, expectedAnswer(q), QString::number(q.weight),
                            q.required ? tr("yes") : tr("no")};
    if (rows.isEmpty())
        w.note(tr("No question in the grid yet."));
    else
        w.table({{tr("No."), true, 1},
                 {tr("Question"), false, 7},
                 {tr("Impact sought"), false, 4},
                 {tr("Expected answer"), false, 6},
                 {tr("Points"), true, 3},
                 {tr("Required"), false, 4}},
                rows);
    if (!questions.isEmpty())
        w.heading(tr("How answers are scored"));
    n = 0;
    for (const GridQuestion &q : questions)
        w.lead(tr("Question %1:").arg(++n), scoringRule(q));
    return w.finish();
}

std::optional<Reports::Document> SourcingDocuments::negotiationSheet(ProjectContext &ctx, const QString &bidderName,
                                                                     QString *error)
{
    const QList<Row> named = Negotiation::biddersNamed(ctx.store, bidderName);
    if (named.size() != 1) {
        if (error)
            *error = named.isEmpty() ? tr("There is no bidder named “%1” in this project.").arg(bidderName)
                                     : tr("Several bidders are named “%1”: rename them so that each sheet goes "
                                          "to the right one.")
                                           .arg(bidderName);
        return std::nullopt;
    }
    return negotiationSheetOf(ctx, text(named.first(), "id"));
}

Reports::Document SourcingDocuments::negotiationSheetOf(ProjectContext &ctx, const QString &bidderId)
{
    const Store &store = ctx.store;
    const Row bidder = store.row(Tables::bidder(), bidderId);
    const Row meeting = Negotiation::meetingOf(store, bidderId);
    Reports::ReportInfo about = info(store, tr("Responsible negotiation"),
                                     tr("The topics and questions of the meeting with a shortlisted candidate"));
    // The cover's title stays short; the bidder comes first in the line under it (which wraps).
    about.projectTitle = about.projectTitle.isEmpty() ? text(bidder, "name")
                                                      : tr("%1 — %2").arg(text(bidder, "name"), about.projectTitle);
    about.keywords << text(bidder, "name");
    Reports::Writer w(about);
    w.section(tr("Meeting with %1").arg(text(bidder, "name")), false);
    if (!meeting.isEmpty() && !text(meeting, "meeting_date").isEmpty())
        w.lead(tr("Date:"), Format::date(text(meeting, "meeting_date")));
    if (!text(meeting, "place").isEmpty())
        w.lead(tr("Place:"), text(meeting, "place"));
    if (bidder.value(QStringLiteral("shortlisted")).toBool())
        w.paragraph(tr("Your offer was shortlisted."));
    w.paragraph(tr("Before the contract is awarded, and as the procedure allows, we would like to meet you to "
                   "understand your offer better, with its potential and its limits, and to estimate together its "
                   "impacts on what the project seeks. The discussion follows a principle of reciprocity and "
                   "mutual responsibility: your interests and constraints, those of the public buyer, and the "
                   "general interest are all taken into account. Below are the topics we will go through."));

    QList<QStringList> experts;
    for (const Row &x : store.rows(Tables::meetingExpert())) {
        if (text(x, "meeting_id") != text(meeting, "id") || meeting.isEmpty())
            continue;
        const Row person = store.row(Entities::participant(), text(x, "participant_id"));
        experts << QStringList{text(person, "name"), text(person, "organisation"), text(x, "expertise")};
    }
    w.heading(tr("Neutral experts invited"));
    if (experts.isEmpty())
        w.note(tr("No neutral expert invited."));
    else
        w.table({{tr("Expert"), false, 3}, {tr("Organisation"), false, 3}, {tr("Expertise"), false, 4}}, experts);

    const QList<GridQuestion> questions = GridStore::questions(store);
    QHash<QString, GridAnswer> tender, revised;
    for (const BidderAnswers &b : GridStore::bidders(store, Phase::Tender))
        if (b.bidderId == bidderId)
            for (const GridAnswer &a : b.answers)
                tender.insert(a.questionId, a);
    for (const Row &a : store.rows(Tables::answer()))
        if (text(a, "bidder_id") == bidderId && text(a, "phase") == phaseKey(Phase::Meeting))
            revised.insert(text(a, "question_id"), {text(a, "question_id"), text(a, "answer"), -1});
    w.heading(tr("Your answers to the question grid"));
    w.paragraph(tr("We will go through each answer with you, to detail the impact of your offer."));
    QList<QStringList> rows;
    int n = 0;
    for (const GridQuestion &q : questions) {
        const QString given = Scoring::display(q, tender.value(q.id).text);
        rows << QStringList{QString::number(++n), q.text, q.impact, given.isEmpty() ? tr("(no answer)") : given};
    }
    if (rows.isEmpty())
        w.note(tr("No question in the grid yet."));
    else
        w.table({{tr("No."), true, 1}, {tr("Question"), false, 7}, {tr("Impact sought"), false, 4},
                 {tr("Your answer"), false, 5}},
                rows);

    w.heading(tr("The life cycle of what you offer"));
    const FieldInfo &stage = *Tables::meetingTopic().field(QStringLiteral("topic"));
    for (const Row &t : store.rows(Tables::meetingTopic())) {
        if (meeting.isEmpty() || text(t, "meeting_id") != text(meeting, "id"))
            continue;
        w.lead(stage.choiceLabel(text(t, "topic")) + tr(":"), text(t, "title"));
        if (!text(t, "notes").isEmpty())
            w.note(tr("Noted at the meeting: %1").arg(text(t, "notes")));
    }
    if (meeting.isEmpty())
        w.note(tr("The meeting is not prepared yet."));

    w.heading(tr("Reciprocity"));
    const TableInfo &m = Tables::meeting();
    for (const char *column : {"company_constraints", "public_constraints", "general_interest"}) {
        const QString said = text(meeting, column);
        w.lead(m.field(QLatin1String(column))->translatedLabel() + tr(":"),
               said.isEmpty() ? tr("to be discussed together.") : said);
    }

    if (!revised.isEmpty()) {
        w.heading(tr("Estimates revised at the meeting"));
        QList<QStringList> changes;
        for (const GridQuestion &q : questions)
            if (revised.contains(q.id))
                changes << QStringList{q.text, Scoring::display(q, tender.value(q.id).text),
                                       Scoring::display(q, revised.value(q.id).text)};
        w.table({{tr("Question"), false, 6}, {tr("In the tender"), false, 3}, {tr("After the meeting"), false, 3}},
                changes);
    }
    return w.finish();
}

} // namespace Atelier::Sourcing
