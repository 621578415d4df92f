// SPDX-FileCopyrightText: 2026 Atelier Achat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decpreader.h"

#include "decpvalues.h"

#include <QIODevice>

#include <rapidjson/error/error.h>
#include <rapidjson/reader.h>

#include <array>
#include <cmath>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

namespace Atelier::Decp::Reader {

namespace {

/// RapidJSON's input stream over a QIODevice, read in chunks of 256 KiB (a UTF-8 BOM skipped). The
/// chunk ends with a '\0' RapidJSON never reads past: Peek() is a load, Take() a load and one comparison
/// (the reader calls them once per byte of the file).
class DeviceStream
{
public:
    using Ch = char;
    explicit DeviceStream(QIODevice &device) : m_device(device), m_buffer(kChunk + 1)
    {
        m_current = m_end = m_buffer.data();
        *m_end = '\0';
        if (m_device.peek(3) == QByteArrayLiteral("\xEF\xBB\xBF") && m_device.skip(3) == 3)
            m_before = 3;
        refill();
    }
    Ch Peek() const { return *m_current; }
    Ch Take()
    {
        const Ch c = *m_current;
        if (++m_current >= m_end) [[unlikely]]
            refill();
        return c;
    }
    size_t Tell() const { return size_t(bytes()); }
    qint64 bytes() const { return m_before + qint64(m_current - m_buffer.data()); }
    bool failed() const { return m_failed; }
    /// The byte under the reader is a zero of the file's own (RapidJSON takes it for the end).
    bool atZeroByte() const { return m_current < m_end && *m_current == '\0'; }
    // Output-stream members RapidJSON's concept names; never called on an input stream.
    Ch *PutBegin() { return nullptr; }
    void Put(Ch) {}
    void Flush() {}
    size_t PutEnd(Ch *) { return 0; }

private:
    static constexpr qint64 kChunk = 256 * 1024;

    /// The next chunk once this one is read; at the end, the stream stays on the final '\0'.
    void refill()
    {
        if (m_ended) {
            m_current = m_end;
            return;
        }
        m_before += qint64(m_end - m_buffer.data());
        const qint64 got = m_device.read(m_buffer.data(), kChunk);
        m_failed = m_failed || got < 0;
        m_ended = got <= 0;
        m_current = m_buffer.data();
        m_end = m_current + (got > 0 ? got : 0);
        *m_end = '\0';
    }

