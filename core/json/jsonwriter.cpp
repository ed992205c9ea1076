// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "jsonwriter.h"

#include "plainrun.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace ewb {

namespace {

constexpr char hexDigits[] = "0123456789abcdef";

// Bytes each ASCII unit takes in a JSON string: 1 as itself, 2 for a short escape (\" \\ \b \f
// \n \r \t), 6 for \u00XX. One lookup a unit, for the writer and for the size count alike.
constexpr std::array<quint8, 128> asciiBytes = [] {
    std::array<quint8, 128> t {};
    for (int c = 0; c < 128; ++c) {
        const bool shortEscape =
            c == '"' || c == '\\' || c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t';
        t[c] = c >= 0x20 && c != '"' && c != '\\' ? 1 : shortEscape ? 2 : 6;
    }
    return t;
}();

// The output buffer, written through a pointer: the QByteArray is grown ahead (doubling) and cut
// to what was written at the end. Appending to the QByteArray itself cost a call and a capacity
// check for every comma and quote, a third of writing a call.
class Sink
{
public:
    explicit Sink(QByteArray &out) : m_out(out), m_start(out.size()) { grow(64); }
    ~Sink() { m_out.resize(m_at - m_out.constData()); }
    Q_DISABLE_COPY_MOVE(Sink)

    // Room for n more bytes at the returned pointer, good until the next call; advance() past what
    // was written there.
    char *room(qsizetype n)
    {
        if (m_end - m_at < n)
            grow(n);
        return m_at;
    }
    void advance(char *to) { m_at = to; }
    void put(char c) { *room(1) = c, ++m_at; }
    void put(const char *text, qsizetype n)
    {
        std::memcpy(room(n), text, size_t(n));
        m_at += n;
    }
    template<qsizetype N>
    void put(const char (&literal)[N])
    {
        put(literal, N - 1);
    }

private:
    void grow(qsizetype n)
    {
        const qsizetype used = m_at ? m_at - m_out.constData() : m_start;
        const qsizetype needed = used + n;
        m_out.resize(m_out.capacity() >= needed ? m_out.capacity() : std::max(needed, 2 * m_out.capacity()));
        m_at = m_out.data() + used;
        m_end = m_out.data() + m_out.size();
    }

    QByteArray &m_out;
    qsizetype m_start;
    char *m_at = nullptr;
    char *m_end = nullptr;
};

// Writes straight into the sink: room for a plain string first, and at the first unit to escape or
// encode the worst case for the rest (6 bytes per UTF-16 unit, for \u00XX).
void writeString(Sink &sink, QStringView text)
{
    const qsizetype n = text.size();
    const char16_t *s = text.utf16();
    char *d = sink.room(n + 2);
    *d++ = '"';
    // Most strings (names, ids, dates) are printable ASCII with nothing to escape.
    qsizetype i = 0;
    for (; i + 4 <= n && plainrun::fourPlainUnits(s + i); i += 4) {
        d[0] = char(s[i]);
        d[1] = char(s[i + 1]);
        d[2] = char(s[i + 2]);
        d[3] = char(s[i + 3]);
        d += 4;
    }
    for (; i < n; ++i) {
        const char16_t c = s[i];
        if (c >= 0x80 || asciiBytes[c] != 1)
            break;
        *d++ = char(c);
    }
    if (i == n) {
        *d++ = '"';
        sink.advance(d);
        return;
    }
    sink.advance(d);
    d = sink.room(6 * (n - i) + 1);
    const auto escapeUnit = [&](char16_t unit) {
        *d++ = '\\';
        *d++ = 'u';
        *d++ = hexDigits[(unit >> 12) & 0xF];
        *d++ = hexDigits[(unit >> 8) & 0xF];
        *d++ = hexDigits[(unit >> 4) & 0xF];
        *d++ = hexDigits[unit & 0xF];
    };
    for (; i < n; ++i) {
        const char16_t c = s[i];
        if (c < 0x80) {
            switch (asciiBytes[c]) {
            case 1: *d++ = char(c); break;
            case 2:
                *d++ = '\\';
                *d++ = c == '"' ? '"'
                    : c == '\\' ? '\\'
                    : c == '\b' ? 'b'
                    : c == '\f' ? 'f'
                    : c == '\n' ? 'n'
                    : c == '\r' ? 'r'
                                : 't';
                break;
            default: escapeUnit(c);
            }
        } else if (c < 0x800) {
            *d++ = char(0xC0 | (c >> 6));
            *d++ = char(0x80 | (c & 0x3F));
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(s[i + 1])) {
            const char32_t cp = QChar::surrogateToUcs4(c, s[i + 1]);
            *d++ = char(0xF0 | (cp >> 18));
            *d++ = char(0x80 | ((cp >> 12) & 0x3F));
            *d++ = char(0x80 | ((cp >> 6) & 0x3F));
            *d++ = char(0x80 | (cp & 0x3F));
            ++i;
        } else if (QChar::isSurrogate(c)) {
            escapeUnit(c); // a lone surrogate has no UTF-8 form
        } else {
            *d++ = char(0xE0 | (c >> 12));
            *d++ = char(0x80 | ((c >> 6) & 0x3F));
            *d++ = char(0x80 | (c & 0x3F));
        }
    }
    *d++ = '"';
    sink.advance(d);
}

class Writer
{
public:
    Writer(QByteArray &out, JsonStyle style, KeyOrder order) : m_out(out), m_style(style), m_order(order) { }

