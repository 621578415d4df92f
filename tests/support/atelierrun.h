// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The real `atelier` binary run as a command, the way a user or a script runs it: no display, a
// plain C locale (the test target defines ATELIER_BINARY).

#include "catchqt.h"

#include <QProcess>

struct AtelierRun
{
    int code;
    QString out, err;
};

/// Runs `atelier args`. `platform` is the Qt platform the environment names: one that does not
/// exist proves a command never starts a GUI; one that needs a display proves it needs none. `locale`:
/// the environment's LANG and LC_ALL (the language the command speaks).
inline AtelierRun atelier(const QStringList &args,
                          const QString &platform = QStringLiteral("minimal-does-not-exist"),
                          const QString &locale = QStringLiteral("C.UTF-8"))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LC_ALL"), locale);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ATELIER_BINARY), args);
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
