// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelerschema.h"

#include <QCoreApplication>

namespace Atelier::Modeler {

static const char *const kFamilyKeys[kFamilyCount] = {"needs", "territory", "innovation", "constraints"};

QString familyKey(Family family)
{
    return QLatin1String(kFamilyKeys[int(family)]);
}

Family familyFromKey(const QString &key)
{
    for (int i = 0; i < kFamilyCount; ++i)
        if (key == QLatin1String(kFamilyKeys[i]))
            return Family(i);
    return Family::Needs;
}

ModuleSchema schema()
{
    return {QStringLiteral("modeler"),
            {{1, QStringLiteral(R"sql(
CREATE TABLE card (
    id TEXT PRIMARY KEY NOT NULL,
    family TEXT NOT NULL DEFAULT 'needs' CHECK (family IN ('needs', 'territory', 'innovation', 'constraints')),
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    author_id TEXT NOT NULL DEFAULT '',
    evidence_id TEXT NOT NULL DEFAULT '',
    group_id TEXT NOT NULL DEFAULT '',
    x REAL NOT NULL DEFAULT 0,
    y REAL NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE card_group (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE role (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    brief TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE role_assignment (
    id TEXT PRIMARY KEY NOT NULL,
    participant_id TEXT NOT NULL DEFAULT '',
    role_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE scenario (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    forked_from TEXT NOT NULL DEFAULT '',
    forked_in_round INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE element (
    id TEXT PRIMARY KEY NOT NULL,
    scenario_id TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'need' CHECK (kind IN ('object', 'need', 'impact', 'budget', 'duration', 'mode')),
    text TEXT NOT NULL DEFAULT '',
    removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE amendment (
    id TEXT PRIMARY KEY NOT NULL,
    scenario_id TEXT NOT NULL,
    round INTEGER NOT NULL DEFAULT 1 CHECK (round >= 1),
    role_id TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL DEFAULT 'add' CHECK (action IN ('add', 'change', 'remove')),
    element_id TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'need' CHECK (kind IN ('object', 'need', 'impact', 'budget', 'duration', 'mode')),
    text TEXT NOT NULL DEFAULT '',
    previous_text TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'rejected')),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE criterion (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    weight INTEGER NOT NULL DEFAULT 1 CHECK (weight BETWEEN 0 AND 5),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE score (
    id TEXT PRIMARY KEY NOT NULL,
    scenario_id TEXT NOT NULL,
    criterion_id TEXT NOT NULL,
    value INTEGER NOT NULL CHECK (value BETWEEN 0 AND 5),
    UNIQUE (scenario_id, criterion_id)
);
CREATE TABLE risk (
    id TEXT PRIMARY KEY NOT NULL,
    scenario_id TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    likelihood INTEGER NOT NULL DEFAULT 1 CHECK (likelihood BETWEEN 1 AND 5),
    severity INTEGER NOT NULL DEFAULT 1 CHECK (severity BETWEEN 1 AND 5),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE dot_vote (
    id TEXT PRIMARY KEY NOT NULL,
    scenario_id TEXT NOT NULL,
    participant_id TEXT NOT NULL DEFAULT '',
    dots INTEGER NOT NULL DEFAULT 0 CHECK (dots >= 0),
    position INTEGER NOT NULL DEFAULT 0
);
)sql")},
             // The workshop's own settings, one row: how many dots each participant may give
             // (0 = no limit, the default, so that files from version 1 keep their dots).
             {2, QStringLiteral(R"sql(
CREATE TABLE workshop_setting (
    id TEXT PRIMARY KEY NOT NULL,
    dots_per_participant INTEGER NOT NULL DEFAULT 0 CHECK (dots_per_participant BETWEEN 0 AND 99)
);
)sql")}}};
}

namespace Tables {

static const QList<Choice> &elementKinds()
{
    static const QList<Choice> kinds{
        {"object", QT_TRANSLATE_NOOP("Atelier::Entities", "object of the purchase")},
        {"need", QT_TRANSLATE_NOOP("Atelier::Entities", "need answered")},
        {"impact", QT_TRANSLATE_NOOP("Atelier::Entities", "expected impact")},
        {"budget", QT_TRANSLATE_NOOP("Atelier::Entities", "rough budget")},
        {"duration", QT_TRANSLATE_NOOP("Atelier::Entities", "duration")},
        {"mode", QT_TRANSLATE_NOOP("Atelier::Entities", "investment mode")}};
    return kinds;
}

const TableInfo &card()
{
    static const TableInfo info{
        "card",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add card"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove cards"),
        {{"family",
          FieldKind::Choice,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Family"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Move card to another family"),
          {{"needs", QT_TRANSLATE_NOOP("Atelier::Entities", "Needs")},
           {"territory",
            QT_TRANSLATE_NOOP("Atelier::Entities", "Expertise, resources and actors of the territory")},
           {"innovation", QT_TRANSLATE_NOOP("Atelier::Entities", "Innovation or experimentation potential")},
           {"constraints", QT_TRANSLATE_NOOP("Atelier::Entities", "Constraints and opportunities")}}},
         {"title", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Card"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Rename card")},
         {"body", FieldKind::LongText, QT_TRANSLATE_NOOP("Atelier::Entities", "Text"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Edit card text")},
         {"author_id",
          FieldKind::Reference,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Author"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change card author"),
          {},
          &Entities::participant,
          "name"},
         {"evidence_id",
          FieldKind::Reference,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Evidence"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Link card to evidence"),
          {},
          &Entities::attachment,
          "title"},
         {"group_id",
          FieldKind::Reference,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Group"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change card group"),
          {},
          &cardGroup,
          "title"},
         {"x", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "x"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Move card")},
         {"y", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "y"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Move card")}}};
    return info;
}

const TableInfo &cardGroup()
{
    static const TableInfo info{"card_group",
                                QT_TRANSLATE_NOOP("Atelier::Entities", "Group cards"),
                                QT_TRANSLATE_NOOP("Atelier::Entities", "Ungroup cards"),
                                {{"title", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Group"),
                                  QT_TRANSLATE_NOOP("Atelier::Entities", "Rename group")}}};
    return info;
}

const TableInfo &role()
{
    static const TableInfo info{
        "role",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add role"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove role"),
        {{"name", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Role"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Rename role")},
         {"brief", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "What it cares about"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change role brief")}}};
    return info;
}

const TableInfo &roleAssignment()
{
    static const TableInfo info{"role_assignment",
                                QT_TRANSLATE_NOOP("Atelier::Entities", "Assign role"),
                                QT_TRANSLATE_NOOP("Atelier::Entities", "Remove role assignment"),
                                {{"participant_id",
                                  FieldKind::Reference,
                                  QT_TRANSLATE_NOOP("Atelier::Entities", "Participant"),
                                  QT_TRANSLATE_NOOP("Atelier::Entities", "Change who plays the role"),
                                  {},
                                  &Entities::participant,
                                  "name"},
                                 {"role_id",
                                  FieldKind::Reference,
                                  QT_TRANSLATE_NOOP("Atelier::Entities", "Plays"),
                                  QT_TRANSLATE_NOOP("Atelier::Entities", "Change the role played"),
                                  {},
                                  &role,
                                  "name"}}};
    return info;
}

const TableInfo &scenario()
{
    static const TableInfo info{
        "scenario",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add scenario"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove scenario"),
        {{"title", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Scenario"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Rename scenario")},
         {"forked_from",
          FieldKind::Reference,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Forked from"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change scenario origin"),
          {},
          &scenario,
          "title"},
         {"forked_in_round", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "In round"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change fork round")}}};
    return info;
}

const TableInfo &element()
{
    static const TableInfo info{
        "element",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add element"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove element"),
        {{"kind", FieldKind::Choice, QT_TRANSLATE_NOOP("Atelier::Entities", "Element"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change element kind"), elementKinds()},
         {"text", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Proposal"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Edit proposal element")},
         {"removed", FieldKind::Bool, QT_TRANSLATE_NOOP("Atelier::Entities", "Removed"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Remove element from proposal")}}};
    return info;
}

const TableInfo &amendment()
{
    static const TableInfo info{
        "amendment",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Propose amendment"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Withdraw amendment"),
        {{"round", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "Round"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change amendment round")},
         {"role_id",
          FieldKind::Reference,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Role"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change amending role"),
          {},
          &role,
          "name"},
         {"action",
          FieldKind::Choice,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Action"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change amendment action"),
          {{"add", QT_TRANSLATE_NOOP("Atelier::Entities", "add")},
           {"change", QT_TRANSLATE_NOOP("Atelier::Entities", "change")},
           {"remove", QT_TRANSLATE_NOOP("Atelier::Entities", "remove")}}},
         {"kind", FieldKind::Choice, QT_TRANSLATE_NOOP("Atelier::Entities", "Element"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change amended element kind"), elementKinds()},
         {"element_id",
          FieldKind::Reference,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Element amended"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change amended element"),
          {},
          &element,
          "text"},
         {"text", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Proposed text"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Edit amendment")},
         {"previous_text", FieldKind::Fixed, QT_TRANSLATE_NOOP("Atelier::Entities", "Text before"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change text before")},
         {"reason", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Reason"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Edit amendment reason")},
         {"status",
          FieldKind::Fixed,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Decision"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Decide on amendment"),
          {{"proposed", QT_TRANSLATE_NOOP("Atelier::Entities", "proposed")},
           {"accepted", QT_TRANSLATE_NOOP("Atelier::Entities", "accepted")},
           {"rejected", QT_TRANSLATE_NOOP("Atelier::Entities", "rejected")}}}}};
    return info;
}

const TableInfo &criterion()
{
    static const TableInfo info{
        "criterion",
        QT_TRANSLATE_NOOP("Atelier::Entities", "Add criterion"),
        QT_TRANSLATE_NOOP("Atelier::Entities", "Remove criterion"),
        {{"name", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Impact sought"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Rename criterion")},
         {"weight",
          FieldKind::Integer,
          QT_TRANSLATE_NOOP("Atelier::Entities", "Weight"),
          QT_TRANSLATE_NOOP("Atelier::Entities", "Change criterion weight"),
          {},
          nullptr,
          "name",
          0,
          5}}};
    return info;
}

const TableInfo &score()
{
    static const TableInfo info{"score",
                                QT_TRANSLATE_NOOP("Atelier::Entities", "Score scenario"),
                                QT_TRANSLATE_NOOP("Atelier::Entities", "Clear score"),
                                {{"value",
                                  FieldKind::Integer,
                                  QT_TRANSLATE_NOOP("Atelier::Entities", "Score"),
                                  QT_TRANSLATE_NOOP("Atelier::Entities", "Change score"),
                                  {},
                                  nullptr,
                                  "name",
                                  0,
                                  5}},
                                false};
    return info;
}

const TableInfo &risk()
{
    static const TableInfo info{"risk",
                                QT_TRANSLATE_NOOP("Atelier::Entities", "Add risk"),
                                QT_TRANSLATE_NOOP("Atelier::Entities", "Remove risk"),
                                {{"title", FieldKind::Text, QT_TRANSLATE_NOOP("Atelier::Entities", "Risk"),
                                  QT_TRANSLATE_NOOP("Atelier::Entities", "Rename risk")},
                                 {"likelihood",
                                  FieldKind::Integer,
                                  QT_TRANSLATE_NOOP("Atelier::Entities", "Likelihood"),
                                  QT_TRANSLATE_NOOP("Atelier::Entities", "Change risk likelihood"),
                                  {},
                                  nullptr,
                                  "name",
                                  1,
                                  5},
                                 {"severity",
                                  FieldKind::Integer,
                                  QT_TRANSLATE_NOOP("Atelier::Entities", "Severity"),
                                  QT_TRANSLATE_NOOP("Atelier::Entities", "Change risk severity"),
                                  {},
                                  nullptr,
                                  "name",
                                  1,
                                  5}}};
    return info;
}

const TableInfo &dotVote()
{
    static const TableInfo info{"dot_vote",
                                QT_TRANSLATE_NOOP("Atelier::Entities", "Give dots"),
                                QT_TRANSLATE_NOOP("Atelier::Entities", "Take dots back"),
                                {{"participant_id",
                                  FieldKind::Reference,
                                  QT_TRANSLATE_NOOP("Atelier::Entities", "Voter"),
                                  QT_TRANSLATE_NOOP("Atelier::Entities", "Change voter"),
                                  {},
                                  &Entities::participant,
                                  "name"},
                                 {"dots",
                                  FieldKind::Integer,
                                  QT_TRANSLATE_NOOP("Atelier::Entities", "Dots"),
                                  QT_TRANSLATE_NOOP("Atelier::Entities", "Change dots"),
                                  {},
                                  nullptr,
                                  "name",
                                  0,
                                  10}}};
    return info;
}

const TableInfo &workshopSetting()
{
    static const TableInfo info{"workshop_setting",
                                QT_TRANSLATE_NOOP("Atelier::Entities", "Set up the workshop"),
                                QT_TRANSLATE_NOOP("Atelier::Entities", "Clear the workshop settings"),
                                {{"dots_per_participant",
                                  FieldKind::Integer,
                                  QT_TRANSLATE_NOOP("Atelier::Entities", "Dots per participant"),
                                  QT_TRANSLATE_NOOP("Atelier::Entities", "Change dots per participant"),
                                  {},
                                  nullptr,
                                  "name",
                                  0,
                                  kMaxDotsPerParticipant}},
                                false};
    return info;
}

} // namespace Tables
} // namespace Atelier::Modeler