    void write(const JsonValue &v, int indent)
    {
        switch (v.kind()) {
        case JsonValue::Kind::Null: m_out.put("null"); return;
        case JsonValue::Kind::Bool:
            if (v.toBool())
                m_out.put("true");
            else
                m_out.put("false");
            return;
        case JsonValue::Kind::Number: appendLatin1(v.numberLiteral()); return;
        case JsonValue::Kind::String: writeString(m_out, v.stringRef()); return;
        case JsonValue::Kind::Array: writeArray(v.array(), indent); return;
        case JsonValue::Kind::Object: writeObject(v.object(), indent); return;
        }
    }

    void writeObject(const JsonObject &o, int indent)
    {
        m_out.put('{');
        if (o.isEmpty()) {
            m_out.put('}');
            return;
        }
        if (m_order == KeyOrder::Sorted) {
            std::vector<const JsonObject::Member *> sorted;
            sorted.reserve(o.members().size());
            for (const auto &m : o.members())
                sorted.push_back(&m);
            std::stable_sort(sorted.begin(), sorted.end(),
                [](const auto *a, const auto *b) { return a->first < b->first; });
            bool first = true;
            for (const auto *m : sorted)
                writeMember(*m, indent, first);
        } else {
            bool first = true;
            for (const auto &m : o.members())
                writeMember(m, indent, first);
        }
        newline(indent);
        m_out.put('}');
    }

private:
    // Number literals are ASCII, checked by the parser or made by QString::number.
    void appendLatin1(const QString &ascii)
    {
        char *d = m_out.room(ascii.size());
        for (const QChar c : ascii)
            *d++ = char(c.unicode());
        m_out.advance(d);
    }

    void newline(int indent)
    {
        if (m_style == JsonStyle::Pretty) {
            char *d = m_out.room(1 + indent * 2);
            *d++ = '\n';
            std::memset(d, ' ', size_t(indent * 2));
            m_out.advance(d + indent * 2);
        }
    }

    void writeArray(const JsonArray &a, int indent)
    {
        m_out.put('[');
        if (a.empty()) {
            m_out.put(']');
            return;
        }
        bool first = true;
        for (const JsonValue &item : a) {
            if (!first)
                m_out.put(',');
            first = false;
            newline(indent + 1);
            write(item, indent + 1);
        }
        newline(indent);
        m_out.put(']');
    }

    void writeMember(const JsonObject::Member &m, int indent, bool &first)
    {
        if (!first)
            m_out.put(',');
        first = false;
        newline(indent + 1);
        writeString(m_out, m.first);
        if (m_style == JsonStyle::Pretty)
            m_out.put(": ");
        else
            m_out.put(':');
        write(m.second, indent + 1);
    }

    Sink m_out;
    JsonStyle m_style;
    KeyOrder m_order;
};

} // namespace

void appendJsonString(QByteArray &out, QStringView text)
{
    Sink sink(out);
    writeString(sink, text);
}

qsizetype compactJsonStringSize(QStringView text)
{
    // Unit by unit as writeString writes them.
    const qsizetype n = text.size();
    const char16_t *s = text.utf16();
    qsizetype bytes = 2;
    for (qsizetype i = 0; i < n; ++i) {
        if (i + 4 <= n && plainrun::fourPlainUnits(s + i)) {
            bytes += 4;
            i += 3;
            continue;
        }
        const char16_t c = s[i];
        if (c < 0x80) {
            bytes += asciiBytes[c];
        } else if (c < 0x800) {
            bytes += 2;
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(s[i + 1])) {
            bytes += 4;
            ++i;
        } else if (QChar::isSurrogate(c)) {
            bytes += 6;
        } else {
            bytes += 3;
        }
    }
    return bytes;
}

qsizetype compactJsonSize(const JsonValue &value)
{
    switch (value.kind()) {
    case JsonValue::Kind::Null: return 4;
    case JsonValue::Kind::Bool: return value.toBool() ? 4 : 5;
    case JsonValue::Kind::Number: return value.numberLiteral().size();
    case JsonValue::Kind::String: return compactJsonStringSize(value.stringRef());
    case JsonValue::Kind::Array: {
        const JsonArray &array = value.array();
        qsizetype bytes = 2 + (array.empty() ? 0 : qsizetype(array.size()) - 1);
        for (const JsonValue &item : array)
            bytes += compactJsonSize(item);
        return bytes;
    }
    case JsonValue::Kind::Object: return compactJsonSize(value.object());
    }
    return 0;
}

qsizetype compactJsonSize(const JsonObject &object)
{
    const auto &members = object.members();
    // Braces, a colon per member and the commas between them.
    qsizetype bytes = 2 + qsizetype(members.size()) + (members.empty() ? 0 : qsizetype(members.size()) - 1);
    for (const auto &[key, member] : members)
        bytes += compactJsonStringSize(key) + compactJsonSize(member);
    return bytes;
}

void appendJson(QByteArray &out, const JsonValue &value, JsonStyle style, KeyOrder order)
{
    Writer(out, style, order).write(value, 0);
}

void appendJson(QByteArray &out, const JsonObject &object, JsonStyle style, KeyOrder order)
{
    Writer(out, style, order).writeObject(object, 0);
}

QByteArray writeJson(const JsonValue &value, JsonStyle style, KeyOrder order)
{
    QByteArray out;
    appendJson(out, value, style, order);
    return out;
}

} // namespace ewb
