// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "identitydialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QVBoxLayout>

namespace Atelier {

namespace {
const QString kPerson = QStringLiteral("identity/person");
const QString kAdministration = QStringLiteral("identity/administration");
} // namespace

Author IdentityDialog::chosen()
{
    const QSettings settings;
    return {settings.value(kPerson).toString().trimmed(), settings.value(kAdministration).toString().trimmed()};
}

Author IdentityDialog::apply(Author defaults)
{
    const Author mine = chosen();
    if (!mine.person.isEmpty())
        defaults.person = mine.person;
    if (!mine.administration.isEmpty())
        defaults.administration = mine.administration;
    return defaults;
}

IdentityDialog::IdentityDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Your name and administration"));
    auto *layout = new QVBoxLayout(this);
    auto *why = new QLabel(tr("The journal of changes names you for every change you make, and a merge shows your "
                              "name beside your values. Leave a field empty for the default."));
    why->setWordWrap(true);
    layout->addWidget(why);
    auto *form = new QFormLayout;
    const Author mine = chosen();
    m_person = new QLineEdit(mine.person);
    m_person->setObjectName(QStringLiteral("identityPerson"));
    m_person->setPlaceholderText(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
    m_administration = new QLineEdit(mine.administration);
    m_administration->setObjectName(QStringLiteral("identityAdministration"));
    m_administration->setPlaceholderText(tr("the administration the project or the copy is for"));
    form->addRow(tr("&Name:"), m_person);
    form->addRow(tr("&Administration:"), m_administration);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void IdentityDialog::accept()
{
    QSettings settings;
    settings.setValue(kPerson, m_person->text().trimmed());
    settings.setValue(kAdministration, m_administration->text().trimmed());
    QDialog::accept();
}

} // namespace Atelier
