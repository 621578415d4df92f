// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTabWidget;

namespace Atelier {
struct ProjectContext;
}

namespace Atelier::Sourcing {

class BiddersPage;
class CanvasIndex;
class CanvasPage;
class GridPage;
class NegotiationPage;

/// The sourcing canvas panel: the guide, the question grid, the bidders, the negotiation.
class SourcingView : public QWidget
{
    Q_OBJECT
public:
    explicit SourcingView(ProjectContext &ctx, QWidget *parent = nullptr);
    ~SourcingView() override;

    QTabWidget *tabs() const { return m_tabs; }
    CanvasPage *canvas() const { return m_canvas; }
    GridPage *grid() const { return m_grid; }
    BiddersPage *bidders() const { return m_bidders; }
    NegotiationPage *negotiation() const { return m_negotiation; }
    CanvasIndex *index() const { return m_index; }

private:
    CanvasIndex *m_index;
    QTabWidget *m_tabs;
    CanvasPage *m_canvas;
    GridPage *m_grid;
    BiddersPage *m_bidders;
    NegotiationPage *m_negotiation;
};

} // namespace Atelier::Sourcing
