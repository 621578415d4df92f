// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldbinder.h"

#include "moneyedit.h"

#include "core/edit.h"
#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>

namespace Atelier {

static constexpr int kTypingPauseMs = 700;

FieldBinder::FieldBinder(ProjectContext &ctx, const TableInfo &table, const QString &rowId, QObject *parent)
    : QObject(parent), m_ctx(ctx), m_table(table), m_rowId(rowId)
{
    connect(&ctx.notifier, &Notifier::valueChanged, this,
            [this](const QString &changedTable, const QString &id, const QString &column) {
                if (changedTable == m_table.table() && id == m_rowId)
                    load(column);
            });
}

template <typename Editor> void FieldBinder::adopt(Editor *editor, const QString &column)
{
    m_editors.insert(column, editor);
    if (const FieldInfo *field = m_table.field(column))
        editor->setAccessibleName(field->translatedLabel());
    editor->setReadOnly(m_ctx.isReadOnly());
    load(column);
}

void FieldBinder::bind(QLineEdit *editor, const QString &column)
{
    adopt(editor, column);
    connect(editor, &QLineEdit::editingFinished, this,
            [this, editor, column] { Edit::setValue(m_ctx, m_table, m_rowId, column, editor->text()); });
}

void FieldBinder::bind(QPlainTextEdit *editor, const QString &column)
{
    adopt(editor, column);
    editor->setTabChangesFocus(true);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(kTypingPauseMs);
    m_pending.insert(editor, timer);
    connect(timer, &QTimer::timeout, this, [this, editor, column] { commitText(editor, column); });
    connect(editor, &QPlainTextEdit::textChanged, timer, [timer, editor] {
        if (editor->hasFocus())
            timer->start();
    });
    editor->installEventFilter(this);
    editor->setProperty("atelier_column", column);
}

void FieldBinder::bind(MoneyEdit *editor, const QString &column)
{
    if (const FieldInfo *field = m_table.field(column); field && field->minimum < 0)
        editor->setRange(-1e12, 1e12); // a change of amount: below zero too
    adopt(editor, column);
    connect(editor, &QDoubleSpinBox::editingFinished, this,
            [this, editor, column] { Edit::setValue(m_ctx, m_table, m_rowId, column, editor->cents()); });
}

void FieldBinder::bind(QComboBox *editor, const QString &column)
{
    const FieldInfo *field = m_table.field(column);
    editor->clear();
    if (field && field->kind == FieldKind::Reference) {
        editor->addItem(QString(), QString());
        for (const Row &row : m_ctx.store.rows(field->reference()))
            editor->addItem(row.value(QLatin1String(field->referenceLabel)).toString(),
                            row.value(QStringLiteral("id")));
    } else if (field) {
        for (const Choice &c : field->choices)
            editor->addItem(field->choiceLabel(QLatin1String(c.key)), QLatin1String(c.key));
    }
    m_editors.insert(column, editor);
    if (field)
        editor->setAccessibleName(field->translatedLabel());
    editor->setEnabled(!m_ctx.isReadOnly());
    load(column);
    connect(editor, &QComboBox::activated, this, [this, editor, column] {
        Edit::setValue(m_ctx, m_table, m_rowId, column, editor->currentData());
    });
}

void FieldBinder::bind(QCheckBox *editor, const QString &column)
{
    if (const FieldInfo *field = m_table.field(column))
        editor->setText(field->translatedLabel());
    m_editors.insert(column, editor);
    editor->setEnabled(!m_ctx.isReadOnly());
    load(column);
    connect(editor, &QCheckBox::clicked, this, [this, column](bool checked) {
        Edit::setValue(m_ctx, m_table, m_rowId, column, checked ? 1 : 0);
    });
}

void FieldBinder::commitPending()
{
    if (m_ctx.store.row(m_table, m_rowId).isEmpty())
        return; // the row is gone (removed, undone): nothing to record
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        if (it.value()->isActive())
            commitText(it.key(), it.key()->property("atelier_column").toString());
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        if (auto *line = qobject_cast<QLineEdit *>(it.value().data());
            line && line->text() != m_ctx.store.value(m_table, m_rowId, it.key()).toString())
            Edit::setValue(m_ctx, m_table, m_rowId, it.key(), line->text());
}

bool FieldBinder::eventFilter(QObject *watched, QEvent *event)
{
    auto *editor = qobject_cast<QPlainTextEdit *>(watched);
    if (editor && event->type() == QEvent::FocusOut && m_pending.value(editor)->isActive())
        commitText(editor, editor->property("atelier_column").toString());
    return QObject::eventFilter(watched, event);
}

void FieldBinder::commitText(QPlainTextEdit *editor, const QString &column)
{
    m_pending.value(editor)->stop();
    Edit::setValue(m_ctx, m_table, m_rowId, column, editor->toPlainText(), Edit::Merge::WithPrevious);
}

void FieldBinder::load(const QString &column)
{
    QWidget *editor = m_editors.value(column);
    if (!editor)
        return;
    const QVariant value = m_ctx.store.value(m_table, m_rowId, column);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (line->text() != value.toString()) {
            line->setText(value.toString());
            line->setCursorPosition(0); // show the beginning of a long text
        }
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        if (text->toPlainText() != value.toString()) {
            const QSignalBlocker quiet(text); // a reload is not typing
            text->setPlainText(value.toString());
        }
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(qMax(0, combo->findData(value.toString())));
    } else if (auto *box = qobject_cast<QCheckBox *>(editor)) {
        box->setChecked(value.toBool());
    } else if (auto *money = qobject_cast<MoneyEdit *>(editor)) {
        if (money->cents() != value.toLongLong())
            money->setCents(value.toLongLong());
    }
}

} // namespace Atelier
