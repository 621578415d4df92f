// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Atelier {

/// Why a project file was refused. `message` says, in the user's language, what is wrong and what
/// the user can do; `code` lets callers (and tests) tell the cases apart.
struct OpenError
{
    enum class Code {
        None,
        Unreadable,
        Empty,
        NotSqlite,
        NotAtelier,
        Wal,
        Truncated,
        Damaged,
        TooLarge,
        NewerVersion,
        UnknownModule,
        UnexpectedSchema,
        AttachmentTooLarge,
        AttachmentCorrupt,
        LockedByOther,
        CannotCreateWorkingCopy,
    };
    Code code = Code::None;
    QString message;

    explicit operator bool() const { return code != Code::None; }
};

/// The translation context of every refusal message.
struct OpenErrorText
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::OpenError)
};

} // namespace Atelier
