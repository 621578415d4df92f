// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Atelier {
struct ProjectContext;
}

namespace Atelier::Cockpit {

/// The strategy's discussion space (espace de discussion): dated messages by participants, in
/// threads (a reply sits under its message), searchable.
class DiscussionPage : public QWidget
{
    Q_OBJECT
public:
    DiscussionPage(ProjectContext &ctx, const QString &strategyId, QWidget *parent = nullptr);
    QTreeWidget *threads() const { return m_threads; }
    QLineEdit *search() const { return m_search; }
    QPlainTextEdit *composer() const { return m_text; }
    QComboBox *author() const { return m_author; }
    QPushButton *postButton() const { return m_post; }
    QPushButton *replyButton() const { return m_reply; }

private:
    void reload();
    void reloadAuthors();
    void applySearch();
    void post(const QString &parentId);
    ProjectContext &m_ctx;
    QString m_strategyId;
    QLineEdit *m_search;
    QTreeWidget *m_threads;
    QComboBox *m_author;
    QPlainTextEdit *m_text;
    QPushButton *m_post, *m_reply, *m_remove;
    QHash<QString, QTreeWidgetItem *> m_items; ///< by note id, as last shown
};

} // namespace Atelier::Cockpit
