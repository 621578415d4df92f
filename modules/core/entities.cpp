// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QUuid>

#include <iterator>

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
        "project",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Create project"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove project"),
        {{"title", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Title"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Rename project")},
         {"administration", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Administration"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change administration")},
         {"policy_field", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Policy field"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change policy field")},
         {"origin", FieldKind::LongText,
          QT_TRANSLATE_NOOP("Atelier::Entities", "What is the origin of the project?"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Edit project origin")},
         {"administration_action", FieldKind::LongText,
          QT_TRANSLATE_NOOP("Atelier::Entities",
                            "What does the administration already do in this policy field?"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Edit administration's action")},
         {"investments", FieldKind::LongText,
          QT_TRANSLATE_NOOP("Atelier::Entities", "What are the current or planned investments?"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Edit investments")},
         {"inspiring_projects", FieldKind::LongText,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Which projects are inspiring in this field?"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Edit inspiring projects")},
         {"budget_envelope_cents", FieldKind::Money,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Budget envelope"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change budget envelope")},
         {"created_at", FieldKind::Timestamp, QT_TRANSLATE_NOOP("Atelier::Entities", "Created"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change creation date")}},
        false};
    return info;
}

const TableInfo &Entities::keyDate()
{
    static const TableInfo info{
        "key_date",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add key date"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove key date"),
        {{"label", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Milestone"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Rename key date")},
         {"date", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "Date"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change key date")}}};
    return info;
}

const TableInfo &Entities::participant()
{
    static const TableInfo info{
        "participant",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add participant"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove participant"),
        {{"name", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Name"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Rename participant")},
         {"organisation", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Organisation"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change participant's organisation")},
         {"role",
          FieldKind::Choice,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Role"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change participant's role"),
          {{"internal_buyer", QT_TRANSLATE_NOOP("Atelier::Entities", "internal buyer")},
           {"reservist_buyer", QT_TRANSLATE_NOOP("Atelier::Entities", "reservist buyer")},
           {"prescriber", QT_TRANSLATE_NOOP("Atelier::Entities", "prescriber")},
           {"elected_official", QT_TRANSLATE_NOOP("Atelier::Entities", "elected official")},
           {"citizen_juror", QT_TRANSLATE_NOOP("Atelier::Entities", "citizen juror")},
           {"economic_operator", QT_TRANSLATE_NOOP("Atelier::Entities", "economic operator")},
           {"neutral_expert", QT_TRANSLATE_NOOP("Atelier::Entities", "neutral expert")},
           {"other", QT_TRANSLATE_NOOP("Atelier::Entities", "other")}}},
         {"contact", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Contact"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change participant's contact")}}};
    return info;
}

