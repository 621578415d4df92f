// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTextEdit;
class QTimer;
class QToolBar;

namespace Atelier {
struct ProjectContext;
struct TableInfo;
} // namespace Atelier

namespace Atelier::Sourcing {

/// Free notes in rich text (bold, italic, lists, links), stored as Markdown so that they stay
/// readable in any copy of the file and searchable. A typing session is one undo step.
class NotesEditor : public QWidget
{
    Q_OBJECT
public:
    NotesEditor(ProjectContext &ctx, const TableInfo &table, const QString &column, QWidget *parent = nullptr);

    /// The row whose notes are shown (empty: none).
    void setRow(const QString &rowId);
    QTextEdit *editor() const { return m_edit; }
    /// Records what is being typed now.
    void commit();

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();

    ProjectContext &m_ctx;
    const TableInfo &m_table;
    QString m_column;
    QString m_rowId;
    QString m_loaded; ///< the Markdown of what was last loaded or recorded
    QTextEdit *m_edit;
    QToolBar *m_tools;
    QTimer *m_pause;
};

} // namespace Atelier::Sourcing