    QIODevice &m_device;
    std::vector<char> m_buffer;
    char *m_current = nullptr, *m_end = nullptr;
    qint64 m_before = 0;
    bool m_failed = false, m_ended = false;
};

/// The index of the first byte of `text` that does not belong to well-formed UTF-8 (Unicode's table 3-7:
/// no overlong form, no surrogate, nothing above U+10FFFF), or -1. Eight ASCII bytes are checked at once.
qint64 invalidUtf8(const char *text, size_t length)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text);
    size_t i = 0;
    while (i < length) {
        if (i + 8 <= length) {
            quint64 word;
            std::memcpy(&word, s + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t tail;
        unsigned char low = 0x80, high = 0xBF; // the allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF)
            tail = 1;
        else if (c >= 0xE0 && c <= 0xEF) {
            tail = 2;
            low = c == 0xE0 ? 0xA0 : 0x80;
            high = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            tail = 3;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF;
        } else
            return qint64(i);
        if (i + tail >= length) // the sequence is cut by the text's end
            return qint64(i);
        if (s[i + 1] < low || s[i + 1] > high)
            return qint64(i);
        for (size_t k = 2; k <= tail; ++k)
            if (s[i + k] < 0x80 || s[i + k] > 0xBF)
                return qint64(i);
        i += tail + 1;
    }
    return -1;
}

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

int number(const std::string &s, size_t from, size_t count)
{
    int n = 0;
    for (size_t i = from; i < from + count; ++i)
        n = n * 10 + (s[i] - '0');
    return n;
}

QDate dateOf(const std::string &s)
{
    if (s.size() != 10 || !digits(s, 0, 4) || s[4] != '-' || !digits(s, 5, 2) || s[7] != '-' ||
        !digits(s, 8, 2))
        return {};
    return QDate(number(s, 0, 4), number(s, 5, 2), number(s, 8, 2));
}

/// A JSON number's text (RapidJSON checked its grammar: -?digits[.digits][(e|E)[+|-]digits]) read as an
/// exact decimal, without the C library (whose decimal point is the locale's) and without binary floating
/// point: its digits, and where the point stands among them once the exponent is applied.
class Decimal
{
public:
    explicit Decimal(const std::string &s)
    {
        size_t i = 0;
        m_negative = !s.empty() && s[0] == '-';
        i += m_negative ? 1 : 0;
        m_intFrom = i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        m_intLength = qint64(i - m_intFrom);
        m_fracFrom = i;
        if (i < s.size() && s[i] == '.') {
            m_fracFrom = ++i;
            while (i < s.size() && isDigit(s[i]))
                ++i;
        }
        m_digits = m_intLength + qint64(i - m_fracFrom);
        qint64 exponent = 0;
        if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
            const bool negative = ++i < s.size() && s[i] == '-';
            i += i < s.size() && (s[i] == '-' || s[i] == '+') ? 1 : 0;
            for (; i < s.size() && isDigit(s[i]); ++i)
                exponent = std::min<qint64>(exponent * 10 + (s[i] - '0'), 1'000'000);
            exponent = negative ? -exponent : exponent;
        }
        m_point = m_intLength + exponent;
        m_text = &s;
    }

    /// The value in hundredths, rounded half up (away from zero) beyond them; nullopt beyond ±9e16.
    std::optional<qint64> hundredths() const
    {
        constexpr qint64 kLimit = 90'000'000'000'000'000;
        const qint64 end = m_point + 2; // the digits before `end` make the hundredths
        qint64 value = 0;
        for (qint64 k = 0; k < end; ++k) {
            if (value > kLimit / 10)
                return std::nullopt;
            value = value * 10 + digit(k);
            if (value == 0 && k >= m_digits)
                break; // zeros only from here
        }
        if (digit(end) >= 5)
            ++value;
        return m_negative ? -value : value;
    }

    /// No digit after the point differs from zero.
    bool isWhole() const
    {
        for (qint64 k = std::max<qint64>(0, m_point); k < m_digits; ++k)
            if (digit(k) != 0)
                return false;
        return true;
    }

private:
    static bool isDigit(char c) { return c >= '0' && c <= '9'; }
    /// The k-th digit of the number written without its point (zero outside them).
    int digit(qint64 k) const
    {
        if (k < 0 || k >= m_digits)
            return 0;
        const size_t at = k < m_intLength ? m_intFrom + size_t(k) : m_fracFrom + size_t(k - m_intLength);
        return (*m_text)[at] - '0';
    }

    const std::string *m_text = nullptr;
    bool m_negative = false;
    size_t m_intFrom = 0, m_fracFrom = 0;
    qint64 m_intLength = 0, m_digits = 0, m_point = 0;
};

/// A JSON number (as its text) in cents, rounded half up beyond two decimals; nullopt when too large.
std::optional<qint64> centsOf(const std::string &s)
{
    return Decimal(s).hundredths();
}

/// A whole JSON number ("12", "12.0", "1.2e1"); nullopt otherwise, or beyond a billion.
std::optional<qint64> wholeOf(const std::string &s)
{
    const Decimal d(s);
    const std::optional<qint64> cents = d.hundredths();
    if (!d.isWhole() || !cents || *cents > 100'000'000'000 || *cents < -100'000'000'000)
        return std::nullopt;
    return *cents / 100;
}

/// A text's length as JSON Schema's maxLength counts it: in characters (code points), a character beyond
/// U+FFFF being two UTF-16 units of a QString.
qsizetype characters(const QString &text)
{
    qsizetype n = text.size();
    for (const QChar c : text)
        n -= c.isLowSurrogate() ? 1 : 0;
    return n;
}

/// The fields of a record the library keeps, in the order of `kFieldNames`.
enum Field { Id, Buyer, Cpv, Amount, Duration, Notified, Object, Nature, Procedure, FieldCount };

/// Each field's property as the schema names it (and as a reason names it).
constexpr std::array<const char *, FieldCount> kFieldNames{"id",      "acheteur.id", "codeCPV",
                                                           "montant", "dureeMois",   "dateNotification",
                                                           "objet",   "nature",      "procedure"};

/// The keys where the shapes put records and the fields: each key is named once, when it is read, so
/// that a place in the file is a few comparisons of small numbers (no text kept or compared per value).
enum class Name : quint8 {
    None, ///< an item of a list, or a key of no interest
    Marches,
    Marche,
    Concessions,
    Acheteur,
    Titulaires,
    Titulaire,
    Id,
    CodeCpv,
    Montant,
    DureeMois,
    DateNotification,
    Objet,
    Nature,
    Procedure,
};

Name nameOf(const char *text, size_t length)
{
    auto is = [&]<size_t N>(const char(&word)[N]) {
        return length == N - 1 && std::memcmp(text, word, length) == 0;
    };
    switch (length) {
    case 2:
        return is("id") ? Name::Id : Name::None;
    case 5:
        return is("objet") ? Name::Objet : Name::None;
    case 6:
        return is("marche") ? Name::Marche : is("nature") ? Name::Nature : Name::None;
    case 7:
        return is("marches")   ? Name::Marches
               : is("codeCPV") ? Name::CodeCpv
               : is("montant") ? Name::Montant
                               : Name::None;
    case 8:
        return is("acheteur") ? Name::Acheteur : Name::None;
    case 9:
        return is("titulaire")   ? Name::Titulaire
               : is("dureeMois") ? Name::DureeMois
               : is("procedure") ? Name::Procedure
                                 : Name::None;
    case 10:
        return is("titulaires") ? Name::Titulaires : Name::None;
    case 16:
        return is("dateNotification") ? Name::DateNotification : Name::None;
    case 18:
        return is("contrat-concession") ? Name::Concessions : Name::None;
    default:
        return Name::None;
    }
}

/// The field a key names at the record's own level (acheteur.id is one level down), or -1.
int recordField(Name name)
{
    switch (name) {
    case Name::Id:
        return Id;
    case Name::CodeCpv:
        return Cpv;
    case Name::Montant:
        return Amount;
    case Name::DureeMois:
        return Duration;
    case Name::DateNotification:
        return Notified;
    case Name::Objet:
        return Object;
    case Name::Nature:
        return Nature;
    case Name::Procedure:
        return Procedure;
    default:
        return -1;
    }
}

/// What a record's fields hold while it is read; kinds of value the schema did not expect are noted.
struct Fields
{
    std::array<std::string, FieldCount> text; ///< as the file writes them (numbers too)
    std::vector<std::string> holders;
    size_t holderCount = 0; ///< the first `holderCount` of `holders` (their capacity kept across records)
    QStringList wrongType;  ///< the properties given a value of the wrong kind
    std::array<bool, FieldCount> has{};