const TableInfo &Entities::attachment()
{
    static const TableInfo info{
        "attachment",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add attachment"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove attachment"),
        {{"title", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Title"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Rename attachment")},
         {"kind",
          FieldKind::Choice,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Kind"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change attachment's kind"),
          {{"photo", QT_TRANSLATE_NOOP("Atelier::Entities", "photo")},
           {"sound", QT_TRANSLATE_NOOP("Atelier::Entities", "sound")},
           {"video", QT_TRANSLATE_NOOP("Atelier::Entities", "video")},
           {"document", QT_TRANSLATE_NOOP("Atelier::Entities", "document")},
           {"testimony", QT_TRANSLATE_NOOP("Atelier::Entities", "testimony")},
           {"figures", QT_TRANSLATE_NOOP("Atelier::Entities", "figures")},
           {"other", QT_TRANSLATE_NOOP("Atelier::Entities", "other")}}},
         {"file_name", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "File"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Rename attachment file")},
         {"size", FieldKind::Bytes, QT_TRANSLATE_NOOP("Atelier::Entities", "Size"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change attachment size")},
         {"description", FieldKind::LongText, QT_TRANSLATE_NOOP("Atelier::Entities", "Description"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Edit attachment description")},
         {"added_at", FieldKind::Timestamp, QT_TRANSLATE_NOOP("Atelier::Entities", "Added"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change attachment date")}}};
    return info;
}

const FieldInfo &Entities::investmentMode()
{
    return *investmentLine().field(QStringLiteral("mode"));
}

const TableInfo &Entities::strategy()
{
    static const TableInfo info{
        "strategy",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add strategy"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove strategy"),
        {{"title", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Strategy"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Rename strategy")},
         {"objective", FieldKind::LongText, QT_TRANSLATE_NOOP("Atelier::Entities", "Objective"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change strategy objective")},
         {"responsible_service", FieldKind::Text,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Responsible service"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change responsible service")},
         {"impacts", FieldKind::LongText, QT_TRANSLATE_NOOP("Atelier::Entities", "Impacts sought"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change strategy impacts")},
         {"origin", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "Comes from"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change strategy origin")}}};
    return info;
}

const TableInfo &Entities::investmentLine()
{
    static const TableInfo info{
        "investment_line",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add investment line"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove investment line"),
        {{"mode",
          FieldKind::Choice,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Investment mode"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change investment mode"),
          {{"purchase", QT_TRANSLATE_NOOP("Atelier::Entities", "purchase")},
           {"partnership_purchase", QT_TRANSLATE_NOOP("Atelier::Entities", "partnership purchase")},
           {"rd_contract", QT_TRANSLATE_NOOP("Atelier::Entities", "R&D contract or support")},
           {"innovation_pact", QT_TRANSLATE_NOOP("Atelier::Entities", "small innovation pact")},
           {"grant", QT_TRANSLATE_NOOP("Atelier::Entities", "grant")},
           {"public_commons", QT_TRANSLATE_NOOP("Atelier::Entities", "public-commons partnership")}}},
         {"title", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Line"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Rename investment line")},
         {"budget_cents", FieldKind::Money, QT_TRANSLATE_NOOP("Atelier::Entities", "Budget estimate"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change line budget")},
         {"start_date", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "Start"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change line start")},
         {"end_date", FieldKind::Date, QT_TRANSLATE_NOOP("Atelier::Entities", "End"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change line end")},
         {"actors", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Actors"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change line actors")},
         {"impacts", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Impacts sought"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change line impacts")},
         {"commons_general_interest", FieldKind::Bool,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Serves the general interest"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change general-interest criterion")},
         {"commons_not_competing", FieldKind::Bool,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Neither competes with nor replaces a public service"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change public-service criterion")},
         {"commons_public_resources", FieldKind::Bool,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Needs access to public resources"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change public-resources criterion")},
         {"beneficiary", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Beneficiary"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change grant beneficiary")},
         {"conditions", FieldKind::LongText, QT_TRANSLATE_NOOP("Atelier::Entities", "Conditions"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change grant conditions")}}};
    return info;
}

const TableInfo &Entities::sourcingQuestion()
{
    static const TableInfo info{
        "sourcing_question",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add sourcing question"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove sourcing question"),
        {{"text", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Question for the sourcing canvas"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Edit sourcing question")},
         {"origin", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "Raised by"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change question origin")}}};
    return info;
}

QList<const TableInfo *> Entities::all()
{
    return {&project(),     &keyDate(),     &participant(), &attachment(),  &strategy(),
            &investmentLine(), &sourcingQuestion(), &strategyActor(), &milestone(), &budgetEntry(),
            &indicator(),   &measurement(), &contract(),    &checkpoint(),  &decision(),
            &baseline(),    &shareRecord()};
}

const TableInfo &Entities::shareRecord()
{
    static const TableInfo info{
        "share_record",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Record a shared copy"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove a shared copy's record"),
        {{"shared_at", FieldKind::Timestamp, QT_TRANSLATE_NOOP("Atelier::Entities", "Shared"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the date shared")},
         {"sender", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "From"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the sender")},
         {"recipient", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "For"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the recipient")},
         {"source_file", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "Shared from"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change the file shared from")},
         {"left_out", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "Left out"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change what was left out")}}};
    return info;
}

QString newId()
{
    // A random (version 4) UUID from the securely seeded generator: QUuid::createUuid() asks the system
    // for every one of them, 4 µs each, too slow for a pool of 100,000 people.
    quint8 bytes[16];
    QRandomGenerator::global()->generate(std::begin(bytes), std::end(bytes));
    bytes[6] = quint8((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = quint8((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(bytes), 16)).toString(QUuid::WithoutBraces);
}

} // namespace Atelier
