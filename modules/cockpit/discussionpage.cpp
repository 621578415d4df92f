// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discussionpage.h"

#include "cockpitschema.h"

#include "core/edit.h"
#include "core/format.h"
#include "core/notifier.h"
#include "core/projectcontext.h"
#include "core/store.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Atelier::Cockpit {

static constexpr int kIdRole = Qt::UserRole;

namespace {

/// Gives a message the height of its text wrapped at the column's width (a tree view alone keeps
/// every row one line high).
class MessageDelegate : public QStyledItemDelegate
{
public:
    explicit MessageDelegate(QTreeWidget *tree) : QStyledItemDelegate(tree), m_tree(tree) {}
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() != 0)
            return size;
        int depth = 1;
        for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
            ++depth;
        const int width = std::max(80, m_tree->columnWidth(0) - depth * m_tree->indentation() - 8);
        const QRect text = option.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap,
                                                           index.data().toString());
        size.setHeight(std::max(size.height(), text.height() + 6));
        return size;
    }

private:
    QTreeWidget *m_tree;
};

} // namespace

DiscussionPage::DiscussionPage(ProjectContext &ctx, const QString &strategyId, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_strategyId(strategyId), m_search(new QLineEdit),
      m_threads(new QTreeWidget), m_author(new QComboBox), m_text(new QPlainTextEdit),
      m_post(new QPushButton(tr("Post"))), m_reply(new QPushButton(tr("Reply to the chosen message"))),
      m_remove(new QPushButton(tr("Remove message")))
{
    m_search->setPlaceholderText(tr("Search the discussion"));
    m_search->setAccessibleName(tr("Search the discussion"));
    m_search->setClearButtonEnabled(true);
    m_threads->setAccessibleName(tr("Messages"));
    m_threads->setHeaderLabels({tr("Message"), tr("Author"), tr("Posted")});
    m_threads->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_threads->header()->setStretchLastSection(false);
    m_threads->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_threads->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    // Messages are read whole: they wrap, and rows grow again when the column is resized.
    m_threads->setWordWrap(true);
    m_threads->setTextElideMode(Qt::ElideNone);
    m_threads->setItemDelegateForColumn(0, new MessageDelegate(m_threads));
    connect(m_threads->header(), &QHeaderView::sectionResized, m_threads,
            [this] { m_threads->doItemsLayout(); });
    m_author->setAccessibleName(tr("Author"));
    m_text->setAccessibleName(tr("New message"));
    m_text->setPlaceholderText(tr("Write a message…"));
    m_text->setMaximumHeight(90);
    m_text->setTabChangesFocus(true);

    auto *compose = new QHBoxLayout;
    compose->addWidget(new QLabel(tr("Author:")));
    compose->addWidget(m_author, 1);
    compose->addWidget(m_post);
    compose->addWidget(m_reply);
    compose->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_threads, 1);
    layout->addWidget(m_text);
    layout->addLayout(compose);

    const bool editable = !ctx.isReadOnly();
    m_text->setReadOnly(!editable);
    m_post->setEnabled(editable);
    auto updateButtons = [this, editable] {
        const bool chosen = m_threads->currentItem() != nullptr;
        m_reply->setEnabled(editable && chosen);
        m_remove->setEnabled(editable && chosen);
    };
    connect(m_threads, &QTreeWidget::currentItemChanged, this, updateButtons);
    connect(m_post, &QPushButton::clicked, this, [this] { post({}); });
    connect(m_reply, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_threads->currentItem())
            post(item->data(0, kIdRole).toString());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_threads->currentItem())
            Edit::removeRows(m_ctx, Tables::discussionNote(), {item->data(0, kIdRole).toString()});
    });
    connect(m_search, &QLineEdit::textChanged, this, &DiscussionPage::applySearch);
    connect(&ctx.notifier, &Notifier::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("discussion_note")) {
            reload();
        } else if (table == QLatin1String("participant")) {
            reloadAuthors();
            reload();
        }
    });
    reloadAuthors();
    reload();
    updateButtons();
}

