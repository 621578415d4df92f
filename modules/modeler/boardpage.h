// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

namespace Atelier {
struct ProjectContext;
}

namespace Atelier::Modeler {

class FacilitatorTimer;
namespace Board {
class BoardScene;
class BoardView;
} // namespace Board

/// The landscape page: a toolbar (a card per family, group, delete, zoom, projector), the board.
class BoardPage : public QWidget
{
    Q_OBJECT
public:
    BoardPage(ProjectContext &ctx, FacilitatorTimer &timer, QWidget *parent = nullptr);
    ~BoardPage() override;
    Board::BoardScene *scene() const { return m_scene; }
    Board::BoardView *view() const { return m_view; }
    /// The full-screen projector view (null when closed).
    QWidget *presentation() const { return m_presentation; }
    void startPresentation();

private:
    FacilitatorTimer &m_timer;
    Board::BoardScene *m_scene;
    Board::BoardView *m_view;
    QPointer<QWidget> m_presentation;
};

} // namespace Atelier::Modeler
