// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cockpitschema.h"

namespace Atelier::Cockpit {

ModuleSchema schema()
{
    return {QStringLiteral("cockpit"), {{1, QStringLiteral(R"sql(
CREATE TABLE externality_evaluation (
    id TEXT PRIMARY KEY NOT NULL,
    line_id TEXT NOT NULL,
    date TEXT NOT NULL DEFAULT '',
    partner TEXT NOT NULL DEFAULT '',
    method TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE royalty (
    id TEXT PRIMARY KEY NOT NULL,
    line_id TEXT NOT NULL,
    period TEXT NOT NULL DEFAULT '',
    expected_cents INTEGER NOT NULL DEFAULT 0 CHECK (expected_cents >= 0),
    received_cents INTEGER NOT NULL DEFAULT 0 CHECK (received_cents >= 0),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE public_resource (
    id TEXT PRIMARY KEY NOT NULL,
    line_id TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'premises' CHECK (kind IN ('premises', 'vehicle', 'equipment', 'materials',
        'tools', 'technical_support')),
    description TEXT NOT NULL DEFAULT '',
    available_from TEXT NOT NULL DEFAULT '',
    available_until TEXT NOT NULL DEFAULT '',
    schedule TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE grant_instalment (
    id TEXT PRIMARY KEY NOT NULL,
    line_id TEXT NOT NULL,
    due_date TEXT NOT NULL DEFAULT '',
    amount_cents INTEGER NOT NULL DEFAULT 0 CHECK (amount_cents >= 0),
    condition TEXT NOT NULL DEFAULT '',
    paid_date TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE drawer_item (
    id TEXT PRIMARY KEY NOT NULL,
    strategy_id TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'initial_documentation' CHECK (kind IN ('initial_documentation',
        'evaluation_grid', 'indicator_sheet', 'procedure', 'legal_basis', 'modification')),
    date TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    attachment_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE discussion_note (
    id TEXT PRIMARY KEY NOT NULL,
    strategy_id TEXT NOT NULL,
    parent_id TEXT NOT NULL DEFAULT '',
    author_id TEXT NOT NULL DEFAULT '',
    posted_at TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
)sql")}}};
}

QStringList drawerKinds(Drawer drawer)
{
    switch (drawer) {
    case Drawer::InitialDocumentation:
        return {QStringLiteral("initial_documentation")};
    case Drawer::EvaluationTools:
        return {QStringLiteral("evaluation_grid"), QStringLiteral("indicator_sheet")};
    case Drawer::LegalElements:
        return {QStringLiteral("procedure"), QStringLiteral("legal_basis"), QStringLiteral("modification")};
    }
    return {};
}

namespace Tables {

const TableInfo &externalityEvaluation()
{
    static const TableInfo info{
        "externality_evaluation",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add evaluation"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove evaluation"),
        {{"date", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "Date"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change evaluation date")},
         {"partner", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Evaluated with"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change evaluation partner")},
         {"method", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Method"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change evaluation method")},
         {"result", FieldKind::Text,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Result (return on investment for the public actors)"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change evaluation result")}}};
    return info;
}

const TableInfo &royalty()
{
    static const TableInfo info{
        "royalty",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add royalty"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove royalty"),
        {{"period", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "Period"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change royalty period")},
         {"expected_cents", FieldKind::Money, QT_TRANSLATE_NOOP("Atelier::Entities", "Expected"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change expected royalty")},
         {"received_cents", FieldKind::Money, QT_TRANSLATE_NOOP("Atelier::Entities", "Received"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change received royalty")}}};
    return info;
}

const TableInfo &publicResource()
{
    static const TableInfo info{
        "public_resource",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add public resource"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove public resource"),
        {{"kind",
          FieldKind::Choice,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Resource"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change resource kind"),
          {{"premises", QT_TRANSLATE_NOOP("Atelier::Entities", "premises")},
           {"vehicle", QT_TRANSLATE_NOOP("Atelier::Entities", "vehicle")},
           {"equipment", QT_TRANSLATE_NOOP("Atelier::Entities", "equipment")},
           {"materials", QT_TRANSLATE_NOOP("Atelier::Entities", "materials")},
           {"tools", QT_TRANSLATE_NOOP("Atelier::Entities", "tools")},
           {"technical_support", QT_TRANSLATE_NOOP("Atelier::Entities", "technical support")}}},
         {"description", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Description"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change resource description")},
         {"available_from", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "Available from"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change availability start")},
         {"available_until", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "Until"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change availability end")},
         {"schedule", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Schedule"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change resource schedule")}}};
    return info;
}

const TableInfo &grantInstalment()
{
    static const TableInfo info{
        "grant_instalment",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add instalment"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove instalment"),
        {{"due_date", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "Due"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change instalment date")},
         {"amount_cents", FieldKind::Money, QT_TRANSLATE_NOOP("Atelier::Entities", "Amount"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change instalment amount")},
         {"condition", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Condition"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change instalment condition")},
         {"paid_date", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "Paid on"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change instalment payment")}}};
    return info;
}

const TableInfo &drawerItem()
{
    static const TableInfo info{
        "drawer_item",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add to the drawer"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove from the drawer"),
        {{"date", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "Date"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change item date")},
         {"kind",
          FieldKind::Choice,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Kind"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change item kind"),
          {{"initial_documentation", QT_TRANSLATE_NOOP("Atelier::Entities", "initial documentation")},
           {"evaluation_grid", QT_TRANSLATE_NOOP("Atelier::Entities", "evaluation grid")},
           {"indicator_sheet", QT_TRANSLATE_NOOP("Atelier::Entities", "indicator sheet")},
           {"procedure", QT_TRANSLATE_NOOP("Atelier::Entities", "procedure")},
           {"legal_basis", QT_TRANSLATE_NOOP("Atelier::Entities", "legal basis")},
           {"modification", QT_TRANSLATE_NOOP("Atelier::Entities", "modification")}}},
         {"title", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Title"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Rename item")},
         {"note", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Note"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change item note")},
         {"attachment_id",
          FieldKind::Reference,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Document"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change item document"),
          {},
          &Entities::attachment,
          "title"}}};
    return info;
}

const TableInfo &discussionNote()
{
    static const TableInfo info{
        "discussion_note",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Post message"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove message"),
        {{"author_id",
          FieldKind::Reference,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Author"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change author"),
          {},
          &Entities::participant},
         {"posted_at", FieldKind::Timestamp, QT_TRANSLATE_NOOP("Atelier::Entities", "Posted"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change message date")},
         {"text", FieldKind::LongText, QT_TRANSLATE_NOOP("Atelier::Entities", "Message"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Edit message")},
         {"parent_id", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "In reply to"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change thread")}}};
    return info;
}

} // namespace Tables
} // namespace Atelier::Cockpit
