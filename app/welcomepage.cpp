// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Atelier {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent), m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *logo = new QLabel;
    logo->setPixmap(QIcon(QStringLiteral(":/icons/atelier.svg")).pixmap(96, 96));
    auto *title = new QLabel(tr("Atelier Achat"));
    title->setObjectName(QStringLiteral("welcomeTitle"));
    auto *subtitle =
        new QLabel(tr("Strategic public procurement, with citizens, elected officials, buyers and "
                      "companies around one table."));
    subtitle->setWordWrap(true);

    auto *create = new QPushButton(tr("New project"));
    auto *open = new QPushButton(tr("Open a project…"));
    create->setDefault(true);
    connect(create, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);

    auto *recentLabel = new QLabel(tr("Recent projects"));
    recentLabel->setBuddy(m_recent);
    m_recent->setAccessibleName(tr("Recent projects"));
    m_recent->setObjectName(QStringLiteral("recentProjects"));
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT recentRequested(item->data(Qt::UserRole).toString()); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(open);
    buttons->addStretch();

    auto *column = new QVBoxLayout;
    column->addWidget(logo);
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addSpacing(16);
    column->addLayout(buttons);
    column->addSpacing(16);
    column->addWidget(recentLabel);
    column->addWidget(m_recent, 1);

    auto *center = new QHBoxLayout(this);
    center->addStretch(1);
    center->addLayout(column, 3);
    center->addStretch(1);
}

void WelcomePage::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(
            QFileInfo(path).fileName(), QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        item->setData(Qt::UserRole, path);
        m_recent->addItem(item);
    }
    if (paths.isEmpty())
        m_recent->addItem(tr("No recent project yet."));
    if (paths.isEmpty())
        m_recent->item(0)->setFlags(Qt::NoItemFlags);
}

} // namespace Atelier
