// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

namespace Atelier {
struct ProjectContext;
}

namespace Atelier::Modeler {

class FacilitatorTimer;

/// The strategic modeler, in the order of the workshop: landscape, roles, rounds, priorities, strategy.
class ModelerView : public QTabWidget
{
    Q_OBJECT
public:
    explicit ModelerView(ProjectContext &ctx, QWidget *parent = nullptr);
    FacilitatorTimer &timer() const { return *m_timer; }

private:
    FacilitatorTimer *m_timer;
};

} // namespace Atelier::Modeler
