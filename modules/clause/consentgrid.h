// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/lateronce.h"

#include <QTableWidget>

namespace Atelier {
struct ProjectContext;
}

namespace Atelier::Clause {

/// The consent round on one scenario: each seat of the role-play says whether it consents or
/// objects, and why. Writes through Edit:: and shows what the store says.
class ConsentGrid : public QTableWidget
{
    Q_OBJECT
public:
    explicit ConsentGrid(ProjectContext &ctx, QWidget *parent = nullptr);
    void setScenario(const QString &evolutionId, const QString &scenarioId);
    /// Records a seat's stance (and, for an objection, its reason).
    void setStance(const QString &seatId, const QString &stance, const QString &objection);

private:
    void rebuild();

    ProjectContext &m_ctx;
    QString m_evolutionId, m_scenarioId;
    /// The editor that wrote may still be on the stack: rebuild once control is back in the loop.
    LaterOnce m_rebuildLater{this, [this] { rebuild(); }};
};

} // namespace Atelier::Clause
