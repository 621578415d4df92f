// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Atelier::I18n {

/// The language chosen in the settings ("fr", "en"), or empty to follow the system.
QString chosenLanguage();
void setChosenLanguage(const QString &code);
/// Installs Atelier's and Qt's translations for `language` ("fr", "en"; empty: the chosen
/// language, else the system locale) and makes that locale the default, for numbers, dates and
/// amounts. Call once, after the application object exists.
void install(const QString &language);

} // namespace Atelier::I18n