void DiscussionPage::reloadAuthors()
{
    const QString current = m_author->currentData().toString();
    m_author->clear();
    for (const Row &row : m_ctx.store.rows(Entities::participant()))
        m_author->addItem(row.value(QStringLiteral("name")).toString(), row.value(QStringLiteral("id")));
    m_author->setCurrentIndex(std::max(0, m_author->findData(current)));
}

void DiscussionPage::post(const QString &parentId)
{
    const QString text = m_text->toPlainText().trimmed();
    if (text.isEmpty())
        return;
    const QString id =
        Edit::addRow(m_ctx, Tables::discussionNote(),
                     {{QStringLiteral("strategy_id"), m_strategyId},
                      {QStringLiteral("parent_id"), parentId},
                      {QStringLiteral("author_id"), m_author->currentData().toString()},
                      {QStringLiteral("posted_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                      {QStringLiteral("text"), text}});
    if (id.isEmpty())
        return; // refused (read-only, disk full): the text stays in the composer
    m_text->clear();
    if (QTreeWidgetItem *item = m_items.value(id)) // shown by now: the notifier rebuilt the threads
        m_threads->setCurrentItem(item);
}

void DiscussionPage::reload()
{
    const QString current =
        m_threads->currentItem() ? m_threads->currentItem()->data(0, kIdRole).toString() : QString();
    m_threads->clear();
    QHash<QString, QString> authors;
    for (const Row &row : m_ctx.store.rows(Entities::participant()))
        authors.insert(row.value(QStringLiteral("id")).toString(),
                       row.value(QStringLiteral("name")).toString());
    QList<Row> notes = m_ctx.store.rows(Tables::discussionNote());
    notes.removeIf(
        [this](const Row &r) { return r.value(QStringLiteral("strategy_id")).toString() != m_strategyId; });
    std::stable_sort(notes.begin(), notes.end(), [](const Row &a, const Row &b) {
        return a.value(QStringLiteral("posted_at")).toString() <
               b.value(QStringLiteral("posted_at")).toString();
    });
    m_items.clear();
    for (const Row &row : notes) {
        auto *item = new QTreeWidgetItem;
        const QString id = row.value(QStringLiteral("id")).toString();
        item->setData(0, kIdRole, id);
        item->setText(0, row.value(QStringLiteral("text")).toString());
        item->setToolTip(0, item->text(0));
        item->setText(1, authors.value(row.value(QStringLiteral("author_id")).toString(), tr("(unknown)")));
        item->setText(2, Format::timestamp(row.value(QStringLiteral("posted_at")).toString()));
        m_items.insert(id, item);
    }
    // Replies go under their message once every message exists; a reply whose message was removed
    // stands on its own.
    for (const Row &row : notes) {
        QTreeWidgetItem *item = m_items.value(row.value(QStringLiteral("id")).toString());
        QTreeWidgetItem *parent = m_items.value(row.value(QStringLiteral("parent_id")).toString());
        if (parent && parent != item)
            parent->addChild(item);
        else
            m_threads->addTopLevelItem(item);
    }
    m_threads->expandAll();
    if (QTreeWidgetItem *item = m_items.value(current))
        m_threads->setCurrentItem(item);
    applySearch();
}

void DiscussionPage::applySearch()
{
    const QString needle = m_search->text().trimmed();
    // A message shows when it or one of its replies matches, so a match keeps its thread.
    std::function<bool(QTreeWidgetItem *)> visit = [&](QTreeWidgetItem *item) {
        bool any = needle.isEmpty() || item->text(0).contains(needle, Qt::CaseInsensitive) ||
                   item->text(1).contains(needle, Qt::CaseInsensitive);
        for (int i = 0; i < item->childCount(); ++i)
            any = visit(item->child(i)) || any;
        item->setHidden(!any);
        return any;
    };
    for (int i = 0; i < m_threads->topLevelItemCount(); ++i)
        visit(m_threads->topLevelItem(i));
}

} // namespace Atelier::Cockpit
