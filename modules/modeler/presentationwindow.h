// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Atelier::Modeler {

class FacilitatorTimer;
namespace Board {
class BoardScene;
class BoardView;
} // namespace Board

/// The board for the projector: full screen, dark, large type, no editing chrome, the countdown on
/// top. Keyboard driven: 1–4 show one family, 0 the whole landscape, Insert adds a card (family of
/// the selected card), Enter edits it, Esc leaves.
class PresentationWindow : public QWidget
{
    Q_OBJECT
public:
    PresentationWindow(Board::BoardScene &scene, FacilitatorTimer &timer);
    ~PresentationWindow() override;
    Board::BoardView *view() const { return m_view; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    Board::BoardScene &m_scene;
    Board::BoardView *m_view;
};

} // namespace Atelier::Modeler
