// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolimport.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QSet>

namespace Atelier::Jury {

QString PoolPerson::identity() const
{
    if (!identityText.isEmpty())
        return identityText;
    return Pool::normalised(lastName) + u'|' + Pool::normalised(firstNames) + u'|' + QString::number(birthYear);
}

namespace Pool {

QString normalised(const QString &text)
{
    // Only text with letters beyond ASCII has accents to take off (the costly decomposition).
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    const QString decomposed = ascii ? text : text.normalized(QString::NormalizationForm_D);
    // Written straight into the result (two letters at most for one): lower-case letters and digits,
    // any run of other characters one space, none at either end.
    QString out(decomposed.size() * 2, Qt::Uninitialized);
    QChar *d = out.data();
    qsizetype n = 0;
    bool gap = false;
    const auto put = [&](QChar c) {
        if (gap && n > 0)
            d[n++] = u' ';
        gap = false;
        d[n++] = c;
    };
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            put(c);
        else if (u >= u'A' && u <= u'Z')
            put(QChar(char16_t(u + 32)));
        else if (u < 0x80)
            gap = true;
        else if (c.category() == QChar::Mark_NonSpacing)
            continue;
        else if (c == u'œ' || c == u'Œ')
            put(u'o'), put(u'e');
        else if (c == u'æ' || c == u'Æ')
            put(u'a'), put(u'e');
        else if (c.isLetterOrNumber())
            put(c.toLower());
        else
            gap = true;
    }
    out.truncate(n);
    return out;
}

std::optional<PoolField> fieldOf(const QString &header)
{
    const QString h = normalised(header);
    static const QList<std::pair<PoolField, QStringList>> names{
        {PoolField::UsageName, {QStringLiteral("nom d usage"), QStringLiteral("nom usage"), QStringLiteral("nom marital")}},
        {PoolField::LastName,
         {QStringLiteral("nom"), QStringLiteral("nom de naissance"), QStringLiteral("nom patronymique"), QStringLiteral("nom de famille")}},
        {PoolField::FirstNames, {QStringLiteral("prenom"), QStringLiteral("prenoms"), QStringLiteral("prenom s")}},
        {PoolField::Birth,
         {QStringLiteral("date de naissance"), QStringLiteral("ne le"), QStringLiteral("nee le"), QStringLiteral("ne e le"),
          QStringLiteral("annee de naissance"), QStringLiteral("annee"), QStringLiteral("naissance")}},
        {PoolField::Sex, {QStringLiteral("sexe"), QStringLiteral("genre"), QStringLiteral("civilite")}},
        {PoolField::PollingStation, {QStringLiteral("bureau de vote"), QStringLiteral("bureau"), QStringLiteral("n bureau")}},
        {PoolField::Neighbourhood, {QStringLiteral("quartier"), QStringLiteral("quartier de residence"), QStringLiteral("secteur")}},
        {PoolField::Commune, {QStringLiteral("commune"), QStringLiteral("ville"), QStringLiteral("commune de residence")}},
        {PoolField::Address,
         {QStringLiteral("adresse"), QStringLiteral("adresse postale"), QStringLiteral("voie"), QStringLiteral("adresse de residence")}}};
    for (const auto &[field, known] : names)
        if (known.contains(h))
            return field;
    return std::nullopt;
}

Mapping guess(const QStringList &headers)
{
    Mapping m;
    for (int i = 0; i < headers.size(); ++i)
        if (const std::optional<PoolField> f = fieldOf(headers.at(i)); f && !m.contains(*f))
            m.insert(*f, i);
    return m;
}

QStringList missing(const Mapping &mapping)
{
    QStringList out;
    if (!mapping.contains(PoolField::LastName) && !mapping.contains(PoolField::UsageName))
        out << PoolText::tr("the name");
    if (!mapping.contains(PoolField::FirstNames))
        out << PoolText::tr("the first names");
    if (!mapping.contains(PoolField::Birth))
        out << PoolText::tr("the date or year of birth");
    if (!mapping.contains(PoolField::Sex))
        out << PoolText::tr("the sex");
    return out;
}

/// The year of a birth written as a date (dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd) or a year; 0
/// when unreadable or not a real date.
static int birthYear(const QString &text)
{
    // Read by hand (three regular expressions per line were a third of a large import): groups of
    // digits, each pair separated by one of / . - (the ISO form by - only).
    const QString t = text.trimmed();
    QList<int> groups, widths;
    QChar separator;
    int value = 0, width = 0;
    for (qsizetype i = 0; i <= t.size(); ++i) {
        const QChar c = i < t.size() ? t.at(i) : QChar(u'/');
        if (c.unicode() >= u'0' && c.unicode() <= u'9') {
            if (++width > 4)
                return 0;
            value = value * 10 + (c.unicode() - u'0');
            continue;
        }
        if (width == 0 || (c != u'/' && c != u'.' && c != u'-') || groups.size() == 3)
            return 0;
        if (i < t.size()) {
            if (!separator.isNull() && c != separator)
                return 0;
            separator = c;
        }
        groups << value;
        widths << width;
        value = width = 0;
    }
    if (groups.size() == 1 && widths[0] == 4)
        return groups[0];
    if (groups.size() != 3)
        return 0;
    if (widths[0] <= 2 && widths[1] <= 2 && widths[2] == 4) // dd/mm/yyyy
        return QDate(groups[2], groups[1], groups[0]).isValid() ? groups[2] : 0;
    if (widths[0] == 4 && widths[1] == 2 && widths[2] == 2 && separator == u'-') // yyyy-mm-dd
        return QDate(groups[0], groups[1], groups[2]).isValid() ? groups[0] : 0;
    return 0;
}

/// 'F' or 'M' from the ways a roll or a form writes it (F, M, H, Femme, Homme, Mme, M., Madame, Monsieur…).
static QChar sexOf(const QString &text)
{
    const QString t = normalised(text);
    static const QStringList women{QStringLiteral("f"), QStringLiteral("femme"), QStringLiteral("feminin"), QStringLiteral("mme"),
                                   QStringLiteral("madame"), QStringLiteral("mlle"), QStringLiteral("2")};
    static const QStringList men{QStringLiteral("m"), QStringLiteral("h"), QStringLiteral("homme"), QStringLiteral("masculin"),
                                 QStringLiteral("monsieur"), QStringLiteral("mr"), QStringLiteral("1")};
    if (women.contains(t))
        return u'F';
    if (men.contains(t))
        return u'M';
    return {};
}

PoolImport read(const CsvTable &table, const Mapping &mapping, const QDate &today)
{
    PoolImport result;
    QSet<QString> seen;
    const auto cell = [&mapping](const QStringList &record, PoolField f) {
        const int at = mapping.value(f, -1);
        return at >= 0 ? record.value(at).trimmed() : QString();
    };
    const int columns = table.records.isEmpty() ? 0 : int(table.records.first().size());
    int needed = 0; // a record must reach the last column the mapping reads
    for (const int at : mapping)
        needed = std::max(needed, at + 1);
    for (int r = 1; r < table.records.size(); ++r) {
        const QStringList &record = table.records.at(r);
        const int line = table.lines.at(r);
        const auto reject = [&](const QString &why) { result.rejected.append({line, why}); };
        if (record.size() < needed) {
            reject(PoolText::tr("%n field(s) where the header has %1: a separator is missing or a quote is not closed.", nullptr,
                                int(record.size()))
                       .arg(columns));
            continue;
        }
        PoolPerson p;
        p.line = line;
        p.lastName = cell(record, PoolField::UsageName);
        if (p.lastName.isEmpty())
            p.lastName = cell(record, PoolField::LastName);
        p.firstNames = cell(record, PoolField::FirstNames);
        const QString birth = cell(record, PoolField::Birth);
        p.birthYear = birthYear(birth);
        const QString sex = cell(record, PoolField::Sex);
        p.sex = sexOf(sex);
        p.neighbourhood = cell(record, PoolField::Neighbourhood);
        if (p.neighbourhood.isEmpty())
            p.neighbourhood = cell(record, PoolField::PollingStation);
        p.commune = cell(record, PoolField::Commune);
        const QString address = cell(record, PoolField::Address);
        if (!address.isEmpty())
            p.household = QString::fromLatin1(
                QCryptographicHash::hash((normalised(address) + u'|' + normalised(p.commune)).toUtf8(), QCryptographicHash::Sha256).toHex());
        if (p.lastName.isEmpty())
            reject(PoolText::tr("no name"));
        else if (p.firstNames.isEmpty())
            reject(PoolText::tr("no first name"));
        else if (p.birthYear == 0)
            reject(birth.isEmpty() ? PoolText::tr("no date of birth") : PoolText::tr("date of birth “%1” not understood").arg(birth));
        else if (p.birthYear < 1900 || p.birthYear > today.year() - 16)
            reject(PoolText::tr("born in %1: a juror is at least 16").arg(p.birthYear));
        else if (p.sex.isNull())
            reject(sex.isEmpty() ? PoolText::tr("no sex given") : PoolText::tr("sex “%1” not understood").arg(sex));
        else if (p.identityText = p.identity(); seen.contains(p.identityText)) {
            reject(PoolText::tr("the same person as an earlier line"));
            ++result.repeated;
        } else {
            seen.insert(p.identityText);
            result.accepted << p;
        }
    }
    if (table.unterminatedQuoteLine > 0 && !result.accepted.isEmpty() && result.accepted.last().line == table.unterminatedQuoteLine) {
        result.accepted.removeLast();
        result.rejected.append({table.unterminatedQuoteLine, PoolText::tr("a quote opened on this line is never closed")});
    }
    return result;
}

QString mappingText(const Mapping &mapping)
{
    QStringList parts;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        parts << QStringLiteral("%1=%2").arg(int(it.key())).arg(it.value());
    parts.sort();
    return parts.join(u';');
}

Mapping mappingFrom(const QString &text)
{
    Mapping out;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const QStringList kv = part.split(u'=');
        bool okField = false, okColumn = false;
        const int field = kv.value(0).toInt(&okField), column = kv.value(1).toInt(&okColumn);
        if (kv.size() == 2 && okField && okColumn && field >= 0 && field <= int(PoolField::Address) && column >= 0)
            out.insert(PoolField(field), column);
    }
    return out;
}

QList<QPair<int, int>> sameIn(const QList<PoolPerson> &a, const QList<PoolPerson> &b)
{
    QHash<QString, int> index;
    for (int i = 0; i < a.size(); ++i)
        index.insert(a.at(i).identity(), i);
    QList<QPair<int, int>> out;
    for (int j = 0; j < b.size(); ++j)
        if (const auto it = index.constFind(b.at(j).identity()); it != index.constEnd())
            out.append({it.value(), j});
    return out;
}

} // namespace Pool
} // namespace Atelier::Jury
