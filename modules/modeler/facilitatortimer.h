// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Atelier::Modeler {

/// The facilitator's countdown for a speaking turn or a round: start, pause, one more minute,
/// and a clear signal when time is up. Lives with the workshop, not in the project file.
class FacilitatorTimer : public QObject
{
    Q_OBJECT
public:
    explicit FacilitatorTimer(QObject *parent = nullptr);

    void start(int seconds);
    void pause();
    void resume();
    void addMinute();
    bool isRunning() const { return m_ticker.isActive(); }
    /// Seconds left (never below zero).
    int remaining() const;
    /// "04:59"
    QString text() const;

Q_SIGNALS:
    void tick(int remainingSeconds);
    void finished();

private:
    void onTick();
    QTimer m_ticker;
    QElapsedTimer m_clock;
    qint64 m_leftAtStartMs = 0;
    bool m_finished = false;
};

} // namespace Atelier::Modeler
