// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fielddelegate.h"

#include "entitytablemodel.h"
#include "moneyedit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QTimeEdit>
#include <QDoubleSpinBox>
#include <QSpinBox>

namespace Atelier {

static const FieldInfo *fieldOf(const QModelIndex &index)
{
    const auto *model = qobject_cast<const EntityTableModel *>(index.model());
    return model ? &model->field(index.column()) : nullptr;
}

QWidget *FieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const FieldInfo *field = fieldOf(index);
    if (!field)
        return QStyledItemDelegate::createEditor(parent, option, index);
    switch (field->kind) {
    case FieldKind::Choice: {
        auto *combo = new QComboBox(parent);
        for (const Choice &c : field->choices)
            combo->addItem(field->choiceLabel(QLatin1String(c.key)), QLatin1String(c.key));
        combo->setAccessibleName(field->translatedLabel());
        return combo;
    }
    case FieldKind::Date: {
        auto *date = new QDateEdit(parent);
        date->setCalendarPopup(true);
        date->setAccessibleName(field->translatedLabel());
        return date;
    }
    case FieldKind::Time: {
        auto *time = new QTimeEdit(parent);
        time->setDisplayFormat(QStringLiteral("HH:mm"));
        time->setAccessibleName(field->translatedLabel());
        return time;
    }
    case FieldKind::Money: {
        auto *money = new MoneyEdit(parent);
        if (field->minimum < 0) // a change of amount: below zero too
            money->setRange(-1e12, 1e12);
        money->setAccessibleName(field->translatedLabel());
        return money;
    }
    case FieldKind::Integer: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(field->minimum, field->maximum);
        spin->setAccessibleName(field->translatedLabel());
        return spin;
    }
    case FieldKind::Number: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(-1e12, 1e12);
        spin->setDecimals(2);
        spin->setAccessibleName(field->translatedLabel());
        return spin;
    }
    case FieldKind::Reference: {
        auto *combo = new QComboBox(parent);
        combo->addItem(QString(), QString());
        const auto *model = qobject_cast<const EntityTableModel *>(index.model());
        for (const Row &row : model->referenceRows(index))
            combo->addItem(model->referenceName(*field, row), row.value(QStringLiteral("id")));
        combo->setAccessibleName(field->translatedLabel());
        return combo;
    }
    default: {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        editor->setAccessibleName(field->translatedLabel());
        return editor;
    }
    }
}

void FieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(qMax(0, combo->findData(value.toString())));
    else if (auto *date = qobject_cast<QDateEdit *>(editor))
        date->setDate(value.toString().isEmpty() ? QDate::currentDate()
                                                 : QDate::fromString(value.toString(), Qt::ISODate));
    else if (auto *time = qobject_cast<QTimeEdit *>(editor))
        time->setTime(value.toString().isEmpty() ? QTime(9, 0) : QTime::fromString(value.toString(), QStringLiteral("HH:mm")));
    else if (auto *money = qobject_cast<MoneyEdit *>(editor))
        money->setCents(value.toLongLong());
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(value.toInt());
    else if (auto *number = qobject_cast<QDoubleSpinBox *>(editor))
        number->setValue(value.toDouble());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void FieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData());
    else if (auto *date = qobject_cast<QDateEdit *>(editor))
        model->setData(index, date->date().toString(Qt::ISODate));
    else if (auto *time = qobject_cast<QTimeEdit *>(editor))
        model->setData(index, time->time().toString(QStringLiteral("HH:mm")));
    else if (auto *money = qobject_cast<MoneyEdit *>(editor))
        model->setData(index, money->cents());
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        model->setData(index, spin->value());
    else if (auto *number = qobject_cast<QDoubleSpinBox *>(editor))
        model->setData(index, number->value());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Atelier
