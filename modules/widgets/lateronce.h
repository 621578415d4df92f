// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace Atelier {

/// Runs `run` once control is back in the event loop, however often it was asked before: a view
/// that follows several tables rebuilds once per burst of changes, and never under the editor whose
/// edit caused them. A member of its `context`, which cancels a pending run when it goes.
class LaterOnce
{
public:
    LaterOnce(QObject *context, std::function<void()> run) : m_context(context), m_run(std::move(run)) {}

    void request()
    {
        if (m_pending)
            return;
        m_pending = true;
        QTimer::singleShot(0, m_context, [this] {
            m_pending = false;
            m_run();
        });
    }

private:
    QObject *m_context;
    std::function<void()> m_run;
    bool m_pending = false;
};

} // namespace Atelier
