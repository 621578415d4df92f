// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencelibrary.h"

#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <memory>
#include <utility>
#include <vector>

namespace Atelier::Decp {

namespace {

int dayNumber(const QDate &d)
{
    return d.year() * 10000 + d.month() * 100 + d.day();
}

/// One query's statement, its filters bound in the same order whatever the query.
class Filtered
{
public:
    /// `select` reads from past_contract c; the filters follow it. `oneCode`: the CPV code is the range's
    /// first (an equality, so that the index seeks the amounts' range within it), else the range.
    Filtered(sqlite3 *db, const ComparableQuery &q, const QString &select, bool oneCode) : m_db(db)
    {
        QString sql = select;
        sql += oneCode ? QStringLiteral(" WHERE c.cpv = ?1 AND c.cpv < ?2")
                       : QStringLiteral(" WHERE c.cpv >= ?1 AND c.cpv < ?2");
        sql += QStringLiteral(" AND c.amount_cents BETWEEN ?3 AND ?4"
                              " AND c.duration_months BETWEEN ?5 AND ?6 AND c.notified BETWEEN ?7 AND ?8");
        if (!q.holder.isEmpty()) // one holder a line
            sql += QStringLiteral(
                " AND instr(char(10) || c.holders || char(10), char(10) || ?9 || char(10)) > 0");
        if (!q.buyer.isEmpty())
            sql += QStringLiteral(" AND c.buyer = ?10");
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_st, nullptr) != SQLITE_OK)
            throw Sql::Error(sqlite3_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_bind_int64(m_st, 3, q.minimumCents.value_or(0));
        sqlite3_bind_int64(m_st, 4, q.maximumCents.value_or(std::numeric_limits<qint64>::max()));
        sqlite3_bind_int(m_st, 5, q.minimumMonths.value_or(0));
        sqlite3_bind_int(m_st, 6, q.maximumMonths.value_or(std::numeric_limits<int>::max()));
        sqlite3_bind_int(m_st, 7, q.from.isValid() ? dayNumber(q.from) : 0);
        sqlite3_bind_int(m_st, 8, q.to.isValid() ? dayNumber(q.to) : 99999999);
        if (!q.holder.isEmpty())
            text(9, q.holder.toUtf8());
        if (!q.buyer.isEmpty())
            text(10, q.buyer.toUtf8());
    }
    ~Filtered() { sqlite3_finalize(m_st); }
    Filtered(const Filtered &) = delete;
    Filtered &operator=(const Filtered &) = delete;

