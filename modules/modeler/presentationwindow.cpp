// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationwindow.h"

#include "boardscene.h"
#include "boardview.h"
#include "carditem.h"
#include "timerwidget.h"

#include <QKeyEvent>
#include <QVBoxLayout>

namespace Atelier::Modeler {

PresentationWindow::PresentationWindow(Board::BoardScene &scene, FacilitatorTimer &timer)
    : m_scene(scene), m_view(new Board::BoardView(&scene, this))
{
    setObjectName(QStringLiteral("presentation"));
    setWindowTitle(tr("Landscape of the project — projector"));
    setAttribute(Qt::WA_DeleteOnClose);
    QPalette dark = palette();
    dark.setColor(QPalette::Window, QColor(0x10, 0x10, 0x10));
    dark.setColor(QPalette::WindowText, Qt::white);
    setPalette(dark);
    setAutoFillBackground(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setAccessibleName(tr("Landscape of the project"));
    auto *countdown = new TimerWidget(timer, this);
    countdown->setLarge(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(countdown, 0, Qt::AlignHCenter);
    layout->addWidget(m_view, 1);
    m_scene.setPresentation(true);
}

PresentationWindow::~PresentationWindow()
{
    m_scene.setPresentation(false);
}

void PresentationWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_view->fitAll();
    m_view->setFocus();
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    // 1 to 4 bring one family's zone to the whole screen, 0 the whole landscape.
    if (event->key() >= Qt::Key_1 && event->key() < Qt::Key_1 + kFamilyCount) {
        m_view->showZone(Family(event->key() - Qt::Key_1));
        return;
    }
    if (event->key() == Qt::Key_0) {
        m_view->fitAll();
        return;
    }
    if (event->key() == Qt::Key_Insert) {
        const QList<Board::CardItem *> selected = m_scene.selectedCards();
        m_scene.addCard(selected.isEmpty() ? Family::Needs : selected.first()->family());
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Atelier::Modeler
