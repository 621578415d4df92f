// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timerwidget.h"

#include "facilitatortimer.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace Atelier::Modeler {

TimerWidget::TimerWidget(FacilitatorTimer &timer, QWidget *parent)
    : QWidget(parent), m_timer(timer), m_digits(new QLabel(this)), m_minutes(new QSpinBox(this))
{
    setObjectName(QStringLiteral("timer"));
    m_digits->setObjectName(QStringLiteral("timerDigits"));
    m_digits->setAccessibleName(tr("Time left"));
    m_minutes->setRange(1, 60);
    m_minutes->setValue(3);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Length of the turn"));
    auto *start = new QPushButton(tr("Start"), this);
    auto *pause = new QPushButton(tr("Pause"), this);
    auto *more = new QPushButton(tr("+1 min"), this);
    start->setObjectName(QStringLiteral("timerStart"));
    more->setObjectName(QStringLiteral("timerMore"));
    connect(start, &QPushButton::clicked, this, [this] {
        m_signalling = false;
        m_timer.start(m_minutes->value() * 60);
    });
    connect(pause, &QPushButton::clicked, this,
            [this] { m_timer.isRunning() ? m_timer.pause() : m_timer.resume(); });
    connect(more, &QPushButton::clicked, this, [this] {
        m_signalling = false;
        m_timer.addMinute();
    });
    connect(&m_timer, &FacilitatorTimer::tick, this, &TimerWidget::refresh);
    connect(&m_timer, &FacilitatorTimer::finished, this, &TimerWidget::signalEnd);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_digits);
    layout->addWidget(m_minutes);
    layout->addWidget(start);
    layout->addWidget(pause);
    layout->addWidget(more);
    setAutoFillBackground(true);
    setLarge(false);
}

void TimerWidget::setLarge(bool large)
{
    QFont font = m_digits->font();
    font.setPixelSize(large ? 64 : 26);
    font.setBold(true);
    font.setFamily(QStringLiteral("DejaVu Sans Mono"));
    m_digits->setFont(font);
    refresh();
}

QString TimerWidget::shownText() const
{
    return m_digits->text();
}

void TimerWidget::refresh()
{
    m_digits->setText(m_timer.text());
    const QPalette around = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    QPalette p = palette();
    p.setColor(QPalette::Window, m_signalling ? QColor(0xd9, 0x82, 0x2b) : around.color(QPalette::Window));
    p.setColor(QPalette::WindowText, m_signalling ? Qt::white : around.color(QPalette::WindowText));
    setPalette(p);
}

void TimerWidget::signalEnd()
{
    m_signalling = true;
    QApplication::beep();
    refresh();
}

} // namespace Atelier::Modeler
