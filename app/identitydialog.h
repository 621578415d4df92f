// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal.h"

#include <QDialog>

class QLineEdit;

namespace Atelier {

/// Who the journal names for the changes made here: a person and the administration they work for, kept
/// in the settings. Empty fields fall back on the defaults (the login name; the administration the copy
/// was shared for, or the project's).
class IdentityDialog : public QDialog
{
    Q_OBJECT
public:
    explicit IdentityDialog(QWidget *parent = nullptr);
    void accept() override;

    /// The settings' person and administration (either may be empty).
    static Author chosen();
    /// `defaults` with what the settings say instead.
    static Author apply(Author defaults);

private:
    QLineEdit *m_person, *m_administration;
};

} // namespace Atelier
