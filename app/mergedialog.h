// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/merge.h"

#include <QDialog>

class QComboBox;
class QTableWidget;

namespace Atelier {

class Project;

/// Bringing back a copy: what merges without question, and each conflict with both values and who made
/// them; the user keeps ours or takes theirs, conflict by conflict. Accepting merges (one undo step).
class MergeDialog : public QDialog
{
    Q_OBJECT
public:
    /// `panelTitles`: a module's name → its panel's title, to say where each row belongs.
    /// `tables`: every table's description, to name the fields and show the values as the panels do.
    MergeDialog(Project &project, Merge::Plan plan, QHash<QString, QString> panelTitles,
                QList<const TableInfo *> tables, QWidget *parent = nullptr);

    void accept() override;
    /// Whether the conflict at `row` takes the copy's value (as chosen in the dialog).
    bool takesTheirs(int row) const;

private:
    QString where(const QString &table) const;
    /// What kind of row, in words: its panel and the field that names it.
    QString rowKind(const QString &table) const;
    const FieldInfo *field(const QString &table, const QString &column) const;
    /// The field's label (each field's, for a change of several).
    QString columnLabel(const QString &table, const QString &column) const;
    /// A value as the panels show it (an amount in euros, a choice's label).
    QString valueText(const Merge::Conflict &c, const QVariant &value) const;
    void keepAll(bool theirs);

    Project &m_project;
    Merge::Plan m_plan;
    QHash<QString, QString> m_panelTitles, m_tableModules;
    QHash<QString, const TableInfo *> m_tables;
    QTableWidget *m_conflicts = nullptr;
    QList<QComboBox *> m_choices;
};

} // namespace Atelier
