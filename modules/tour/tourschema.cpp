// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tourschema.h"


namespace Atelier::Tour {

ModuleSchema schema()
{
    return {QStringLiteral("tour"), {{1, QStringLiteral(R"sql(
CREATE TABLE tour (
    id TEXT PRIMARY KEY NOT NULL,
    contract_id TEXT NOT NULL DEFAULT '',
    tour_date TEXT NOT NULL DEFAULT '',
    public_place TEXT NOT NULL DEFAULT '',
    holder_place TEXT NOT NULL DEFAULT '',
    escalation TEXT NOT NULL DEFAULT '',
    public_signer_id TEXT NOT NULL DEFAULT '',
    public_signed_on TEXT NOT NULL DEFAULT '',
    holder_signer_id TEXT NOT NULL DEFAULT '',
    holder_signed_on TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE tour_person (
    id TEXT PRIMARY KEY NOT NULL,
    tour_id TEXT NOT NULL,
    participant_id TEXT NOT NULL DEFAULT '',
    side TEXT NOT NULL DEFAULT 'public' CHECK (side IN ('public', 'holder')),
    day_role TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE tour_slot (
    id TEXT PRIMARY KEY NOT NULL,
    tour_id TEXT NOT NULL,
    starts TEXT NOT NULL DEFAULT '',
    ends TEXT NOT NULL DEFAULT '',
    host TEXT NOT NULL DEFAULT 'public' CHECK (host IN ('public', 'holder', 'both')),
    activity TEXT NOT NULL DEFAULT 'other' CHECK (activity IN ('welcome', 'behind_scenes', 'colleagues', 'lunch',
        'exercise', 'travel', 'agreement', 'other')),
    title TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE tour_step (
    id TEXT PRIMARY KEY NOT NULL,
    tour_id TEXT NOT NULL,
    host TEXT NOT NULL DEFAULT 'public' CHECK (host IN ('public', 'holder')),
    place TEXT NOT NULL DEFAULT '',
    clue TEXT NOT NULL DEFAULT '',
    question TEXT NOT NULL DEFAULT '',
    expected TEXT NOT NULL DEFAULT '',
    found TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE tour_word (
    id TEXT PRIMARY KEY NOT NULL,
    tour_id TEXT NOT NULL,
    side TEXT NOT NULL DEFAULT 'public' CHECK (side IN ('public', 'holder')),
    word TEXT NOT NULL DEFAULT '',
    definition TEXT NOT NULL DEFAULT '',
    correction TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE tour_photo (
    id TEXT PRIMARY KEY NOT NULL,
    tour_id TEXT NOT NULL,
    attachment_id TEXT NOT NULL DEFAULT '',
    caption TEXT NOT NULL DEFAULT '',
    taken_by TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE quiz_question (
    id TEXT PRIMARY KEY NOT NULL,
    tour_id TEXT NOT NULL,
    question TEXT NOT NULL DEFAULT '',
    choice_a TEXT NOT NULL DEFAULT '',
    choice_b TEXT NOT NULL DEFAULT '',
    choice_c TEXT NOT NULL DEFAULT '',
    choice_d TEXT NOT NULL DEFAULT '',
    correct TEXT NOT NULL DEFAULT 'a' CHECK (correct IN ('a', 'b', 'c', 'd')),
    explanation TEXT NOT NULL DEFAULT '',
    article TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE quiz_answer (
    id TEXT PRIMARY KEY NOT NULL,
    question_id TEXT NOT NULL,
    participant_id TEXT NOT NULL DEFAULT '',
    chosen TEXT NOT NULL DEFAULT '' CHECK (chosen IN ('', 'a', 'b', 'c', 'd')),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE tour_exchange (
    id TEXT PRIMARY KEY NOT NULL,
    tour_id TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'phone', 'meeting', 'visit', 'shared_space',
        'letter', 'other')),
    frequency TEXT NOT NULL DEFAULT '',
    public_contact_id TEXT NOT NULL DEFAULT '',
    holder_contact_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
)sql")}}};
}

namespace Tables {

static const QList<Choice> &sides()
{
    static const QList<Choice> list{{"public", QT_TRANSLATE_NOOP("Atelier::Entities", "the administration")}, {"holder", QT_TRANSLATE_NOOP("Atelier::Entities", "the contract holder")}};
    return list;
}

const TableInfo &tour()
{
    static const TableInfo info{
        "tour",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Plan a co-operator tour"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove co-operator tour"),
        {{"contract_id", FieldKind::Reference, QT_TRANSLATE_NOOP("Atelier::Entities", "Contract"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the tour's contract"), {}, &Entities::contract,
          "holder"},
         {"tour_date", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "Day of the tour"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the day of the tour")},
         {"public_place", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "The administration's workplace"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the administration's workplace")},
         {"holder_place", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "The holder's workplace"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the holder's workplace")},
         {"escalation", FieldKind::LongText, QT_TRANSLATE_NOOP("Atelier::Entities", "Escalation path"), QT_TRANSLATE_NOOP("Atelier::Entities", "Edit the escalation path")},
         {"public_signer_id", FieldKind::Reference, QT_TRANSLATE_NOOP("Atelier::Entities", "Signed for the administration by"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the administration's signatory"), {}, &Entities::participant, "name"},
         {"public_signed_on", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "Signed by the administration on"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the administration's signature date")},
         {"holder_signer_id", FieldKind::Reference, QT_TRANSLATE_NOOP("Atelier::Entities", "Signed for the holder by"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the holder's signatory"),
          {}, &Entities::participant, "name"},
         {"holder_signed_on", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "Signed by the holder on"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the holder's signature date")}}};
    return info;
}

const TableInfo &person()
{
    static const TableInfo info{
        "tour_person",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add a person to the day"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove a person from the day"),
        {{"participant_id", FieldKind::Reference, QT_TRANSLATE_NOOP("Atelier::Entities", "Person"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the person"), {}, &Entities::participant, "name"},
         {"side", FieldKind::Choice, QT_TRANSLATE_NOOP("Atelier::Entities", "Side"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the person's side"), sides()},
         {"day_role", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Role in the contract"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the person's role in the contract")}}};
    return info;
}

const TableInfo &slot()
{
    static const TableInfo info{
        "tour_slot",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add to the agenda"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove from the agenda"),
        {{"starts", FieldKind::Time, QT_TRANSLATE_NOOP("Atelier::Entities", "From"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the start time")},
         {"ends", FieldKind::Time, QT_TRANSLATE_NOOP("Atelier::Entities", "To"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the end time")},
         {"host",
          FieldKind::Choice,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Hosted by"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change who hosts"),
          {{"public", QT_TRANSLATE_NOOP("Atelier::Entities", "the administration")}, {"holder", QT_TRANSLATE_NOOP("Atelier::Entities", "the contract holder")}, {"both", QT_TRANSLATE_NOOP("Atelier::Entities", "both together")}}},
         {"activity",
          FieldKind::Choice,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Activity"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the activity"),
          {{"welcome", QT_TRANSLATE_NOOP("Atelier::Entities", "welcome")},
           {"behind_scenes", QT_TRANSLATE_NOOP("Atelier::Entities", "behind the scenes")},
           {"colleagues", QT_TRANSLATE_NOOP("Atelier::Entities", "meeting the colleagues")},
           {"lunch", QT_TRANSLATE_NOOP("Atelier::Entities", "lunch at the canteen or the usual restaurant")},
           {"exercise", QT_TRANSLATE_NOOP("Atelier::Entities", "booklet exercise")},
           {"travel", QT_TRANSLATE_NOOP("Atelier::Entities", "travel")},
           {"agreement", QT_TRANSLATE_NOOP("Atelier::Entities", "information-exchange agreement")},
           {"other", QT_TRANSLATE_NOOP("Atelier::Entities", "other")}}},
         {"title", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "What happens"), QT_TRANSLATE_NOOP("Atelier::Entities", "Rename the agenda item")},
         {"place", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Place"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the agenda item's place")}}};
    return info;
}

const TableInfo &step()
{
    static const TableInfo info{
        "tour_step",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add a step"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove step"),
        {{"host", FieldKind::Choice, QT_TRANSLATE_NOOP("Atelier::Entities", "At"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change where the step is"), sides()},
         {"place", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Place"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the step's place")},
         {"clue", FieldKind::LongText, QT_TRANSLATE_NOOP("Atelier::Entities", "Clue"), QT_TRANSLATE_NOOP("Atelier::Entities", "Edit the clue")},
         {"question", FieldKind::LongText, QT_TRANSLATE_NOOP("Atelier::Entities", "Question to answer on site"), QT_TRANSLATE_NOOP("Atelier::Entities", "Edit the step's question")},
         {"expected", FieldKind::LongText, QT_TRANSLATE_NOOP("Atelier::Entities", "Expected answer"), QT_TRANSLATE_NOOP("Atelier::Entities", "Edit the expected answer")},
         {"found", FieldKind::LongText, QT_TRANSLATE_NOOP("Atelier::Entities", "Answer found on the day"), QT_TRANSLATE_NOOP("Atelier::Entities", "Record the answer found")}}};
    return info;
}

const TableInfo &word()
{
    static const TableInfo info{
        "tour_word",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add a word"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove word"),
        {{"side", FieldKind::Choice, QT_TRANSLATE_NOOP("Atelier::Entities", "Whose word"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change whose word it is"), sides()},
         {"word", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Word"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the word")},
         {"definition", FieldKind::LongText, QT_TRANSLATE_NOOP("Atelier::Entities", "Definition"), QT_TRANSLATE_NOOP("Atelier::Entities", "Edit the definition")},
         {"correction", FieldKind::LongText, QT_TRANSLATE_NOOP("Atelier::Entities", "Corrected on the day"), QT_TRANSLATE_NOOP("Atelier::Entities", "Record a correction")}}};
    return info;
}

const TableInfo &photo()
{
    static const TableInfo info{
        "tour_photo",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add a photo"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove photo"),
        {{"attachment_id", FieldKind::Reference, QT_TRANSLATE_NOOP("Atelier::Entities", "Photo"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the photo"), {}, &Entities::attachment, "title"},
         {"caption", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Caption"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the caption")},
         {"taken_by", FieldKind::Reference, QT_TRANSLATE_NOOP("Atelier::Entities", "Taken by"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change who took the photo"), {}, &Entities::participant,
          "name"}}};
    return info;
}

const TableInfo &quizQuestion()
{
    static const QList<Choice> letters{{"a", QT_TRANSLATE_NOOP("Atelier::Entities", "A")}, {"b", QT_TRANSLATE_NOOP("Atelier::Entities", "B")}, {"c", QT_TRANSLATE_NOOP("Atelier::Entities", "C")}, {"d", QT_TRANSLATE_NOOP("Atelier::Entities", "D")}};
    static const TableInfo info{
        "quiz_question",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add a question"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove question"),
        {{"question", FieldKind::LongText, QT_TRANSLATE_NOOP("Atelier::Entities", "Question"), QT_TRANSLATE_NOOP("Atelier::Entities", "Edit the quiz question")},
         {"choice_a", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Answer A"), QT_TRANSLATE_NOOP("Atelier::Entities", "Edit answer A")},
         {"choice_b", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Answer B"), QT_TRANSLATE_NOOP("Atelier::Entities", "Edit answer B")},
         {"choice_c", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Answer C"), QT_TRANSLATE_NOOP("Atelier::Entities", "Edit answer C")},
         {"choice_d", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Answer D"), QT_TRANSLATE_NOOP("Atelier::Entities", "Edit answer D")},
         {"correct", FieldKind::Choice, QT_TRANSLATE_NOOP("Atelier::Entities", "Right answer"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the right answer"), letters},
         {"explanation", FieldKind::LongText, QT_TRANSLATE_NOOP("Atelier::Entities", "Explanation"), QT_TRANSLATE_NOOP("Atelier::Entities", "Edit the explanation")},
         {"article", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Article"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the article cited")}}};
    return info;
}

const TableInfo &quizAnswer()
{
    static const TableInfo info{
        "quiz_answer",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Record a quiz answer"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove quiz answer"),
        {{"question_id", FieldKind::Reference, QT_TRANSLATE_NOOP("Atelier::Entities", "Question"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the question answered"), {}, &quizQuestion,
          "question"},
         {"participant_id", FieldKind::Reference, QT_TRANSLATE_NOOP("Atelier::Entities", "Participant"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change who answered"), {},
          &Entities::participant, "name"},
         {"chosen",
          FieldKind::Choice,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Answer given"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Record a quiz answer"),
          {{"", QT_TRANSLATE_NOOP("Atelier::Entities", "no answer")}, {"a", QT_TRANSLATE_NOOP("Atelier::Entities", "A")}, {"b", QT_TRANSLATE_NOOP("Atelier::Entities", "B")}, {"c", QT_TRANSLATE_NOOP("Atelier::Entities", "C")}, {"d", QT_TRANSLATE_NOOP("Atelier::Entities", "D")}}}}};
    return info;
}

const TableInfo &exchange()
{
    static const TableInfo info{
        "tour_exchange",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add an exchange"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove exchange"),
        {{"subject", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Information exchanged"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the information exchanged")},
         {"channel",
          FieldKind::Choice,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Channel"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the channel"),
          {{"email", QT_TRANSLATE_NOOP("Atelier::Entities", "e-mail")},
           {"phone", QT_TRANSLATE_NOOP("Atelier::Entities", "telephone")},
           {"meeting", QT_TRANSLATE_NOOP("Atelier::Entities", "meeting")},
           {"visit", QT_TRANSLATE_NOOP("Atelier::Entities", "site visit")},
           {"shared_space", QT_TRANSLATE_NOOP("Atelier::Entities", "shared online space")},
           {"letter", QT_TRANSLATE_NOOP("Atelier::Entities", "registered letter")},
           {"other", QT_TRANSLATE_NOOP("Atelier::Entities", "other")}}},
         {"frequency", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "How often"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change how often")},
         {"public_contact_id", FieldKind::Reference, QT_TRANSLATE_NOOP("Atelier::Entities", "Contact for the administration"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the administration's contact"), {}, &Entities::participant, "name"},
         {"holder_contact_id", FieldKind::Reference, QT_TRANSLATE_NOOP("Atelier::Entities", "Contact for the holder"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change the holder's contact"), {},
          &Entities::participant, "name"}}};
    return info;
}

} // namespace Tables
} // namespace Atelier::Tour
