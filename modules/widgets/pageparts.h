// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Small pieces the panels' pages are made of.
#pragma once

#include "entitytableeditor.h"
#include "entitytablemodel.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QStringList>
#include <QTableView>
#include <QVBoxLayout>

#include <initializer_list>

namespace Atelier {

/// Column names for an EntityTableEditor, written as a list of literals.
inline QStringList columns(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *name : names)
        out.append(QLatin1String(name));
    return out;
}

/// `content` in a titled frame.
inline QGroupBox *boxed(const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title);
    (new QVBoxLayout(box))->addWidget(content);
    return box;
}

/// Gives a table's spare width to the column that holds the most text (a title, a holder, a note).
inline void stretchColumn(EntityTableEditor *editor, int column)
{
    QHeaderView *header = editor->view()->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(column, QHeaderView::Stretch);
}

/// Keeps a row current whenever the table has rows (the first, when none is), so that the page
/// beside it always shows something: rows may arrive after the page was made (an import, undo).
inline void keepCurrentRow(EntityTableEditor *editor)
{
    auto choose = [editor] {
        if (editor->currentId().isEmpty() && editor->model()->rowCount() > 0)
            editor->selectId(editor->model()->idAt(0));
    };
    QObject::connect(editor->model(), &QAbstractItemModel::rowsInserted, editor, choose, Qt::QueuedConnection);
    QObject::connect(editor->model(), &QAbstractItemModel::modelReset, editor, choose, Qt::QueuedConnection);
    choose();
}

} // namespace Atelier
