// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decpreader.h"

#include "decpvalues.h"

#include <QIODevice>

#include <rapidjson/error/error.h>
#include <rapidjson/reader.h>

#include <array>
#include <cmath>
#include <string>
#include <vector>

namespace Atelier::Decp::Reader {

namespace {

/// RapidJSON's input stream over a QIODevice, read in chunks of 256 KiB (a UTF-8 BOM skipped).
class DeviceStream
{
public:
    using Ch = char;
    explicit DeviceStream(QIODevice &device) : m_device(device)
    {
        refill();
        if (m_length >= 3 && m_buffer[0] == '\xEF' && m_buffer[1] == '\xBB' && m_buffer[2] == '\xBF')
            m_position = 3;
    }
    Ch Peek() const { return m_position < m_length ? m_buffer[m_position] : '\0'; }
    Ch Take()
    {
        const Ch c = Peek();
        if (m_position < m_length && ++m_position == m_length)
            refill();
        return c;
    }
    size_t Tell() const { return size_t(m_before + qint64(m_position)); }
    qint64 bytes() const { return m_before + qint64(m_position); }
    bool failed() const { return m_failed; }
    // Output-stream members RapidJSON's concept names; never called on an input stream.
    Ch *PutBegin() { return nullptr; }
    void Put(Ch) {}
    void Flush() {}
    size_t PutEnd(Ch *) { return 0; }

private:
    void refill()
    {
        m_before += qint64(m_length);
        const qint64 got = m_device.read(m_buffer.data(), qint64(m_buffer.size()));
        m_failed = m_failed || got < 0;
        m_length = got > 0 ? size_t(got) : 0;
        m_position = 0;
    }

