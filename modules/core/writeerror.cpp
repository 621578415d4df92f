// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "writeerror.h"

#include "sqlite.h"

#include <QCoreApplication>

namespace Atelier {

QString describeWriteError(const Sql::Error &error)
{
    if (error.isDiskFull())
        return QCoreApplication::translate("Atelier::WriteError",
                                           "The change could not be recorded: the disk is full. Free some "
                                           "space and try again; nothing already recorded was lost.");
    if (error.isReadOnly())
        return QCoreApplication::translate("Atelier::WriteError",
                                           "The change could not be recorded: the working copy cannot be "
                                           "written. Nothing already recorded was lost.");
    return QCoreApplication::translate("Atelier::WriteError",
                                       "The change could not be recorded (%1). Nothing already recorded "
                                       "was lost.")
        .arg(error.message());
}

} // namespace Atelier
