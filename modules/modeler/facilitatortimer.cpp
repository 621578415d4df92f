// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "facilitatortimer.h"

namespace Atelier::Modeler {

FacilitatorTimer::FacilitatorTimer(QObject *parent) : QObject(parent)
{
    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, &FacilitatorTimer::onTick);
}

void FacilitatorTimer::start(int seconds)
{
    m_leftAtStartMs = qint64(seconds) * 1000;
    m_finished = false;
    m_clock.start();
    m_ticker.start();
    Q_EMIT tick(remaining());
}

void FacilitatorTimer::pause()
{
    if (!isRunning())
        return;
    m_leftAtStartMs = qMax<qint64>(0, m_leftAtStartMs - m_clock.elapsed());
    m_ticker.stop();
    Q_EMIT tick(remaining());
}

void FacilitatorTimer::resume()
{
    if (isRunning() || m_leftAtStartMs <= 0)
        return;
    m_clock.start();
    m_ticker.start();
}

void FacilitatorTimer::addMinute()
{
    m_leftAtStartMs += 60000;
    if (m_finished) { // time was up: the extra minute runs at once
        m_finished = false;
        m_leftAtStartMs = 60000;
        m_clock.start();
        m_ticker.start();
    }
    Q_EMIT tick(remaining());
}

int FacilitatorTimer::remaining() const
{
    const qint64 left = isRunning() ? m_leftAtStartMs - m_clock.elapsed() : m_leftAtStartMs;
    return int(qMax<qint64>(0, (left + 999) / 1000));
}

QString FacilitatorTimer::text() const
{
    const int s = remaining();
    return QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void FacilitatorTimer::onTick()
{
    Q_EMIT tick(remaining());
    if (remaining() == 0 && !m_finished) {
        m_finished = true;
        m_ticker.stop();
        m_leftAtStartMs = 0;
        Q_EMIT finished();
    }
}

} // namespace Atelier::Modeler
