// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "moneyedit.h"

#include <cmath>

namespace Atelier {

MoneyEdit::MoneyEdit(QWidget *parent) : QDoubleSpinBox(parent)
{
    setDecimals(2);
    setRange(0, 1e12);
    setSingleStep(1000);
    setGroupSeparatorShown(true);
    setSuffix(QStringLiteral(" €"));
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setButtonSymbols(QAbstractSpinBox::NoButtons);
    setKeyboardTracking(false);
}

qint64 MoneyEdit::cents() const
{
    return qint64(std::llround(value() * 100.0));
}

void MoneyEdit::setCents(qint64 cents)
{
    setValue(double(cents) / 100.0);
}

} // namespace Atelier
