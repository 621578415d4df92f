// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace Atelier {

struct ProjectContext;
struct TableInfo;
class MoneyEdit;

/// Ties form editors to the fields of one row: shows the stored value, records the user's change as
/// an undoable edit, and follows changes made elsewhere (undo, another view). One binder per row.
class FieldBinder : public QObject
{
    Q_OBJECT
public:
    FieldBinder(ProjectContext &ctx, const TableInfo &table, const QString &rowId, QObject *parent = nullptr);

    /// Commits when editing is finished (Enter, focus leaves).
    void bind(QLineEdit *editor, const QString &column);
    /// Commits shortly after typing stops and when focus leaves; a typing session is one undo step.
    void bind(QPlainTextEdit *editor, const QString &column);
    void bind(MoneyEdit *editor, const QString &column);
    /// A list for a choice field, or for a reference field (the rows of the table referred to,
    /// with an empty entry for "none").
    void bind(QComboBox *editor, const QString &column);
    /// A yes/no field; the box's text is the field's label.
    void bind(QCheckBox *editor, const QString &column);

    /// Records what is being typed now (before the binder is replaced or the row changes).
    void commitPending();

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Registers an editor for a column: accessible name, read-only state, current value.
    template <typename Editor> void adopt(Editor *editor, const QString &column);
    void load(const QString &column);
    void commitText(QPlainTextEdit *editor, const QString &column);

    ProjectContext &m_ctx;
    const TableInfo &m_table;
    QString m_rowId;
    QHash<QString, QPointer<QWidget>> m_editors;
    QHash<QPlainTextEdit *, QTimer *> m_pending;
};

} // namespace Atelier
