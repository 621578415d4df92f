// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Atelier {

/// The documents opened lately (most recent first), kept in the user's settings.
class RecentFiles
{
public:
    static constexpr int kMax = 8;
    QStringList list() const;
    void add(const QString &path);
    void remove(const QString &path);
};

} // namespace Atelier
