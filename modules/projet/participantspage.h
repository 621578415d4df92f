// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace Atelier {
struct ProjectContext;
class EntityTableEditor;
} // namespace Atelier

namespace Atelier::Projet {

/// The participants every panel shares: name, organisation, role, contact; with a count per role.
class ParticipantsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ParticipantsPage(ProjectContext &ctx, QWidget *parent = nullptr);

private:
    void updateSummary();
    EntityTableEditor *m_table;
    QLabel *m_summary;
};

} // namespace Atelier::Projet
