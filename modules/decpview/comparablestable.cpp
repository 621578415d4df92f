// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparablestable.h"

#include "core/format.h"

#include <QCoreApplication>
#include <QStandardItemModel>

namespace Atelier::DecpView {

namespace {

struct ComparablesText
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::DecpView::ComparablesTable)
};

QStandardItem *cell(const QString &text, const QVariant &sortBy, bool number = false)
{
    auto *item = new QStandardItem(text);
    item->setData(sortBy, Qt::UserRole);
    item->setToolTip(text);
    item->setEditable(false);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

void fillComparables(QStandardItemModel &model, const QList<Decp::PastContract> &rows)
{
    model.clear();
    model.setHorizontalHeaderLabels({ComparablesText::tr("Object"), ComparablesText::tr("Buyer (SIRET)"),
                                     ComparablesText::tr("Holder"), ComparablesText::tr("CPV"),
                                     ComparablesText::tr("Amount excl. VAT"), ComparablesText::tr("Duration"),
                                     ComparablesText::tr("Notified")});
    for (const Decp::PastContract &c : rows) {
        const QString iso = c.notifiedOn.toString(Qt::ISODate);
        model.appendRow({cell(c.object, c.object), cell(c.buyerSiret, c.buyerSiret),
                         cell(c.holders.join(QStringLiteral(", ")), c.holders.value(0)), cell(c.cpv, c.cpv),
                         cell(Format::money(c.amountCents), c.amountCents, true),
                         cell(ComparablesText::tr("%n month(s)", nullptr, c.durationMonths), c.durationMonths, true),
                         cell(Format::date(iso), iso, true)});
    }
}

} // namespace Atelier::DecpView
