// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities.h"

#include <QCoreApplication>
#include <QUuid>

#define ENT(text) QT_TRANSLATE_NOOP("Atelier::Entities", text)

namespace Atelier {

QString Entities::tr(const char *text)
{
    return QCoreApplication::translate("Atelier::Entities", text);
}

QString FieldInfo::translatedLabel() const
{
    return Entities::tr(label);
}

QString FieldInfo::translatedEditText() const
{
    return Entities::tr(editText);
}

QString FieldInfo::choiceLabel(const QString &key) const
{
    for (const Choice &c : choices)
        if (key == QLatin1String(c.key))
            return Entities::tr(c.label);
    return key;
}

const FieldInfo *TableInfo::field(const QString &column) const
{
    for (const FieldInfo &f : fields)
        if (column == QLatin1String(f.column))
            return &f;
    return nullptr;
}

const TableInfo &Entities::project()
{
    static const TableInfo info{
        "project", ENT("Create project"), ENT("Remove project"),
        {{"title", FieldKind::Text, ENT("Title"), ENT("Rename project")},
         {"administration", FieldKind::Text, ENT("Administration"), ENT("Change administration")},
         {"policy_field", FieldKind::Text, ENT("Policy field"), ENT("Change policy field")},
         {"origin", FieldKind::LongText, ENT("What is the origin of the project?"), ENT("Edit project origin")},
         {"administration_action", FieldKind::LongText,
          ENT("What does the administration already do in this policy field?"),
          ENT("Edit administration's action")},
         {"investments", FieldKind::LongText, ENT("What are the current or planned investments?"),
          ENT("Edit investments")},
         {"inspiring_projects", FieldKind::LongText, ENT("Which projects are inspiring in this field?"),
          ENT("Edit inspiring projects")},
         {"budget_envelope_cents", FieldKind::Money, ENT("Budget envelope"), ENT("Change budget envelope")},
         {"created_at", FieldKind::Timestamp, ENT("Created"), ENT("Change creation date")}},
        false};
    return info;
}

const TableInfo &Entities::keyDate()
{
    static const TableInfo info{"key_date",
                                ENT("Add key date"),
                                ENT("Remove key date"),
                                {{"label", FieldKind::Text, ENT("Milestone"), ENT("Rename key date")},
                                 {"date", FieldKind::Date, ENT("Date"), ENT("Change key date")}}};
    return info;
}

const TableInfo &Entities::participant()
{
    static const TableInfo info{
        "participant", ENT("Add participant"), ENT("Remove participant"),
        {{"name", FieldKind::Text, ENT("Name"), ENT("Rename participant")},
         {"organisation", FieldKind::Text, ENT("Organisation"), ENT("Change participant's organisation")},
         {"role",
          FieldKind::Choice,
          ENT("Role"),
          ENT("Change participant's role"),
          {{"internal_buyer", ENT("internal buyer")},
           {"reservist_buyer", ENT("reservist buyer")},
           {"prescriber", ENT("prescriber")},
           {"elected_official", ENT("elected official")},
           {"citizen_juror", ENT("citizen juror")},
           {"economic_operator", ENT("economic operator")},
           {"neutral_expert", ENT("neutral expert")},
           {"other", ENT("other")}}},
         {"contact", FieldKind::Text, ENT("Contact"), ENT("Change participant's contact")}}};
    return info;
}

const TableInfo &Entities::attachment()
{
    static const TableInfo info{
        "attachment", ENT("Add attachment"), ENT("Remove attachment"),
        {{"title", FieldKind::Text, ENT("Title"), ENT("Rename attachment")},
         {"kind",
          FieldKind::Choice,
          ENT("Kind"),
          ENT("Change attachment's kind"),
          {{"photo", ENT("photo")},
           {"sound", ENT("sound")},
           {"video", ENT("video")},
           {"document", ENT("document")},
           {"testimony", ENT("testimony")},
           {"figures", ENT("figures")},
           {"other", ENT("other")}}},
         {"file_name", FieldKind::Fixed, ENT("File"), ENT("Rename attachment file")},
         {"size", FieldKind::Bytes, ENT("Size"), ENT("Change attachment size")},
         {"description", FieldKind::LongText, ENT("Description"), ENT("Edit attachment description")},
         {"added_at", FieldKind::Timestamp, ENT("Added"), ENT("Change attachment date")}}};
    return info;
}

QList<const TableInfo *> Entities::all()
{
    return {&project(), &keyDate(), &participant(), &attachment()};
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace Atelier
