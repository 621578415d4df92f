// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Atelier {
struct ProjectContext;
class FieldBinder;
} // namespace Atelier

namespace Atelier::Modeler {

/// The selected card in full: title, text, family, its author (a participant) and the evidence
/// of the investigation it rests on (an attachment of the Projet panel).
class CardInspector : public QWidget
{
    Q_OBJECT
public:
    explicit CardInspector(ProjectContext &ctx, QWidget *parent = nullptr);
    /// Shows a card (an empty id: none).
    void showCard(const QString &cardId);
    QString shownId() const { return m_id; }

private:
    ProjectContext &m_ctx;
    QString m_id;
    QPointer<FieldBinder> m_binder;
    QLineEdit *m_title;
    QPlainTextEdit *m_body;
    QComboBox *m_family;
    QComboBox *m_author;
    QComboBox *m_evidence;
};

} // namespace Atelier::Modeler
