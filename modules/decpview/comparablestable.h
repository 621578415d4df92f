// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decp/pastcontract.h"

#include <QList>

class QStandardItemModel;

namespace Atelier::DecpView {

/// The columns of the comparables' table, in order.
enum class ComparableColumn { Object, Buyer, Holder, Cpv, Amount, Duration, Notified, Count };

/// Fills `model` with the rows, one past contract each, written in the user's locale (amounts and dates);
/// each cell sorts by its raw value (Qt::UserRole).
void fillComparables(QStandardItemModel &model, const QList<Decp::PastContract> &rows);

} // namespace Atelier::DecpView
