// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectquery.h"

#include "core/entities.h"
#include "core/store.h"

#include <algorithm>

namespace Atelier::Decp::ProjectQuery {

ComparableQuery forProject(const Store &store)
{
    ComparableQuery query;
    QList<Row> contracts = store.rows(Entities::contract());
    std::stable_sort(contracts.begin(), contracts.end(), [](const Row &a, const Row &b) {
        return a.value(QStringLiteral("position")).toInt() < b.value(QStringLiteral("position")).toInt();
    });
    for (const Row &contract : contracts)
        if (const QString cpv = text(contract, "cpv_code").trimmed(); !cpv.isEmpty()) {
            query.cpv = cpv;
            break;
        }
    return query;
}

ComparableQuery forContract(const Store &store, const QString &contractId)
{
    ComparableQuery query;
    const Row contract = store.row(Entities::contract(), contractId);
    query.cpv = text(contract, "cpv_code").trimmed();
    if (const qint64 cents = contract.value(QStringLiteral("amount_cents")).toLongLong(); cents > 0) {
        query.minimumCents = cents / 2;
        query.maximumCents = cents * 2;
    }
    if (const int months = contract.value(QStringLiteral("duration_months")).toInt(); months > 0) {
        query.minimumMonths = std::max(1, months / 2);
        query.maximumMonths = months * 2;
    }
    return query;
}

} // namespace Atelier::Decp::ProjectQuery
