// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace Atelier {
class EntityTableEditor;
class FieldBinder;
struct ProjectContext;
} // namespace Atelier

namespace Atelier::Sourcing {

class NotesEditor;

/// One canvas entry in full: the fields of its kind, its tags, free notes in rich text, the
/// evidence of the Projet library attached to it, and where it comes from.
class EntryForm : public QWidget
{
    Q_OBJECT
public:
    explicit EntryForm(ProjectContext &ctx, QWidget *parent = nullptr);

    void setEntry(const QString &entryId);
    QString entryId() const { return m_entryId; }
    /// Records what is being typed now (before another entry is shown or the project closes).
    void commitPending();

private:
    void rebuild();
    /// Shows again the stored value of a number or date field (changed by undo, or elsewhere).
    void reload(const QString &column);

    ProjectContext &m_ctx;
    QString m_entryId;
    QString m_kind;
    QLabel *m_heading;
    QWidget *m_fields;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_tags;
    NotesEditor *m_notes;
    EntityTableEditor *m_evidence;
    QLabel *m_origin;
    QPointer<FieldBinder> m_binder;
};

} // namespace Atelier::Sourcing
