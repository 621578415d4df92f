// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "noteseditor.h"

#include "core/edit.h"
#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"

#include <QAction>
#include <QEvent>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace Atelier::Sourcing {

NotesEditor::NotesEditor(ProjectContext &ctx, const TableInfo &table, const QString &column, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_table(table), m_column(column), m_edit(new QTextEdit), m_tools(new QToolBar),
      m_pause(new QTimer(this))
{
    m_edit->setObjectName(QStringLiteral("notes"));
    m_edit->setAccessibleName(tr("Notes"));
    m_edit->setTabChangesFocus(true);
    m_edit->setAcceptRichText(false); // pasted text arrives plain; formatting comes from the buttons
    m_tools->setIconSize(QSize(16, 16));
    m_tools->setAccessibleName(tr("Text formatting"));
    QAction *bold = m_tools->addAction(tr("Bold"));
    bold->setShortcut(QKeySequence::Bold);
    bold->setCheckable(true);
    QAction *italic = m_tools->addAction(tr("Italic"));
    italic->setShortcut(QKeySequence::Italic);
    italic->setCheckable(true);
    QAction *list = m_tools->addAction(tr("List"));
    list->setToolTip(tr("Bulleted list"));
    for (QAction *a : {bold, italic, list})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({bold, italic, list});
    connect(bold, &QAction::triggered, this, [this](bool on) { m_edit->setFontWeight(on ? QFont::Bold : QFont::Normal); });
    connect(italic, &QAction::triggered, this, [this](bool on) { m_edit->setFontItalic(on); });
    connect(list, &QAction::triggered, this, [this] {
        QTextCursor c = m_edit->textCursor();
        if (QTextList *l = c.currentList()) {
            QTextBlockFormat plain;
            l->remove(c.block());
            c.setBlockFormat(plain);
        } else {
            c.createList(QTextListFormat::ListDisc);
        }
    });
    connect(m_edit, &QTextEdit::currentCharFormatChanged, this, [bold, italic](const QTextCharFormat &f) {
        bold->setChecked(f.fontWeight() >= QFont::Bold);
        italic->setChecked(f.fontItalic());
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_tools);
    layout->addWidget(m_edit);

    m_pause->setSingleShot(true);
    m_pause->setInterval(700);
    connect(m_pause, &QTimer::timeout, this, &NotesEditor::commit);
    connect(m_edit, &QTextEdit::textChanged, this, [this] {
        if (m_edit->hasFocus())
            m_pause->start();
    });
    m_edit->installEventFilter(this);
    connect(&ctx.notifier, &Notifier::valueChanged, this,
            [this](const QString &changed, const QString &id, const QString &field) {
                if (changed == m_table.table() && id == m_rowId && field == m_column)
                    load();
            });
    setRow({});
}

void NotesEditor::setRow(const QString &rowId)
{
    commit();
    m_rowId = rowId;
    load();
}

void NotesEditor::load()
{
    const QString stored =
        m_rowId.isEmpty() ? QString() : m_ctx.store.value(m_table, m_rowId, m_column).toString();
    m_edit->setReadOnly(m_ctx.isReadOnly() || m_rowId.isEmpty());
    m_tools->setEnabled(!m_edit->isReadOnly());
    QTextDocument probe;
    probe.setMarkdown(stored);
    if (probe.toMarkdown() == m_edit->document()->toMarkdown() && !m_loaded.isNull())
        return; // what is shown already says it (our own edit coming back)
    const QSignalBlocker quiet(m_edit);
    m_edit->setMarkdown(stored);
    m_loaded = m_edit->document()->toMarkdown();
}

void NotesEditor::commit()
{
    m_pause->stop();
    if (m_rowId.isEmpty() || m_edit->isReadOnly() || m_ctx.store.row(m_table, m_rowId).isEmpty())
        return;
    const QString now = m_edit->document()->toMarkdown();
    if (now == m_loaded)
        return;
    m_loaded = now;
    // Stored as shown: a trailing space typed before a pause must not come back trimmed and reload.
    Edit::setValue(m_ctx, m_table, m_rowId, m_column, now, Edit::Merge::WithPrevious);
}

bool NotesEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        commit();
    return QWidget::eventFilter(watched, event);
}

} // namespace Atelier::Sourcing
