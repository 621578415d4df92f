// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

namespace Atelier {

/// The largest attachment a project may hold (a photo, a short video, a recorded testimony).
inline constexpr qint64 kMaxAttachmentBytes = qint64(50) << 20;

/// A stored row: column name → value. The `id` column is always present.
using Row = QVariantMap;

/// A column of a row as text (empty when the row has no such column).
inline QString text(const Row &row, const char *column)
{
    return row.value(QLatin1String(column)).toString();
}

/// How a field is edited and shown. The last three are shown, never edited by hand. Number: a decimal
/// value (an indicator's measurement). Time: a time of day, stored "HH:MM".
/// Reference: the id of a row of another table, shown by that row's label column.
enum class FieldKind {
    Text,
    LongText,
    Choice,
    Money,
    Date,
    Integer,
    Number,
    Bool,
    Reference,
    Time,
    Fixed,
    Bytes,
    Timestamp
};

struct TableInfo;
class Store;

/// One allowed value of a Choice field: the stored key and its (untranslated) label.
struct Choice
{
    const char *key;
    const char *label;
};

/// An editable column of a shared entity, with the words the UI and the undo history use.
struct FieldInfo
{
    const char *column;
    FieldKind kind;
    const char *label;    ///< column header / form label (translated through Entities)
    const char *editText; ///< undo-step name, e.g. "Rename participant"
    QList<Choice> choices = {};
    const TableInfo &(*reference)() = nullptr; ///< Reference: the table referred to
    const char *referenceLabel = "name";       ///< Reference: the column that names a row
    /// Integer: the allowed range. Money: a negative minimum allows amounts below zero (a change).
    int minimum = 0, maximum = 0;

    bool isEditable() const { return kind < FieldKind::Fixed; }
    QString translatedLabel() const;
    QString translatedEditText() const;
    /// The translated label of a choice key (the key itself when unknown).
    QString choiceLabel(const QString &key) const;
};

/// A shared entity's table: its name, how its rows are called, its editable fields.
struct TableInfo
{
    const char *name;
    const char *insertText; ///< undo-step name for adding a row
    const char *removeText; ///< undo-step name for removing a row
    QList<FieldInfo> fields;
    bool ordered = true; ///< rows carry a `position` column

    const FieldInfo *field(const QString &column) const;
    QString table() const { return QString::fromLatin1(name); }
};

/// The shared entities of the core module. Each is described once, here.
namespace Entities {
const TableInfo &project();
const TableInfo &keyDate();
const TableInfo &participant();
const TableInfo &attachment();
const TableInfo &strategy();
const TableInfo &investmentLine();
const TableInfo &sourcingQuestion();
// The steering of strategies (the cockpit's shared entities, steeringentities.cpp).
const TableInfo &strategyActor();
const TableInfo &milestone();
const TableInfo &budgetEntry();
const TableInfo &indicator();
const TableInfo &measurement();
const TableInfo &contract();
/// How a contract is named to people: “holder — investment line”.
QString contractName(const Store &store, const QString &contractId);
/// The strategy a contract serves (through its investment line).
QString contractStrategy(const Store &store, const QString &contractId);
const TableInfo &checkpoint();
const TableInfo &decision();
const TableInfo &baseline();
/// Each time the project was shared (Export for sharing): when, by whom, for whom, from which file, what
/// personal data was left out. A shared copy carries the records of every share that led to it.
const TableInfo &shareRecord();
/// The investment modes (formes d'investissement) a strategy combines.
const FieldInfo &investmentMode();
/// All of the above, for generic code (counts, checks).
QList<const TableInfo *> all();
/// Translates a string declared with QT_TRANSLATE_NOOP("Atelier::Entities", ...).
QString tr(const char *text);
} // namespace Entities

/// A new globally unique id for a row.
QString newId();

} // namespace Atelier
