// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDoubleSpinBox>

namespace Atelier {

/// An amount in euros, stored as whole cents; shown in the locale's digits (“4 200 000,00 €”).
class MoneyEdit : public QDoubleSpinBox
{
    Q_OBJECT
public:
    explicit MoneyEdit(QWidget *parent = nullptr);
    qint64 cents() const;
    void setCents(qint64 cents);
};

} // namespace Atelier
