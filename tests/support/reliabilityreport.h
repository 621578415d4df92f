// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The reliability tests run a small count in CI and the full count from tests/reliability/run-full.sh,
// which sets the counts through the environment and collects one line per test into a table.

#include <QFile>
#include <QString>

namespace AtelierTest {

/// The count to run: `variable` from the environment when set, `ciDefault` otherwise.
inline int trialCount(const char *variable, int ciDefault)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue(variable, &ok);
    return ok && n > 0 ? n : ciDefault;
}

/// Appends "name<TAB>key=value…" to $ATELIER_RELIABILITY_REPORT when it is set.
inline void reportLine(const QString &name, const QString &figures)
{
    const QString path = qEnvironmentVariable("ATELIER_RELIABILITY_REPORT");
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.open(QIODevice::Append | QIODevice::Text))
        file.write((name + QLatin1Char('\t') + figures + QLatin1Char('\n')).toUtf8());
}

} // namespace AtelierTest
