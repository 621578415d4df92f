// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QSpinBox;

namespace Atelier::Modeler {

class FacilitatorTimer;

/// The countdown as the room sees it: big digits, Start / Pause / +1 min, and the whole widget
/// turning orange, with a beep, when time is up. Several widgets may show one timer.
class TimerWidget : public QWidget
{
    Q_OBJECT
public:
    TimerWidget(FacilitatorTimer &timer, QWidget *parent = nullptr);
    /// Large digits for the projector.
    void setLarge(bool large);
    QString shownText() const;
    bool isSignalling() const { return m_signalling; }

private:
    void refresh();
    void signalEnd();

    FacilitatorTimer &m_timer;
    QLabel *m_digits;
    QSpinBox *m_minutes;
    bool m_signalling = false;
};

} // namespace Atelier::Modeler
