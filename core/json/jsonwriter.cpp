// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "jsonwriter.h"

#include <algorithm>

namespace ewb {

namespace {

constexpr char hexDigits[] = "0123456789abcdef";

class Writer
{
public:
    Writer(QByteArray &out, JsonStyle style, KeyOrder order) : m_out(out), m_style(style), m_order(order) { }

    void write(const JsonValue &v, int indent)
    {
        switch (v.kind()) {
        case JsonValue::Kind::Null: m_out += "null"; return;
        case JsonValue::Kind::Bool: m_out += v.toBool() ? "true" : "false"; return;
        case JsonValue::Kind::Number: appendLatin1(v.numberLiteral()); return;
        case JsonValue::Kind::String: appendJsonString(m_out, v.stringRef()); return;
        case JsonValue::Kind::Array: writeArray(v.array(), indent); return;
        case JsonValue::Kind::Object: writeObject(v.object(), indent); return;
        }
    }

    void writeObject(const JsonObject &o, int indent)
    {
        m_out += '{';
        if (o.isEmpty()) {
            m_out += '}';
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
        m_out += '}';
    }

private:
    // Number literals are ASCII, checked by the parser or made by QString::number.
    void appendLatin1(const QString &ascii)
    {
        const qsizetype start = m_out.size();
        m_out.resize(start + ascii.size());
        char *d = m_out.data() + start;
        for (const QChar c : ascii)
            *d++ = char(c.unicode());
    }

    void newline(int indent)
    {
        if (m_style == JsonStyle::Pretty) {
            m_out += '\n';
            m_out.append(indent * 2, ' ');
        }
    }

    void writeArray(const JsonArray &a, int indent)
    {
        m_out += '[';
        if (a.empty()) {
            m_out += ']';
            return;
        }
        bool first = true;
        for (const JsonValue &item : a) {
            if (!first)
                m_out += ',';
            first = false;
            newline(indent + 1);
            write(item, indent + 1);
        }
        newline(indent);
        m_out += ']';
    }

    void writeMember(const JsonObject::Member &m, int indent, bool &first)
    {
        if (!first)
            m_out += ',';
        first = false;
        newline(indent + 1);
        appendJsonString(m_out, m.first);
        m_out += m_style == JsonStyle::Pretty ? ": " : ":";
        write(m.second, indent + 1);
    }

    QByteArray &m_out;
    JsonStyle m_style;
    KeyOrder m_order;
};

} // namespace

// Writes straight into the buffer: grown to what a plain string needs, and at the first unit to
// escape or encode to the worst case for the rest (6 bytes per UTF-16 unit, for \u00XX), cut back
// after, which keeps its capacity. Per-character appends cost a capacity check each and made
// serialization the slowest part of a per-keystroke check (docs/validation.md).
void appendJsonString(QByteArray &out, QStringView text)
{
    const qsizetype n = text.size();
    const char16_t *s = text.utf16();
    // Most strings (names, ids, dates) are printable ASCII with nothing to escape: one resize and
    // one pass (two resizes a string were a backfill's fourth cost).
    const qsizetype start = out.size();
    out.resize(start + n + 2);
    char *d = out.data() + start;
    *d++ = '"';
    qsizetype i = 0;
    for (; i < n; ++i) {
        const char16_t c = s[i];
        if (c < 0x20 || c >= 0x80 || c == u'"' || c == u'\\')
            break;
        *d++ = char(c);
    }
    if (i == n) {
        *d = '"';
        return;
    }
    out.resize(start + 1 + i + 6 * (n - i) + 1);
    d = out.data() + start + 1 + i;
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
            if (c >= 0x20 && c != '"' && c != '\\') {
                *d++ = char(c);
                continue;
            }
            switch (c) {
            case '"':
                *d++ = '\\';
                *d++ = '"';
                break;
            case '\\':
                *d++ = '\\';
                *d++ = '\\';
                break;
            case '\b':
                *d++ = '\\';
                *d++ = 'b';
                break;
            case '\f':
                *d++ = '\\';
                *d++ = 'f';
                break;
            case '\n':
                *d++ = '\\';
                *d++ = 'n';
                break;
            case '\r':
                *d++ = '\\';
                *d++ = 'r';
                break;
            case '\t':
                *d++ = '\\';
                *d++ = 't';
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
    out.resize(d - out.constData());
}

qsizetype compactJsonStringSize(QStringView text)
{
    // Unit by unit as appendJsonString writes them.
    const qsizetype n = text.size();
    const char16_t *s = text.utf16();
    qsizetype bytes = 2;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i];
        if (c < 0x80) {
            if (c >= 0x20 && c != '"' && c != '\\')
                bytes += 1;
            else if (c == '"' || c == '\\' || c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t')
                bytes += 2;
            else
                bytes += 6;
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
