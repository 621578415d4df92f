// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include "entities.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QTime>

#include <cmath>

namespace Atelier::Format {

QString money(qint64 cents)
{
    const QLocale locale;
    return locale.toCurrencyString(double(cents) / 100.0, QStringLiteral("€"), 2);
}

QString wholeMoney(qint64 cents)
{
    return QLocale().toCurrencyString(std::round(double(cents) / 100.0), QStringLiteral("€"), 0);
}

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString number(double value)
{
    return QLocale().toString(value, 'f', value == std::trunc(value) ? 0 : 2);
}

QString bytes(qint64 size)
{
    return QLocale().formattedDataSize(size, 1, QLocale::DataSizeTraditionalFormat);
}

QString date(const QString &iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : iso;
}

QString timestamp(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : iso;
}

QString value(const FieldInfo &field, const QVariant &stored)
{
    if (!field.choices.isEmpty())
        return field.choiceLabel(stored.toString());
    switch (field.kind) {
    case FieldKind::Choice:
        return field.choiceLabel(stored.toString());
    case FieldKind::Money: // a change of amount shows its sign: “+12 000,00 €”
        return (field.minimum < 0 && stored.toLongLong() > 0 ? QStringLiteral("+") : QString()) +
               money(stored.toLongLong());
    case FieldKind::Date:
        return date(stored.toString());
    case FieldKind::Time: {
        const QTime t = QTime::fromString(stored.toString(), QStringLiteral("HH:mm"));
        return t.isValid() ? QLocale().toString(t, QLocale::ShortFormat) : stored.toString();
    }
    case FieldKind::Number:
        return number(stored.toDouble());
    case FieldKind::Bytes:
        return bytes(stored.toLongLong());
    case FieldKind::Timestamp:
        return timestamp(stored.toString());
    default:
        return stored.toString();
    }
}

} // namespace Atelier::Format
