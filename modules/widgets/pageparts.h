// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Small pieces the panels' pages are made of.
#pragma once

#include "entitytableeditor.h"

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

} // namespace Atelier
