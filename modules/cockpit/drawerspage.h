// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

namespace Atelier {
struct ProjectContext;
class EntityTableEditor;
} // namespace Atelier

namespace Atelier::Cockpit {

class DiscussionPage;

/// The four drawers of a strategy (seed §3 sketch): documentation initiale, outils d'évaluation
/// (evaluation grids, indicator sheets), éléments juridiques (procedure, legal basis, the log of
/// modifications) and the discussion space. Items of the first three may point to a document of
/// the project's evidence library.
class DrawersPage : public QTabWidget
{
    Q_OBJECT
public:
    DrawersPage(ProjectContext &ctx, const QString &strategyId, QWidget *parent = nullptr);
    /// The table of one kind of item ("legal_basis", "modification", ...).
    EntityTableEditor *section(const QString &kind) const;
    DiscussionPage *discussion() const { return m_discussion; }

private:
    QHash<QString, EntityTableEditor *> m_sections;
    DiscussionPage *m_discussion;
};

} // namespace Atelier::Cockpit