    QIODevice &m_device;
    std::array<char, 256 * 1024> m_buffer{};
    size_t m_length = 0, m_position = 0;
    qint64 m_before = 0;
    bool m_failed = false;
};

bool digits(const std::string &s, size_t from, size_t count)
{
    for (size_t i = from; i < from + count; ++i)
        if (i >= s.size() || s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

bool isSiret(const std::string &s)
{
    return s.size() == 14 && digits(s, 0, 14);
}

bool isCpv(const std::string &s)
{
    return (s.size() == 8 && digits(s, 0, 8)) ||
           (s.size() == 10 && digits(s, 0, 8) && s[8] == '-' && digits(s, 9, 1));
}

QDate dateOf(const std::string &s)
{
    if (s.size() != 10 || !digits(s, 0, 4) || s[4] != '-' || !digits(s, 5, 2) || s[7] != '-' ||
        !digits(s, 8, 2))
        return {};
    return QDate(std::stoi(s.substr(0, 4)), std::stoi(s.substr(5, 2)), std::stoi(s.substr(8, 2)));
}

/// A JSON number (as its text) in cents, rounded half up beyond two decimals; nullopt when not a number.
std::optional<qint64> centsOf(const std::string &s)
{
    if (s.find_first_of("eE") != std::string::npos) {
        const double v = std::strtod(s.c_str(), nullptr);
        return std::isfinite(v) && std::fabs(v) < 9e15 ? std::optional<qint64>(std::llround(v * 100))
                                                       : std::nullopt;
    }
    size_t i = s.empty() || s[0] != '-' ? 0 : 1;
    const bool negative = i == 1;
    qint64 whole = 0;
    for (; i < s.size() && s[i] != '.'; ++i) {
        if (whole > 90'000'000'000'000)
            return std::nullopt;
        whole = whole * 10 + (s[i] - '0');
    }
    int fraction = 0, seen = 0;
    bool roundUp = false;
    for (++i; i < s.size(); ++i, ++seen) {
        if (seen < 2)
            fraction = fraction * 10 + (s[i] - '0');
        else if (seen == 2)
            roundUp = s[i] >= '5';
    }
    for (; seen < 2; ++seen)
        fraction *= 10;
    const qint64 cents = whole * 100 + fraction + (roundUp ? 1 : 0);
    return negative ? -cents : cents;
}

/// A whole JSON number ("12", "12.0"); nullopt otherwise.
std::optional<qint64> wholeOf(const std::string &s)
{
    const std::optional<qint64> cents = centsOf(s);
    if (!cents || *cents % 100 != 0 || s.size() > 12)
        return std::nullopt;
    return *cents / 100;
}

/// What a record's fields hold while it is read; kinds of value the schema did not expect are noted.
struct Fields
{
    std::string id, buyer, cpv, amount, duration, notified, object, nature, procedure;
    std::vector<std::string> holders;
    QStringList wrongType; ///< the properties given a value of the wrong kind
    bool has[9] = {};

    void clear()
    {
        for (std::string *s :
             {&id, &buyer, &cpv, &amount, &duration, &notified, &object, &nature, &procedure})
            s->clear();
        holders.clear();
        wrongType.clear();
        std::fill(std::begin(has), std::end(has), false);
    }
};

enum Field { Id, Buyer, Cpv, Amount, Duration, Notified, Object, Nature, Procedure };

/// The SAX handler: finds the records wherever the accepted shapes put them, keeps the fields the
/// library needs, and checks each record once it is closed.
class Handler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Handler>
{
public:
    Handler(const DeviceStream &stream, ReadReport &report,
            const std::function<void(const PastContract &)> &take)
        : m_stream(stream), m_report(report), m_take(take)
    {}

    bool StartObject()
    {
        containerStarts();
        if (!inRecord() && inConcessions())
            ++m_report.concessions;
        if (!inRecord() && atRecordSlot()) {
            m_report.recognised = true;
            m_recordDepth = m_stack.size() + 1;
            m_recordOffset = qint64(m_stream.Tell()) - 1;
            m_fields.clear();
            ++m_report.read;
        }
        push(false);
        return true;
    }
    bool EndObject(rapidjson::SizeType)
    {
        const bool closesRecord = inRecord() && m_stack.size() == m_recordDepth;
        m_stack.pop_back();
        if (closesRecord) {
            finishRecord();
            m_recordDepth = 0;
        }
        return true;
    }
    bool StartArray()
    {
        containerStarts();
        const bool marcheList = m_stack.size() == 2 && !m_stack[1].isArray && m_key == "marche";
        if (!inRecord() && atRecordSlot() && !marcheList)
            notAnObject(qint64(m_stream.Tell()) - 1);
        push(true);
        return true;
    }
    bool EndArray(rapidjson::SizeType)
    {
        m_stack.pop_back();
        return true;
    }
    bool Key(const char *text, rapidjson::SizeType length, bool)
    {
        m_key.assign(text, length);
        m_field = inRecord() ? fieldNamed() : -1; // worked out once per key, not once per value
        if (m_stack.size() == 1 && m_key == "marches")
            m_report.recognised = true;
        return true;
    }
    bool String(const char *text, rapidjson::SizeType length, bool) { return scalar(text, length, true); }
    bool RawNumber(const char *text, rapidjson::SizeType length, bool) { return scalar(text, length, false); }
    bool Null() { return other(4); }
    bool Bool(bool b) { return other(b ? 4 : 5); }
    bool Default() { return other(0); }

    /// A record left open by a syntax error.
    bool recordOpen() const { return inRecord(); }
    qint64 recordOffset() const { return m_recordOffset; }

private:
    struct Frame
    {
        bool isArray;
        std::string key; ///< the key this container is the value of ("" in an array)
    };

    bool inRecord() const { return m_recordDepth != 0; }

    /// An item of marches.contrat-concession[…]: a concession, which the library does not keep.
    bool inConcessions() const
    {
        return m_stack.size() == 3 && !m_stack[0].isArray && m_stack[1].key == "marches" &&
               m_stack[2].isArray && m_stack[2].key == "contrat-concession";
    }

    void push(bool isArray)
    {
        const bool inArray = !m_stack.empty() && m_stack.back().isArray;
        m_stack.push_back(Frame{isArray, inArray ? std::string() : m_key});
    }

    /// Where a marché may stand: a plain list's item, marches[…], marches.marche[…] or marches.marche.
    bool atRecordSlot() const
    {
        const size_t n = m_stack.size();
        if (n == 1)
            return m_stack[0].isArray;
        if (n == 2)
            return !m_stack[0].isArray && m_stack[1].key == "marches" &&
                   (m_stack[1].isArray || (m_key == "marche"));
        return n == 3 && !m_stack[0].isArray && !m_stack[1].isArray && m_stack[1].key == "marches" &&
               m_stack[2].isArray && m_stack[2].key == "marche";
    }

    /// A record that is a list, a text, a number… `offset`: where it starts.
    void notAnObject(qint64 offset)
    {
        m_report.recognised = true;
        ++m_report.read;
        m_report.invalid << InvalidRecord{m_report.read, offset, DecpText::tr("the record is not an object")};
    }

    /// A literal (true, false, null) of `length` characters, just read.
    bool other(int length)
    {
        if (!inRecord() && atRecordSlot())
            notAnObject(qint64(m_stream.Tell()) - length);
        else if (fieldHere() >= 0)
            m_fields.wrongType.append(QString::fromStdString(m_key));
        else if (holderIdHere())
            m_fields.wrongType.append(QStringLiteral("titulaires.id"));
        return true;
    }

    /// The field of the record a value at this place is, or -1.
    int fieldHere() const { return inRecord() ? m_field : -1; }

    /// A list or an object where a field of the record wants a text or a number.
    void containerStarts()
    {
        if (fieldHere() >= 0)
            m_fields.wrongType.append(QString::fromStdString(m_key));
        m_field = -1;
    }

    /// The field the key just read names at its place in the record, or -1.
    int fieldNamed() const
    {
        const size_t n = m_stack.size();
        if (n == m_recordDepth) {
            // acheteur.id (Buyer) is one level down: its slot here is a name no key can be.
            static const std::array<const char *, 9> names{"id",      "\x01",      "codeCPV",
                                                           "montant", "dureeMois", "dateNotification",
                                                           "objet",   "nature",    "procedure"};
            for (size_t i = 0; i < names.size(); ++i)
                if (m_key == names[i])
                    return int(i);
            return -1;
        }
        if (n == m_recordDepth + 1 && !m_stack.back().isArray && m_stack.back().key == "acheteur" &&
            m_key == "id")
            return Buyer;
        return -1;
    }

    bool holderIdHere() const
    {
        if (!inRecord() || m_key != "id")
            return false;
        const size_t n = m_stack.size(), r = m_recordDepth;
        if (n < r + 2 || !m_stack[r].isArray || m_stack[r].key != "titulaires")
            return false;
        return (n == r + 2 && !m_stack[r + 1].isArray) ||
               (n == r + 3 && !m_stack[r + 1].isArray && !m_stack[r + 2].isArray &&
                m_stack[r + 2].key == "titulaire");
    }

    bool scalar(const char *text, rapidjson::SizeType length, bool isString)
    {
        if (!inRecord()) {
            if (atRecordSlot()) // a text's offset is exact unless it holds escapes
                notAnObject(qint64(m_stream.Tell()) - qint64(length) - (isString ? 2 : 0));
            return true;
        }
        if (holderIdHere()) {
            if (isString)
                m_fields.holders.emplace_back(text, length);
            else
                m_fields.wrongType.append(QStringLiteral("titulaires.id"));
            return true;
        }
        const int f = fieldHere();
        if (f < 0)
            return true;
        const bool wantsNumber = f == Amount || f == Duration;
        if (wantsNumber == isString) {
            m_fields.wrongType.append(QString::fromStdString(m_key));
            return true;
        }
        std::string *targets[] = {&m_fields.id,     &m_fields.buyer,    &m_fields.cpv,
                                  &m_fields.amount, &m_fields.duration, &m_fields.notified,
                                  &m_fields.object, &m_fields.nature,   &m_fields.procedure};
        targets[f]->assign(text, length);
        m_fields.has[f] = true;
        return true;
    }

    void finishRecord()
    {
        const Fields &f = m_fields;
        QStringList why;
        for (const QString &p : f.wrongType)
            why << DecpText::tr("%1 has a value of the wrong kind").arg(p);
        auto need = [&](Field field, const char *property) {
            if (!f.has[field] && !f.wrongType.contains(QLatin1String(property)))
                why << DecpText::tr("%1 is missing").arg(QLatin1String(property));
            return f.has[field];
        };
        PastContract c;
        if (need(Id, "id")) {
            c.id = QString::fromStdString(f.id);
            if (c.id.isEmpty() || c.id.size() > 16)
                why << DecpText::tr("id must have 1 to 16 characters");
        }
        if (need(Buyer, "acheteur.id") && !isSiret(f.buyer))
            why << DecpText::tr("acheteur.id must be a SIRET of 14 digits");
        c.buyerSiret = QString::fromStdString(f.buyer);
        if (need(Nature, "nature")) {
            c.nature = QString::fromStdString(f.nature);
            if (!Enumerations::nature().containsSchemaValue(c.nature))
                why << DecpText::tr("nature “%1” is not one of the official values").arg(c.nature);
        }
        if (need(Object, "objet")) {
            c.object = QString::fromStdString(f.object);
            if (c.object.size() > 1000)
                why << DecpText::tr("objet has more than 1,000 characters");
        }
        if (need(Cpv, "codeCPV") && !isCpv(f.cpv))
            why << DecpText::tr("codeCPV must be 8 digits, optionally followed by “-” and a check digit");
        c.cpv = QString::fromStdString(f.cpv.substr(0, 8));
        if (need(Procedure, "procedure")) {
            c.procedure = QString::fromStdString(f.procedure);
            if (!Enumerations::procedure().containsSchemaValue(c.procedure))
                why << DecpText::tr("procedure “%1” is not one of the official values").arg(c.procedure);
        }
        if (need(Duration, "dureeMois")) {
            const std::optional<qint64> months = wholeOf(f.duration);
            if (!months || *months < 1 || *months > 100000)
                why << DecpText::tr("dureeMois must be a whole number of months, at least 1");
            c.durationMonths = months ? int(*months) : 0;
        }
        if (need(Notified, "dateNotification")) {
            c.notifiedOn = dateOf(f.notified);
            if (!c.notifiedOn.isValid())
                why << DecpText::tr("dateNotification must be a date written YYYY-MM-DD");
        }
        if (need(Amount, "montant")) {
            const std::optional<qint64> cents = centsOf(f.amount);
            if (!cents || *cents < 100)
                why << DecpText::tr("montant must be a number of euros, at least 1");
            c.amountCents = cents.value_or(0);
        }
        for (const std::string &h : f.holders)
            if (!h.empty())
                c.holders << QString::fromStdString(h);
        if (c.holders.isEmpty())
            why << DecpText::tr("titulaires must name at least one holder");
        if (!why.isEmpty()) {
            m_report.invalid << InvalidRecord{m_report.read, m_recordOffset, why.join(QStringLiteral("; "))};
            return;
        }
        ++m_report.valid;
        m_take(c);
    }

    const DeviceStream &m_stream;
    ReadReport &m_report;
    const std::function<void(const PastContract &)> &m_take;
    std::vector<Frame> m_stack;
    std::string m_key;
    size_t m_recordDepth = 0;
    int m_field = -1; ///< fieldNamed() of the last key
    qint64 m_recordOffset = 0;
    Fields m_fields;
};

QString syntaxError(rapidjson::ParseErrorCode code)
{
    switch (code) {
    case rapidjson::kParseErrorDocumentEmpty:
        return DecpText::tr("the file is empty");
    case rapidjson::kParseErrorDocumentRootNotSingular:
        return DecpText::tr("something follows the end of the JSON document");
    case rapidjson::kParseErrorObjectMissName:
    case rapidjson::kParseErrorObjectMissColon:
    case rapidjson::kParseErrorObjectMissCommaOrCurlyBracket:
        return DecpText::tr("an object is malformed here (a name, “:”, “,” or “}” is missing)");
    case rapidjson::kParseErrorArrayMissCommaOrSquareBracket:
        return DecpText::tr("a list is malformed here (“,” or “]” is missing)");
    case rapidjson::kParseErrorStringMissQuotationMark:
        return DecpText::tr("a text is not closed (the file may be cut)");
    case rapidjson::kParseErrorStringInvalidEncoding:
        return DecpText::tr("a text is not valid UTF-8");
    default:
        return DecpText::tr("the JSON is malformed here (the file may be cut or not DECP)");
    }
}

} // namespace

ReadReport read(QIODevice &device, const std::function<void(const PastContract &)> &take)
{
    ReadReport report;
    DeviceStream stream(device);
    Handler handler(stream, report, take);
    rapidjson::Reader reader;
    constexpr unsigned flags = rapidjson::kParseNumbersAsStringsFlag | rapidjson::kParseValidateEncodingFlag;
    const rapidjson::ParseResult result = reader.Parse<flags>(stream, handler);
    report.bytes = stream.bytes();
    if (stream.failed()) {
        report.fatal = DecpText::tr("the file could not be read to its end (%1)").arg(device.errorString());
    } else if (result.IsError()) {
        const QString why = syntaxError(result.Code());
        report.fatal = DecpText::tr("at byte %1: %2").arg(qint64(result.Offset())).arg(why);
        if (handler.recordOpen())
            report.invalid << InvalidRecord{report.read, qint64(result.Offset()), why};
    }
    return report;
}

} // namespace Atelier::Decp::Reader
