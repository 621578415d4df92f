// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QUndoStack;

namespace Atelier {

class Project;
class Store;
class Notifier;
class Navigation;

/// What a panel may use of an open project: read through the store, write through Edit:: (which
/// pushes undo commands), listen to the notifier. Narrow on purpose; handed to panels explicitly.
struct ProjectContext
{
    Project &project;
    Store &store;
    Notifier &notifier;
    QUndoStack &undoStack;
    /// Requests to show something in another panel (through the shell).
    Navigation &navigation;

    bool isReadOnly() const;
};

} // namespace Atelier
