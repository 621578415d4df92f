// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Atelier {

/// One value of the law that a decree may change (a threshold, a rate, a period), with the days it
/// applies to and the article it comes from.
struct DatedValue
{
    QString key;    ///< "european_threshold.local.works"
    QString unit;   ///< "eur_ht" (value in cents), "percent", "months"
    qint64 value = 0;
    QDate from, to; ///< both included; an invalid date: no known bound
    QString label, source;
    QString origin; ///< the file it was read from
    bool appliesOn(const QDate &day) const
    {
        return (!from.isValid() || day >= from) && (!to.isValid() || day <= to);
    }
};

/// The thresholds and rates of the legal frame as dated data (../shared/LAW.md: "values that change
/// by decree belong in dated data the user can update"). The table shipped with the application
/// (`:/law/thresholds.json`) is completed by the user's own file of the same format
/// (`law/thresholds.json` under the application's data location), whose values come first. A
/// malformed user file is set aside with a message; the shipped table is then used alone.
class LawTable
{
    Q_DECLARE_TR_FUNCTIONS(Atelier::LawTable)
public:
    /// Reads a table from JSON; nothing (and `error` says where) when it is malformed.
    static std::optional<LawTable> parse(const QByteArray &json, const QString &origin, QString *error);
    /// The shipped table followed by the user file at `userFile` (when it exists and is valid).
    /// `message` says why the user file was set aside, empty when it was not.
    static LawTable load(const QString &userFile, QString *message);
    /// Where the user's file is looked for.
    static QString userFilePath();
    /// The table of this run (shipped + the user's file), read on first use. `message()` says why
    /// the user's file was set aside, empty when it was used or absent.
    static const LawTable &standard();
    static QString standardMessage();

    /// The value of `key` that applies on `day`: the user's first, then the shipped one.
    std::optional<DatedValue> find(const QString &key, const QDate &day) const;
    /// A value with no dated period (a rate the code itself sets): applies on any day.
    std::optional<DatedValue> find(const QString &key) const { return find(key, QDate(2000, 1, 1)); }
    const QList<DatedValue> &values() const { return m_values; }

private:
    QList<DatedValue> m_values;
};

} // namespace Atelier
