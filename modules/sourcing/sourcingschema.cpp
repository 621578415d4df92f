// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcingschema.h"

namespace Atelier::Sourcing {

ModuleSchema schema()
{
    return {QStringLiteral("sourcing"), {{1, QStringLiteral(R"sql(
CREATE TABLE sourcing_chapter (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    theme TEXT NOT NULL DEFAULT 'custom' CHECK (theme IN ('actors', 'standards', 'lessons', 'information',
        'custom')),
    origin_file TEXT NOT NULL DEFAULT '',
    origin_project TEXT NOT NULL DEFAULT '',
    origin_date TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE sourcing_entry (
    id TEXT PRIMARY KEY NOT NULL,
    chapter_id TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'actor' CHECK (kind IN ('actor', 'standard', 'lesson', 'figure', 'question')),
    title TEXT NOT NULL DEFAULT '',
    actor_kind TEXT NOT NULL DEFAULT '',
    territory TEXT NOT NULL DEFAULT '',
    capacities TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    scope TEXT NOT NULL DEFAULT '',
    link TEXT NOT NULL DEFAULT '',
    worked TEXT NOT NULL DEFAULT '',
    did_not_work TEXT NOT NULL DEFAULT '',
    figure_value REAL NOT NULL DEFAULT 0,
    unit TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    figure_date TEXT NOT NULL DEFAULT '',
    question_id TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',
    origin_file TEXT NOT NULL DEFAULT '',
    origin_project TEXT NOT NULL DEFAULT '',
    origin_date TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE sourcing_entry_attachment (
    id TEXT PRIMARY KEY NOT NULL,
    entry_id TEXT NOT NULL,
    attachment_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE grid_question (
    id TEXT PRIMARY KEY NOT NULL,
    entry_id TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    criterion_id TEXT NOT NULL DEFAULT '',
    answer_type TEXT NOT NULL DEFAULT 'text' CHECK (answer_type IN ('text', 'yes_no', 'number', 'choice')),
    unit TEXT NOT NULL DEFAULT '',
    weight INTEGER NOT NULL DEFAULT 1 CHECK (weight BETWEEN 0 AND 100),
    required INTEGER NOT NULL DEFAULT 1 CHECK (required IN (0, 1)),
    yes_is_good INTEGER NOT NULL DEFAULT 1 CHECK (yes_is_good IN (0, 1)),
    ideal REAL NOT NULL DEFAULT 0,
    threshold REAL NOT NULL DEFAULT 0,
    higher_is_better INTEGER NOT NULL DEFAULT 1 CHECK (higher_is_better IN (0, 1)),
    scale_max INTEGER NOT NULL DEFAULT 5 CHECK (scale_max BETWEEN 1 AND 20),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE grid_choice (
    id TEXT PRIMARY KEY NOT NULL,
    question_id TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    points INTEGER NOT NULL DEFAULT 0 CHECK (points BETWEEN 0 AND 100),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE bidder (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    shortlisted INTEGER NOT NULL DEFAULT 0 CHECK (shortlisted IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE bidder_answer (
    id TEXT PRIMARY KEY NOT NULL,
    bidder_id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    phase TEXT NOT NULL DEFAULT 'tender' CHECK (phase IN ('tender', 'meeting')),
    answer TEXT NOT NULL DEFAULT '',
    hand_score INTEGER NOT NULL DEFAULT -1 CHECK (hand_score BETWEEN -1 AND 20),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE negotiation_meeting (
    id TEXT PRIMARY KEY NOT NULL,
    bidder_id TEXT NOT NULL,
    meeting_date TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    company_constraints TEXT NOT NULL DEFAULT '',
    public_constraints TEXT NOT NULL DEFAULT '',
    general_interest TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE meeting_topic (
    id TEXT PRIMARY KEY NOT NULL,
    meeting_id TEXT NOT NULL,
    topic TEXT NOT NULL DEFAULT 'other' CHECK (topic IN ('raw_material', 'production_place', 'transport',
        'processing', 'recycling', 'other')),
    title TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE meeting_expert (
    id TEXT PRIMARY KEY NOT NULL,
    meeting_id TEXT NOT NULL,
    participant_id TEXT NOT NULL DEFAULT '',
    expertise TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
)sql")}}};
}

namespace Tables {

const TableInfo &chapter()
{
    static const TableInfo info{
        "sourcing_chapter",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add chapter"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove chapter"),
        {{"title", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Chapter"), QT_TRANSLATE_NOOP("Atelier::Entities", "Rename chapter")},
         {"theme",
          FieldKind::Choice,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Theme"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change chapter theme"),
          {{"actors", QT_TRANSLATE_NOOP("Atelier::Entities", "actors of the ecosystem")},
           {"standards", QT_TRANSLATE_NOOP("Atelier::Entities", "standards in force")},
           {"lessons", QT_TRANSLATE_NOOP("Atelier::Entities", "lessons learned")},
           {"information", QT_TRANSLATE_NOOP("Atelier::Entities", "information useful to analyse the impacts sought")},
           {"custom", QT_TRANSLATE_NOOP("Atelier::Entities", "other")}}},
         {"origin_project", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "Comes from"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change chapter origin")}}};
    return info;
}

const TableInfo &entry()
{
    static const TableInfo info{
        "sourcing_entry",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add entry"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove entry"),
        {{"kind",
          FieldKind::Choice,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Kind"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change entry kind"),
          {{"actor", QT_TRANSLATE_NOOP("Atelier::Entities", "actor")},
           {"standard", QT_TRANSLATE_NOOP("Atelier::Entities", "standard")},
           {"lesson", QT_TRANSLATE_NOOP("Atelier::Entities", "lesson learned")},
           {"figure", QT_TRANSLATE_NOOP("Atelier::Entities", "figure")},
           {"question", QT_TRANSLATE_NOOP("Atelier::Entities", "question")}}},
         {"title", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Title"), QT_TRANSLATE_NOOP("Atelier::Entities", "Rename entry")},
         {"actor_kind", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Kind of actor"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change kind of actor")},
         {"territory", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Territory"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change territory")},
         {"capacities", FieldKind::LongText, QT_TRANSLATE_NOOP("Atelier::Entities", "Capacities"), QT_TRANSLATE_NOOP("Atelier::Entities", "Edit capacities")},
         {"contact", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Contact (personal data)"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change contact")},
         {"reference", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Reference"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change reference")},
         {"scope", FieldKind::LongText, QT_TRANSLATE_NOOP("Atelier::Entities", "Scope"), QT_TRANSLATE_NOOP("Atelier::Entities", "Edit scope")},
         {"link", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Link"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change link")},
         {"worked", FieldKind::LongText, QT_TRANSLATE_NOOP("Atelier::Entities", "What worked"), QT_TRANSLATE_NOOP("Atelier::Entities", "Edit what worked")},
         {"did_not_work", FieldKind::LongText, QT_TRANSLATE_NOOP("Atelier::Entities", "What did not work"), QT_TRANSLATE_NOOP("Atelier::Entities", "Edit what did not work")},
         {"figure_value", FieldKind::Number, QT_TRANSLATE_NOOP("Atelier::Entities", "Value"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change figure")},
         {"unit", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Unit"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change unit")},
         {"source", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Source"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change source")},
         {"figure_date", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "Date of the figure"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change date of the figure")},
         {"notes", FieldKind::LongText, QT_TRANSLATE_NOOP("Atelier::Entities", "Notes"), QT_TRANSLATE_NOOP("Atelier::Entities", "Edit notes")},
         {"tags", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Tags"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change tags")},
         {"origin_project", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "Comes from"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change entry origin")},
         {"origin_file", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "File of origin"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change entry origin")},
         {"origin_date", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "Imported on"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change entry origin")}}};
    return info;
}

const TableInfo &entryAttachment()
{
    static const TableInfo info{
        "sourcing_entry_attachment",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Attach evidence"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Detach evidence"),
        {{"attachment_id", FieldKind::Reference, QT_TRANSLATE_NOOP("Atelier::Entities", "Evidence"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change attached evidence"), {},
          &Entities::attachment, "title"}}};
    return info;
}

const TableInfo &impactSought()
{
    static const TableInfo info{
        "criterion",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add impact sought"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove impact sought"),
        {{"name", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Impact sought"), QT_TRANSLATE_NOOP("Atelier::Entities", "Rename impact sought")}}};
    return info;
}

const TableInfo &gridQuestion()
{
    static const TableInfo info{
        "grid_question",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add question to the grid"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove question from the grid"),
        {{"text", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Question"), QT_TRANSLATE_NOOP("Atelier::Entities", "Edit grid question")},
         {"criterion_id", FieldKind::Reference, QT_TRANSLATE_NOOP("Atelier::Entities", "Impact sought"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change question's impact"), {},
          &impactSought, "name"},
         {"answer_type",
          FieldKind::Choice,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Answer"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change answer type"),
          {{"text", QT_TRANSLATE_NOOP("Atelier::Entities", "free text")},
           {"yes_no", QT_TRANSLATE_NOOP("Atelier::Entities", "yes or no")},
           {"number", QT_TRANSLATE_NOOP("Atelier::Entities", "number")},
           {"choice", QT_TRANSLATE_NOOP("Atelier::Entities", "choice list")}}},
         {"unit", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Unit"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change answer unit")},
         {"weight", FieldKind::Integer, QT_TRANSLATE_NOOP("Atelier::Entities", "Weight"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change question weight"), {}, nullptr, "name", 0, 100},
         {"required", FieldKind::Bool, QT_TRANSLATE_NOOP("Atelier::Entities", "Required"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change whether an answer is required")},
         {"yes_is_good", FieldKind::Bool, QT_TRANSLATE_NOOP("Atelier::Entities", "“Yes” earns the points"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change which answer earns the points")},
         {"ideal", FieldKind::Number, QT_TRANSLATE_NOOP("Atelier::Entities", "Ideal value"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change ideal value")},
         {"threshold", FieldKind::Number, QT_TRANSLATE_NOOP("Atelier::Entities", "Value scoring nothing"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change threshold")},
         {"higher_is_better", FieldKind::Bool, QT_TRANSLATE_NOOP("Atelier::Entities", "Higher is better"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change direction of the scale")},
         {"scale_max", FieldKind::Integer, QT_TRANSLATE_NOOP("Atelier::Entities", "Hand score out of"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change hand-score scale"), {}, nullptr,
          "name", 1, 20}}};
    return info;
}

const TableInfo &gridChoice()
{
    static const TableInfo info{
        "grid_choice",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add choice"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove choice"),
        {{"label", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Choice"), QT_TRANSLATE_NOOP("Atelier::Entities", "Rename choice")},
         {"points", FieldKind::Integer, QT_TRANSLATE_NOOP("Atelier::Entities", "Points"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change choice points"), {}, nullptr, "name", 0, 100}}};
    return info;
}

const TableInfo &bidder()
{
    static const TableInfo info{
        "bidder",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add bidder"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove bidder"),
        {{"name", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Bidder"), QT_TRANSLATE_NOOP("Atelier::Entities", "Rename bidder")},
         {"shortlisted", FieldKind::Bool, QT_TRANSLATE_NOOP("Atelier::Entities", "Shortlisted"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change shortlist")}}};
    return info;
}

const TableInfo &answer()
{
    static const TableInfo info{
        "bidder_answer",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Record answer"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove answer"),
        {{"question_id", FieldKind::Reference, QT_TRANSLATE_NOOP("Atelier::Entities", "Question"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change answered question"), {}, &gridQuestion,
          "text"},
         {"phase",
          FieldKind::Choice,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Stage"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change answer stage"),
          {{"tender", QT_TRANSLATE_NOOP("Atelier::Entities", "in the tender")}, {"meeting", QT_TRANSLATE_NOOP("Atelier::Entities", "after the meeting")}}},
         {"answer", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Answer"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change answer")},
         {"hand_score", FieldKind::Integer, QT_TRANSLATE_NOOP("Atelier::Entities", "Hand score"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change hand score"), {}, nullptr, "name", -1, 20}}};
    return info;
}

const TableInfo &meeting()
{
    static const TableInfo info{
        "negotiation_meeting",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Prepare a meeting"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove meeting"),
        {{"meeting_date", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "Meeting date"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change meeting date")},
         {"place", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Place"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change meeting place")},
         {"company_constraints", FieldKind::LongText, QT_TRANSLATE_NOOP("Atelier::Entities", "The company's interests and constraints"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Edit the company's constraints")},
         {"public_constraints", FieldKind::LongText, QT_TRANSLATE_NOOP("Atelier::Entities", "The public actor's interests and constraints"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Edit the public actor's constraints")},
         {"general_interest", FieldKind::LongText, QT_TRANSLATE_NOOP("Atelier::Entities", "The general interest"), QT_TRANSLATE_NOOP("Atelier::Entities", "Edit the general interest")}}};
    return info;
}

const TableInfo &meetingTopic()
{
    static const TableInfo info{
        "meeting_topic",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add topic"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove topic"),
        {{"topic",
          FieldKind::Choice,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Life-cycle stage"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change topic stage"),
          {{"raw_material", QT_TRANSLATE_NOOP("Atelier::Entities", "raw material and how it is produced")},
           {"production_place", QT_TRANSLATE_NOOP("Atelier::Entities", "place of production")},
           {"transport", QT_TRANSLATE_NOOP("Atelier::Entities", "transport")},
           {"processing", QT_TRANSLATE_NOOP("Atelier::Entities", "processing")},
           {"recycling", QT_TRANSLATE_NOOP("Atelier::Entities", "recycling and end of life")},
           {"other", QT_TRANSLATE_NOOP("Atelier::Entities", "other topic")}}},
         {"title", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Topic"), QT_TRANSLATE_NOOP("Atelier::Entities", "Rename topic")},
         {"notes", FieldKind::LongText, QT_TRANSLATE_NOOP("Atelier::Entities", "Notes"), QT_TRANSLATE_NOOP("Atelier::Entities", "Edit topic notes")}}};
    return info;
}

const TableInfo &meetingExpert()
{
    static const TableInfo info{
        "meeting_expert",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Invite a neutral expert"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove expert"),
        {{"participant_id", FieldKind::Reference, QT_TRANSLATE_NOOP("Atelier::Entities", "Neutral expert"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change expert"), {},
          &Entities::participant, "name"},
         {"expertise", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Expertise"), QT_TRANSLATE_NOOP("Atelier::Entities", "Change expertise")}}};
    return info;
}

} // namespace Tables

QStringList entryColumns(const QString &kind)
{
    auto list = [](std::initializer_list<const char *> columns) {
        QStringList out;
        for (const char *c : columns)
            out << QString::fromLatin1(c);
        return out;
    };
    if (kind == QLatin1String(EntryKind::kActor))
        return list({"title", "actor_kind", "territory", "capacities", "contact"});
    if (kind == QLatin1String(EntryKind::kStandard))
        return list({"reference", "title", "scope", "link"});
    if (kind == QLatin1String(EntryKind::kLesson))
        return list({"title", "worked", "did_not_work"});
    if (kind == QLatin1String(EntryKind::kFigure))
        return list({"title", "figure_value", "unit", "source", "figure_date"});
    return list({"title"});
}

} // namespace Atelier::Sourcing
