// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedialog.h"

#include "core/entities.h"
#include "core/format.h"
#include "core/project.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Atelier {

ShareDialog::ShareDialog(Project &project, QList<PersonalData> personal, QWidget *parent)
    : QDialog(parent), m_project(project), m_personal(std::move(personal)), m_recipient(new QLineEdit),
      m_sender(new QLineEdit), m_path(new QLineEdit), m_leftOut(new QLabel)
{
    setWindowTitle(tr("Export for sharing"));
    m_recipient->setObjectName(QStringLiteral("shareRecipient"));
    m_sender->setObjectName(QStringLiteral("shareSender"));
    m_path->setObjectName(QStringLiteral("sharePath"));
    m_leftOut->setObjectName(QStringLiteral("shareLeftOut"));
    m_leftOut->setWordWrap(true);
    m_recipient->setPlaceholderText(tr("e.g. Communauté de communes du Val"));
    if (const QList<Row> info = project.store().rows(Entities::project()); !info.isEmpty())
        m_sender->setText(text(info.first(), "administration"));
    const QFileInfo document(project.documentPath());
    const QString folder = project.isUntitled() ? QDir::homePath() : document.absolutePath();
    const QString base = project.isUntitled() ? tr("project") : document.completeBaseName();
    m_path->setText(QDir(folder).filePath(tr("%1 (shared copy).atelier").arg(base)));

    QStringList lines;
    for (const auto &[what, n] : ShareCopy::wouldLeaveOut(project, m_personal))
        lines << tr("• %1: %2").arg(what, Format::number(n));
    m_leftOut->setText(lines.isEmpty()
                           ? tr("The project holds no personal data: the copy is the whole project.")
                           : tr("Stays here, not in the copy (personal data):\n%1").arg(lines.join(u'\n')));

    auto *choose = new QPushButton(tr("Choose…"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(choose);
    auto *form = new QFormLayout;
    form->addRow(tr("For (administration)"), m_recipient);
    form->addRow(tr("From"), m_sender);
    form->addRow(tr("Copy"), pathRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Write the copy"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("A copy to send to another administration, without the personal data listed "
                                    "below. The share is recorded in the copy.")));
    layout->addLayout(form);
    layout->addWidget(m_leftOut);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ShareDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ShareDialog::reject);
    connect(choose, &QPushButton::clicked, this, &ShareDialog::chooseFile);
    connect(m_recipient, &QLineEdit::textChanged, this, &ShareDialog::updateButtons);
    connect(m_path, &QLineEdit::textChanged, this, &ShareDialog::updateButtons);
    updateButtons();
    m_recipient->setFocus();
}

QString ShareDialog::path() const
{
    return m_path->text().trimmed();
}

void ShareDialog::updateButtons()
{
    m_ok->setEnabled(!m_recipient->text().trimmed().isEmpty() && !path().isEmpty());
}

void ShareDialog::chooseFile()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export for sharing"), path(),
                                                        tr("Atelier Achat projects (*.atelier)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ShareDialog::accept()
{
    QString error;
    m_report = ShareCopy::write(m_project, path(), {m_sender->text(), m_recipient->text(), m_personal}, &error);
    if (!m_report) {
        QMessageBox::warning(this, tr("Export for sharing"), error);
        return;
    }
    QDialog::accept();
}

} // namespace Atelier