    /// The CPV codes from `from` to before `to` (or the code `from` alone).
    void range(qint64 from, qint64 to)
    {
        sqlite3_reset(m_st);
        sqlite3_bind_int64(m_st, 1, from);
        sqlite3_bind_int64(m_st, 2, to);
    }
    sqlite3_stmt *statement() const { return m_st; }
    bool step()
    {
        const int rc = sqlite3_step(m_st);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            throw Sql::Error(rc, QString::fromUtf8(sqlite3_errmsg(m_db)));
        return rc == SQLITE_ROW;
    }

private:
    void text(int index, const QByteArray &value)
    {
        sqlite3_bind_text(m_st, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_st = nullptr;
};

QString cpvDigits(const QString &cpv)
{
    QString digits;
    for (const QChar c : cpv) {
        if (c == QLatin1Char('-'))
            break;
        if (c.isDigit())
            digits += c;
    }
    return digits.left(8);
}

/// A prefix's range of codes: "452" → 45200000 ≤ cpv < 45300000.
std::pair<qint64, qint64> rangeOf(const QString &prefix)
{
    qint64 from = prefix.toLongLong(), step = 1;
    for (qsizetype digits = prefix.size(); digits < 8; ++digits) {
        from *= 10;
        step *= 10;
    }
    return {from, from + step};
}

CpvLevel wider(CpvLevel level)
{
    switch (level) {
    case CpvLevel::Code:
        return CpvLevel::Category;
    case CpvLevel::Category:
        return CpvLevel::Class;
    case CpvLevel::Class:
        return CpvLevel::Group;
    default:
        return CpvLevel::Division;
    }
}

} // namespace

Comparables ReferenceLibrary::comparables(const ComparableQuery &q) const
{
    Comparables result;
    const QString digits = cpvDigits(q.cpv);
    result.level = q.level;
    if (digits.size() < int(q.level)) {
        result.valid = false;
        return result;
    }
    sqlite3 *db = m_db.handle();
    // One pass over the covering index per level: each match's amount, date and row.
    struct Match
    {
        int notified;
        sqlite3_int64 row;
        qint64 amount;
    };
    std::vector<Match> matches;
    // An amount range is sought within each CPV code of the prefix (the codes found by seeking one
    // after another); without one, a single pass over the prefix's range.
    const bool byCode = q.minimumCents || q.maximumCents;
    Filtered query(db, q, QStringLiteral("SELECT c.rowid, c.amount_cents, c.notified FROM past_contract c"),
                   byCode);
    sqlite3_stmt *nextCode = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT cpv FROM past_contract WHERE cpv >= ?1 AND cpv < ?2 ORDER BY cpv LIMIT 1",
                           -1, &nextCode, nullptr) != SQLITE_OK)
        throw Sql::Error(sqlite3_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> finalizeNext(nextCode, sqlite3_finalize);
    auto collect = [&] {
        while (query.step()) {
            sqlite3_stmt *st = query.statement();
            matches.push_back(
                {sqlite3_column_int(st, 2), sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1)});
        }
    };
    for (;;) {
        result.prefix = digits.left(int(result.level));
        matches.clear();
        const auto [from, to] = rangeOf(result.prefix);
        if (!byCode) {
            query.range(from, to);
            collect();
        } else {
            for (qint64 at = from;;) {
                sqlite3_reset(nextCode);
                sqlite3_bind_int64(nextCode, 1, at);
                sqlite3_bind_int64(nextCode, 2, to);
                const int rc = sqlite3_step(nextCode);
                if (rc != SQLITE_ROW && rc != SQLITE_DONE) // never a partial answer from a damaged file
                    throw Sql::Error(rc, QString::fromUtf8(sqlite3_errmsg(db)));
                if (rc != SQLITE_ROW)
                    break;
                const qint64 code = sqlite3_column_int64(nextCode, 0);
                query.range(code, to);
                collect();
                at = code + 1;
            }
        }
        if (qint64(matches.size()) >= q.atLeast || result.level == CpvLevel::Division)
            break;
        result.level = wider(result.level);
    }
    result.total = qint64(matches.size());
    QList<qint64> amounts;
    amounts.reserve(qsizetype(matches.size()));
    for (const Match &m : matches)
        amounts << m.amount;
    result.amounts = Distribution::of(std::move(amounts));

    // The most recent matches (the latest stored first among the same day), then read whole.
    const auto shown = std::min(matches.size(), size_t(std::max(0, q.rowLimit)));
    std::partial_sort(matches.begin(), matches.begin() + qsizetype(shown), matches.end(),
                      [](const Match &a, const Match &b) {
                          return a.notified != b.notified ? a.notified > b.notified : a.row > b.row;
                      });
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(
            db,
            "SELECT buyer, decp_id, cpv, amount_cents, duration_months, notified, object, nature,"
            " procedure, holders FROM past_contract WHERE rowid = ?1",
            -1, &st, nullptr) != SQLITE_OK)
        throw Sql::Error(sqlite3_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> finalize(st, sqlite3_finalize);
    auto column = [st](int i) {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, i)),
                                 sqlite3_column_bytes(st, i));
    };
    for (size_t i = 0; i < shown; ++i) {
        sqlite3_bind_int64(st, 1, matches[i].row);
        const int rc = sqlite3_step(st);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            throw Sql::Error(rc, QString::fromUtf8(sqlite3_errmsg(db)));
        if (rc == SQLITE_ROW) {
            PastContract c;
            c.buyerSiret = column(0);
            c.id = column(1);
            c.cpv = QString::number(sqlite3_column_int64(st, 2)).rightJustified(8, QLatin1Char('0'));
            c.amountCents = sqlite3_column_int64(st, 3);
            c.durationMonths = sqlite3_column_int(st, 4);
            const int day = sqlite3_column_int(st, 5);
            c.notifiedOn = QDate(day / 10000, day / 100 % 100, day % 100);
            c.object = column(6);
            c.nature = column(7);
            c.procedure = column(8);
            c.holders = column(9).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            result.rows << c;
        }
        sqlite3_reset(st);
    }
    return result;
}

} // namespace Atelier::Decp
