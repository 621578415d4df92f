// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

namespace Atelier {
struct ProjectContext;
}

namespace Atelier::Projet {

/// Identity of the purchase project (title, administration, policy field, budget envelope), the four
/// questions of the investigation (seed §2: origin, the administration's action in the field,
/// current or planned investments, inspiring projects) and the key dates.
class IdentityPage : public QScrollArea
{
    Q_OBJECT
public:
    explicit IdentityPage(ProjectContext &ctx, QWidget *parent = nullptr);
};

} // namespace Atelier::Projet
