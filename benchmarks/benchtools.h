// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What every benchmark measures with: elapsed milliseconds, order statistics, a widget on screen.
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QWindow>

#include <algorithm>

#include <fcntl.h>
#include <unistd.h>

namespace Bench {

inline double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

struct Stats
{
    double median, p95, worst, best;
};

/// The median, 95th percentile, worst and best of a non-empty series.
inline Stats stats(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[qsizetype(double(v.size()) * 0.95)], v.last(), v.first()};
}

/// Starts measuring the peak memory of one step: the kernel's high-water mark is reset to the current use.
inline void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

/// A field of /proc/self/status in KiB: "VmHWM:" (the peak since resetPeak()), "VmRSS:" (now).
inline long statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toLong();
    return -1;
}

/// Drops a file from the page cache, so that the next read comes from the disk (a cold open; the virtual
/// machine's host may still cache it).
inline void evict(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fdatasync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

/// Widgets need a platform; without a display, the offscreen one (before QApplication exists).
inline void offscreenByDefault()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

/// Shows a widget and returns once its window is exposed (or after five seconds).
template <typename Widget> void showAndWait(Widget &widget)
{
    widget.show();
    QElapsedTimer wait;
    wait.start();
    while ((!widget.windowHandle() || !widget.windowHandle()->isExposed()) && wait.elapsed() < 5000)
        QCoreApplication::processEvents();
}

} // namespace Bench
