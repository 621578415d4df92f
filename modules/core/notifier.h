// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace Atelier {

/// Tells item models and views what changed in the project, after the change is committed.
/// The store is its only emitter; models and views only listen (data flows one way).
class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void valueChanged(const QString &table, const QString &id, const QString &column);
    void rowInserted(const QString &table, const QString &id);
    void rowRemoved(const QString &table, const QString &id);
    /// Many rows of `table` were inserted or removed at once (Store::kFineGrained or more): instead of
    /// a signal per row, reload the table whole.
    void tableReloaded(const QString &table);
    /// Something in `table` changed (after the fine-grained signal): for views that simply rebuild.
    void tableChanged(const QString &table);
    /// A write failed and was rolled back; `message` is for the user.
    void writeFailed(const QString &message);
};

} // namespace Atelier
