// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Atelier {
struct ProjectContext;
}

namespace Atelier::Modeler {

/// The deck of roles (editable, with the seed's defaults) and who plays which role.
class RolesPage : public QWidget
{
    Q_OBJECT
public:
    explicit RolesPage(ProjectContext &ctx, QWidget *parent = nullptr);
};

} // namespace Atelier::Modeler