    void clear()
    {
        for (std::string &s : text)
            s.clear();
        holderCount = 0;
        if (!wrongType.isEmpty())
            wrongType.clear();
        has.fill(false);
    }
    void addHolder(const char *id, size_t length)
    {
        if (holderCount == holders.size())
            holders.emplace_back();
        holders[holderCount++].assign(id, length);
    }
};

/// A value of an enumeration as the file spells it, with its text and whether it is official, kept for
/// the values met again (a file repeats its few natures and procedures a million times).
struct Spelling
{
    std::string bytes;
    QString text;
    bool official = false;
};

class Spellings
{
public:
    explicit Spellings(const Enumeration &enumeration) : m_enumeration(enumeration) {}
    const Spelling &of(const std::string &bytes)
    {
        for (const Spelling &s : m_known)
            if (s.bytes == bytes)
                return s;
        bool official = false;
        for (const Value &v : m_enumeration.values)
            official = official || bytes == v.schema;
        Spelling spelling{bytes, QString::fromStdString(bytes), official};
        if (m_known.size() >= 64) // a file of many unknown spellings: no cache, no growth
            return m_last = std::move(spelling);
        m_known.push_back(std::move(spelling));
        return m_known.back();
    }

private:
    const Enumeration &m_enumeration;
    std::vector<Spelling> m_known;
    Spelling m_last;
};

/// The SAX handler: finds the records wherever the accepted shapes put them, keeps the fields the
/// library needs, and checks each record once it is closed.
class Handler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Handler>
{
public:
    Handler(const DeviceStream &stream, ReadReport &report, const std::function<bool(PastContract &&)> &take)
        : m_stream(stream), m_report(report), m_take(take)
    {
        m_stack.reserve(64);
    }

