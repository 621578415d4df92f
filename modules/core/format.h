// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

namespace Atelier {
struct FieldInfo;

/// How values are written for people, in the current locale (QLocale()): French gives
/// “1 234 567,89 €”, “15/03/2027”, “2,4 Mo”.
namespace Format {
QString money(qint64 cents);
/// Rounded to the euro, for tables of large budgets: “12 460 000 €”.
QString wholeMoney(qint64 cents);
QString bytes(qint64 size);
/// A decimal in the user's locale, without decimals when it is whole ("1 234,5").
QString number(double value);
/// A date written out for reading, not for a spreadsheet: “10 décembre 2026”.
QString longDate(const QDate &date);
/// An ISO date (2027-03-15) in the locale's short form; the text itself when not a date.
QString date(const QString &iso);
/// An ISO date-time (UTC) in local time, short form.
QString timestamp(const QString &iso);
/// A stored value of a field, written for display.
QString value(const FieldInfo &field, const QVariant &stored);
} // namespace Format
} // namespace Atelier
