// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

namespace Atelier {
struct ProjectContext;
}

namespace Atelier::Projet {

/// The Projet panel's view: three tabs — identity and context, participants, evidence.
class ProjetView : public QTabWidget
{
    Q_OBJECT
public:
    explicit ProjetView(ProjectContext &ctx, QWidget *parent = nullptr);
};

} // namespace Atelier::Projet