    bool StartObject()
    {
        if (!containerStarts())
            return false;
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
            m_recordDepth = 0;
            m_stopped = !finishRecord();
        }
        return !m_stopped;
    }
    bool StartArray()
    {
        if (!containerStarts())
            return false;
        const bool marcheList = m_stack.size() == 2 && !m_stack[1].isArray && m_name == Name::Marche;
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
        if (!wellFormed(text, length))
            return false;
        m_name = nameOf(text, length);
        m_field = inRecord() ? fieldNamed() : -1; // worked out once per key, not once per value
        if (m_stack.size() == 1 && m_name == Name::Marches)
            m_report.recognised = true;
        return true;
    }
    bool String(const char *text, rapidjson::SizeType length, bool)
    {
        return wellFormed(text, length) && scalar(text, length, true);
    }
    bool RawNumber(const char *text, rapidjson::SizeType length, bool) { return scalar(text, length, false); }
    bool Null() { return other(4); }
    bool Bool(bool b) { return other(b ? 4 : 5); }
    bool Default() { return other(0); }

    /// A record left open by a syntax error.
    bool recordOpen() const { return inRecord(); }
    /// Where a text that is not UTF-8 stopped the reading, or -1.
    qint64 badEncodingOffset() const { return m_badEncoding; }
    /// Where a list or an object nested too deeply stopped the reading, or -1.
    qint64 tooDeepOffset() const { return m_tooDeep; }
    /// The caller's callback asked to stop.
    bool stopped() const { return m_stopped; }

    /// Deeper than any DECP record (they nest 5 levels), far from what RapidJSON's recursion may use of a
    /// thread's stack (512 KiB on some systems).
    static constexpr size_t kMaxDepth = 64;

private:
    struct Frame
    {
        bool isArray;
        Name key; ///< the key this container is the value of (None in a list)
    };

    bool inRecord() const { return m_recordDepth != 0; }

    /// RapidJSON is asked not to check the encoding (its check costs a third of its time): every text and
    /// key is checked here instead, once, as a whole. A text that is not UTF-8 stops the reading as a
    /// syntax error does, at the byte found (exact for a text written without escapes).
    bool wellFormed(const char *text, size_t length)
    {
        const qint64 bad = invalidUtf8(text, length);
        if (bad < 0) [[likely]]
            return true;
        m_badEncoding = qint64(m_stream.Tell()) - 1 - qint64(length) + bad;
        return false;
    }

    /// An item of marches.contrat-concession[…]: a concession, which the library does not keep.
    bool inConcessions() const
    {
        return m_stack.size() == 3 && !m_stack[0].isArray && m_stack[1].key == Name::Marches &&
               m_stack[2].isArray && m_stack[2].key == Name::Concessions;
    }

    void push(bool isArray)
    {
        const bool inArray = !m_stack.empty() && m_stack.back().isArray;
        m_stack.push_back(Frame{isArray, inArray ? Name::None : m_name});
    }

    /// Where a marché may stand: a plain list's item, marches[…], marches.marche[…] or marches.marche.
    bool atRecordSlot() const
    {
        const size_t n = m_stack.size();
        if (n == 1)
            return m_stack[0].isArray;
        if (n == 2)
            return !m_stack[0].isArray && m_stack[1].key == Name::Marches &&
                   (m_stack[1].isArray || m_name == Name::Marche);
        return n == 3 && !m_stack[0].isArray && !m_stack[1].isArray && m_stack[1].key == Name::Marches &&
               m_stack[2].isArray && m_stack[2].key == Name::Marche;
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
            m_fields.wrongType.append(QLatin1String(kFieldNames[size_t(fieldHere())]));
        else if (holderIdHere())
            m_fields.wrongType.append(QStringLiteral("titulaires.id"));
        return true;
    }

