// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace Atelier::Style {
/// Atelier's own sober, high-contrast look (Fusion, a warm light palette, a petrol-blue accent,
/// type a little larger than usual for projectors).
void apply(QApplication &app);
} // namespace Atelier::Style
