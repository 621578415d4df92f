// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "sourcingschema.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Atelier::Sourcing {

ImportDialog::ImportDialog(const CanvasSource &source, QWidget *parent) : QDialog(parent), m_tree(new QTreeWidget)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import into the sourcing canvas"));
    auto *intro = new QLabel(source.projectTitle.isEmpty()
                                 ? tr("Template “%1”: %2").arg(source.fileName, source.description)
                                 : tr("Canvas of the project “%1” (file “%2”).").arg(source.projectTitle, source.fileName));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText); // the other project's title: never markup
    auto *hint = new QLabel(tr("Untick what you do not want. Entries go into the chapter of the same title, made "
                               "when missing, and keep where they come from."));
    hint->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("importTree"));
    m_tree->setAccessibleName(tr("Chapters and entries to import"));
    m_tree->setHeaderLabels({tr("Chapter or entry"), tr("Kind")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    const FieldInfo &kind = *Tables::entry().field(QStringLiteral("kind"));
    for (int c = 0; c < source.chapters.size(); ++c) {
        const CanvasSource::Chapter &chapter = source.chapters[c];
        auto *top = new QTreeWidgetItem(m_tree, {chapter.title, tr("%n entry(ies)", nullptr, int(chapter.entries.size()))});
        top->setFlags(top->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        top->setCheckState(0, Qt::Checked);
        top->setData(0, Qt::UserRole, c);
        for (int e = 0; e < chapter.entries.size(); ++e) {
            auto *item = new QTreeWidgetItem(top, {text(chapter.entries[e], "title"),
                                                   kind.choiceLabel(text(chapter.entries[e], "kind"))});
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Checked);
            item->setData(0, Qt::UserRole, e);
        }
    }
    m_tree->expandAll();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(hint);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(640, 520);
}

QList<CanvasPick> ImportDialog::picks() const
{
    QList<CanvasPick> out;
    for (int c = 0; c < m_tree->topLevelItemCount(); ++c) {
        const QTreeWidgetItem *top = m_tree->topLevelItem(c);
        CanvasPick pick{top->data(0, Qt::UserRole).toInt(), {}};
        for (int e = 0; e < top->childCount(); ++e)
            if (top->child(e)->checkState(0) == Qt::Checked)
                pick.entries << top->child(e)->data(0, Qt::UserRole).toInt();
        if (!pick.entries.isEmpty())
            out << pick;
    }
    return out;
}

} // namespace Atelier::Sourcing