    /// The field of the record a value at this place is, or -1.
    int fieldHere() const { return inRecord() ? m_field : -1; }

    /// A list or an object where a field of the record wants a text or a number; false when it would
    /// nest too deeply.
    bool containerStarts()
    {
        if (m_stack.size() >= kMaxDepth) {
            m_tooDeep = qint64(m_stream.Tell()) - 1;
            return false;
        }
        if (fieldHere() >= 0)
            m_fields.wrongType.append(QLatin1String(kFieldNames[size_t(fieldHere())]));
        else if (holderIdHere())
            m_fields.wrongType.append(QStringLiteral("titulaires.id"));
        m_field = -1;
        return true;
    }

    /// The field the key just read names at its place in the record, or -1.
    int fieldNamed() const
    {
        const size_t n = m_stack.size();
        if (n == m_recordDepth)
            return recordField(m_name);
        if (n == m_recordDepth + 1 && !m_stack.back().isArray && m_stack.back().key == Name::Acheteur &&
            m_name == Name::Id)
            return Buyer;
        return -1;
    }

    bool holderIdHere() const
    {
        if (!inRecord() || m_name != Name::Id)
            return false;
        const size_t n = m_stack.size(), r = m_recordDepth;
        if (n < r + 2 || !m_stack[r].isArray || m_stack[r].key != Name::Titulaires)
            return false;
        return (n == r + 2 && !m_stack[r + 1].isArray) ||
               (n == r + 3 && !m_stack[r + 1].isArray && !m_stack[r + 2].isArray &&
                m_stack[r + 2].key == Name::Titulaire);
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
                m_fields.addHolder(text, length);
            else
                m_fields.wrongType.append(QStringLiteral("titulaires.id"));
            return true;
        }
        const int f = fieldHere();
        if (f < 0)
            return true;
        const bool wantsNumber = f == Amount || f == Duration;
        if (wantsNumber == isString) {
            m_fields.wrongType.append(QLatin1String(kFieldNames[size_t(f)]));
            return true;
        }
        m_fields.text[size_t(f)].assign(text, length);
        m_fields.has[size_t(f)] = true;
        return true;
    }

    /// Checks the record just closed and hands it over when valid; false when the callback says to stop.
    bool finishRecord()
    {
        const Fields &f = m_fields;
        QStringList why;
        for (const QString &p : f.wrongType)
            why << DecpText::tr("%1 has a value of the wrong kind").arg(p);
        auto need = [&](Field field) {
            const QLatin1String property(kFieldNames[field]);
            if (!f.has[field] && !f.wrongType.contains(property))
                why << DecpText::tr("%1 is missing").arg(property);
            return f.has[field];
        };
        const auto &text = f.text;
        PastContract c;
        if (need(Id)) {
            c.id = QString::fromStdString(text[Id]);
            if (c.id.isEmpty() || (c.id.size() > 16 && characters(c.id) > 16))
                why << DecpText::tr("id must have 1 to 16 characters");
        }
        if (need(Buyer) && !isSiret(text[Buyer]))
            why << DecpText::tr("acheteur.id must be a SIRET of 14 digits");
        c.buyerSiret = QString::fromStdString(text[Buyer]);
        if (need(Nature)) {
            const Spelling &nature = m_natures.of(text[Nature]);
            c.nature = nature.text;
            if (!nature.official)
                why << DecpText::tr("nature “%1” is not one of the official values").arg(c.nature);
        }
        if (need(Object)) {
            c.object = QString::fromStdString(text[Object]);
            if (c.object.size() > 1000 && characters(c.object) > 1000)
                why << DecpText::tr("objet has more than 1,000 characters");
        }
        if (need(Cpv) && !isCpv(text[Cpv]))
            why << DecpText::tr("codeCPV must be 8 digits, optionally followed by “-” and a check digit");
        c.cpv = QString::fromUtf8(text[Cpv].data(), qsizetype(std::min<size_t>(8, text[Cpv].size())));
        if (need(Procedure)) {
            const Spelling &procedure = m_procedures.of(text[Procedure]);
            c.procedure = procedure.text;
            if (!procedure.official)
                why << DecpText::tr("procedure “%1” is not one of the official values").arg(c.procedure);
        }
        if (need(Duration)) {
            const std::optional<qint64> months = wholeOf(text[Duration]);
            if (!months || *months < 1 || *months > 100000)
                why << DecpText::tr("dureeMois must be a whole number of months, at least 1");
            c.durationMonths = months ? int(*months) : 0;
        }
        if (need(Notified)) {
            c.notifiedOn = dateOf(text[Notified]);
            if (!c.notifiedOn.isValid())
                why << DecpText::tr("dateNotification must be a date written YYYY-MM-DD");
        }
        if (need(Amount)) {
            const std::optional<qint64> cents = centsOf(text[Amount]);
            if (!cents || *cents < 100)
                why << DecpText::tr("montant must be a number of euros, at least 1");
            c.amountCents = cents.value_or(0);
        }
        for (size_t i = 0; i < f.holderCount; ++i)
            if (!f.holders[i].empty())
                c.holders << QString::fromStdString(f.holders[i]);
        if (c.holders.isEmpty())
            why << DecpText::tr("titulaires must name at least one holder");
        if (!why.isEmpty()) {
            m_report.invalid << InvalidRecord{m_report.read, m_recordOffset, why.join(QStringLiteral("; "))};
            return true;
        }
        ++m_report.valid;
        return m_take(std::move(c));
    }

    const DeviceStream &m_stream;
    ReadReport &m_report;
    const std::function<bool(PastContract &&)> &m_take;
    std::vector<Frame> m_stack;
    Name m_name = Name::None; ///< the last key read
    size_t m_recordDepth = 0;
    int m_field = -1; ///< fieldNamed() of the last key
    qint64 m_recordOffset = 0;
    qint64 m_badEncoding = -1, m_tooDeep = -1;
    bool m_stopped = false;
    Fields m_fields;
    Spellings m_natures{Enumerations::nature()}, m_procedures{Enumerations::procedure()};
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
    case rapidjson::kParseErrorNumberTooBig:
        return DecpText::tr("a number is too large to be read");
    default:
        return DecpText::tr("the JSON is malformed here (the file may be cut or not DECP)");
    }
}

} // namespace

