// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lawtable.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <cmath>

namespace Atelier {

namespace {

const QStringList kUnits{QStringLiteral("eur_ht"), QStringLiteral("percent"), QStringLiteral("months")};

/// A date of the file: "YYYY-MM-DD", or null for no bound.
bool readDate(const QJsonValue &v, QDate *out)
{
    if (v.isNull() || v.isUndefined()) {
        *out = QDate();
        return true;
    }
    *out = QDate::fromString(v.toString(), Qt::ISODate);
    return v.isString() && out->isValid();
}

QString readValue(const QJsonObject &o, int index, const QString &origin, DatedValue *out)
{
    const auto bad = [&](const QString &why) {
        return LawTable::tr("%1, value no. %2: %3").arg(origin).arg(index + 1).arg(why);
    };
    out->key = o.value(QStringLiteral("key")).toString();
    out->unit = o.value(QStringLiteral("unit")).toString();
    out->label = o.value(QStringLiteral("label")).toString();
    out->source = o.value(QStringLiteral("source")).toString();
    out->origin = origin;
    if (out->key.isEmpty())
        return bad(LawTable::tr("it has no key."));
    if (!kUnits.contains(out->unit))
        return bad(LawTable::tr("its unit must be eur_ht, percent or months."));
    if (out->source.trimmed().isEmpty())
        return bad(LawTable::tr("it names no source (the article it comes from)."));
    const QJsonValue value = o.value(QStringLiteral("value"));
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > 1e12)
        return bad(LawTable::tr("its value must be a number, zero or more."));
    if (out->unit == QLatin1String("eur_ht")) {
        const double cents = number * 100;
        if (std::abs(cents - std::round(cents)) > 1e-6)
            return bad(LawTable::tr("an amount has at most two decimals."));
        out->value = qint64(std::llround(cents));
    } else {
        if (number != std::floor(number))
            return bad(LawTable::tr("a rate or a period is a whole number."));
        out->value = qint64(number);
    }
    if (!readDate(o.value(QStringLiteral("from")), &out->from) || !readDate(o.value(QStringLiteral("to")), &out->to))
        return bad(LawTable::tr("its dates must be written YYYY-MM-DD, or null."));
    if (out->from.isValid() && out->to.isValid() && out->from > out->to)
        return bad(LawTable::tr("its period ends before it starts."));
    return {};
}

bool overlap(const DatedValue &a, const DatedValue &b)
{
    const bool aBeforeB = a.to.isValid() && b.from.isValid() && a.to < b.from;
    const bool bBeforeA = b.to.isValid() && a.from.isValid() && b.to < a.from;
    return !aBeforeB && !bBeforeA;
}

} // namespace

std::optional<LawTable> LawTable::parse(const QByteArray &json, const QString &origin, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<LawTable> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("%1 is not valid JSON (at byte %2: %3).")
                        .arg(origin)
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("format")).toInt() != 1)
        return fail(tr("%1 is not a table of thresholds of format 1.").arg(origin));
    if (!root.value(QStringLiteral("values")).isArray())
        return fail(tr("%1 has no list of values.").arg(origin));
    LawTable table;
    const QJsonArray values = root.value(QStringLiteral("values")).toArray();
    for (int i = 0; i < values.size(); ++i) {
        if (!values.at(i).isObject())
            return fail(tr("%1, value no. %2: not an object.").arg(origin).arg(i + 1));
        DatedValue v;
        const QString why = readValue(values.at(i).toObject(), i, origin, &v);
        if (!why.isEmpty())
            return fail(why);
        for (const DatedValue &other : table.m_values)
            if (other.key == v.key && overlap(other, v))
                return fail(tr("%1, value no. %2: its period overlaps another value of %3.")
                                .arg(origin)
                                .arg(i + 1)
                                .arg(v.key));
        table.m_values << v;
    }
    return table;
}

LawTable LawTable::load(const QString &userFile, QString *message)
{
    if (message)
        message->clear();
    QFile shippedFile(QStringLiteral(":/law/thresholds.json"));
    LawTable table;
    if (shippedFile.open(QIODevice::ReadOnly)) {
        QString error;
        if (const auto shipped = parse(shippedFile.readAll(), tr("the shipped table"), &error))
            table = *shipped;
        else
            qWarning("%s", qPrintable(error)); // a broken build; the rules then say values are missing
    }
    if (userFile.isEmpty() || !QFile::exists(userFile))
        return table;
    QFile file(userFile);
    QString error;
    std::optional<LawTable> user;
    if (!file.open(QIODevice::ReadOnly))
        error = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(userFile), file.errorString());
    else
        user = parse(file.readAll(), QDir::toNativeSeparators(userFile), &error);
    if (!user) {
        if (message)
            *message = tr("Your table of thresholds was set aside, the shipped one is used: %1").arg(error);
        return table;
    }
    user->m_values << table.m_values; // the user's values first
    return *user;
}

QString LawTable::userFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/law/thresholds.json");
}

namespace {
struct Standard
{
    LawTable table;
    QString message;
};
const Standard &standardTable()
{
    static const Standard s = [] {
        Standard out;
        out.table = LawTable::load(LawTable::userFilePath(), &out.message);
        return out;
    }();
    return s;
}
} // namespace

const LawTable &LawTable::standard()
{
    return standardTable().table;
}

QString LawTable::standardMessage()
{
    return standardTable().message;
}

std::optional<DatedValue> LawTable::find(const QString &key, const QDate &day) const
{
    for (const DatedValue &v : m_values)
        if (v.key == key && v.appliesOn(day))
            return v;
    return std::nullopt;
}

} // namespace Atelier
