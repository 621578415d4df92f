// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QSpinBox;

namespace Atelier {
struct ProjectContext;
class EntityTableEditor;
} // namespace Atelier

namespace Atelier::Modeler {

/// Optional dot voting: the dots each participant may give (0 = no limit), the dots given to one
/// scenario, and the dots each participant has left. Dots beyond what a participant has left are
/// refused by the workshop's rule and the reason is shown here.
class DotVotingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DotVotingPanel(ProjectContext &ctx, QWidget *parent = nullptr);
    /// Shows (and adds to) the dots given to this scenario.
    void setScenario(const QString &scenarioId);

    QSpinBox *dotsPerParticipant() const { return m_limit; }
    EntityTableEditor *votes() const { return m_votes; }
    QListWidget *dotsLeft() const { return m_left; }
    /// Why the last change was refused; hidden after a change goes through.
    QLabel *refusal() const { return m_refusal; }
    /// Compact: on a crowded page the scores and risks come first; it grows when there is room. A
    /// refusal shown (wrapped words) does not make the page take room from the scores either.
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return false; }

private:
    void showLimit();
    void showDotsLeft();
    void onLimitChosen(int dots);
    /// Shows why a change was refused, or hides the reason once a change goes through.
    bool report(bool accepted, const QString &why);

    ProjectContext &m_ctx;
    QSpinBox *m_limit;
    EntityTableEditor *m_votes;
    QListWidget *m_left;
    QLabel *m_refusal;
};

} // namespace Atelier::Modeler