ReadReport read(QIODevice &device, const std::function<bool(PastContract &&)> &take)
{
    ReadReport report;
    DeviceStream stream(device);
    Handler handler(stream, report, take);
    rapidjson::Reader reader;
    constexpr unsigned flags = rapidjson::kParseNumbersAsStringsFlag; // the encoding: Handler::wellFormed
    const rapidjson::ParseResult result = reader.Parse<flags>(stream, handler);
    report.bytes = stream.bytes();
    if (handler.stopped())
        return report;
    qint64 offset = qint64(result.Offset());
    QString why;
    if (stream.failed()) {
        offset = stream.bytes();
        why = DecpText::tr("the file could not be read to its end (%1)").arg(device.errorString());
        report.fatal = why;
    } else if (result.IsError() || stream.atZeroByte()) {
        why = syntaxError(result.Code());
        if (handler.badEncodingOffset() >= 0) {
            offset = handler.badEncodingOffset();
            why = syntaxError(rapidjson::kParseErrorStringInvalidEncoding);
        } else if (handler.tooDeepOffset() >= 0) {
            offset = handler.tooDeepOffset();
            why = DecpText::tr("lists and objects are nested too deeply here (more than %1 levels)")
                      .arg(Handler::kMaxDepth);
        } else if (stream.atZeroByte()) { // in a text, between values or after the document
            offset = stream.bytes();
            why = DecpText::tr("a zero byte stands here: the file is damaged or is not JSON");
        }
        report.fatal = DecpText::tr("at byte %1: %2").arg(offset).arg(why);
    }
    if (!why.isEmpty() && handler.recordOpen()) // the record the reading stopped in
        report.invalid << InvalidRecord{report.read, offset, why};
    return report;
}

} // namespace Atelier::Decp::Reader
