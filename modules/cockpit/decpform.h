// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Atelier {
struct ProjectContext;
struct FieldInfo;
class FieldBinder;
} // namespace Atelier

namespace Atelier::Cockpit {

/// The public data (DECP v2) of one contract that the cockpit's contract does not hold: the buyer's
/// SIRET, the holder's identifier, CCAG, prices, techniques… with the official choices as lists, and what
/// the contract still lacks before it can be published (atelier decp export). Every change is an
/// undoable edit of contract_decp.
class DecpForm : public QWidget
{
    Q_OBJECT
public:
    explicit DecpForm(ProjectContext &ctx, QWidget *parent = nullptr);
    /// Shows the contract's fields (none: a hint).
    void setContract(const QString &contractId);
    /// What the contract lacks, one line a field ("Ready to publish." when nothing).
    QLabel *missing() const { return m_missing; }

private:
    void rebuild();
    void updateMissing();
    void addListField(QFormLayout *form, const char *column);
    /// A count, share or rate, in the user's locale.
    void bindNumber(QLineEdit *line, const FieldInfo &field);
    /// Shows a list field's boxes as stored.
    void syncList(const QString &column);

    ProjectContext &m_ctx;
    QString m_contractId;
    QWidget *m_body = nullptr;
    QLabel *m_missing;
};

} // namespace Atelier::Cockpit
