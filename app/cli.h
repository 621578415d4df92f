// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <optional>

namespace Atelier::Cli {

/// Exit codes of the command line.
enum ExitCode { Ok = 0, Usage = 1, Refused = 2 };

/// True when the arguments ask for a command-line action (no window, no display needed).
bool isCommand(const QStringList &arguments);
/// True when that action draws (a report's charts): it needs a QApplication, on the offscreen
/// platform when there is no display.
bool needsWidgets(const QStringList &arguments);
/// The language asked with --lang, or empty to follow the settings and the system.
QString language(const QStringList &arguments);
/// Runs it; prints results on stdout and one-line reasons on stderr.
int run(const QStringList &arguments);

} // namespace Atelier::Cli
