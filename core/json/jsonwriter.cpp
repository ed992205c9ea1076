#include "jsonwriter.h"

#include <algorithm>

namespace ewb {

namespace {

constexpr char hexDigits[] = "0123456789abcdef";

void appendEscapedUnit(QByteArray &out, char16_t unit)
{
    out += "\\u";
    out += hexDigits[(unit >> 12) & 0xF];
    out += hexDigits[(unit >> 8) & 0xF];
    out += hexDigits[(unit >> 4) & 0xF];
    out += hexDigits[unit & 0xF];
}

void appendCodePoint(QByteArray &out, char32_t cp)
{
    if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

class Writer
{
public:
    Writer(QByteArray &out, JsonStyle style, KeyOrder order) : m_out(out), m_style(style), m_order(order) {}

    void write(const JsonValue &v, int indent)
    {
        switch (v.kind()) {
        case JsonValue::Kind::Null:
            m_out += "null";
            return;
        case JsonValue::Kind::Bool:
            m_out += v.toBool() ? "true" : "false";
            return;
        case JsonValue::Kind::Number:
            m_out += v.numberLiteral().toLatin1();
            return;
        case JsonValue::Kind::String:
            appendJsonString(m_out, v.stringRef());
            return;
        case JsonValue::Kind::Array:
            writeArray(v.array(), indent);
            return;
        case JsonValue::Kind::Object:
            writeObject(v.object(), indent);
            return;
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

void appendJsonString(QByteArray &out, QStringView text)
{
    out += '"';
    const qsizetype n = text.size();
    const char16_t *s = text.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i];
        if (c < 0x80) {
            switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20)
                    appendEscapedUnit(out, c);
                else
                    out += char(c);
            }
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(s[i + 1])) {
            appendCodePoint(out, QChar::surrogateToUcs4(c, s[i + 1]));
            ++i;
        } else if (QChar::isSurrogate(c)) {
            appendEscapedUnit(out, c); // a lone surrogate has no UTF-8 form
        } else {
            appendCodePoint(out, c);
        }
    }
    out += '"';
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
