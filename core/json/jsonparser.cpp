// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "jsonparser.h"

#include "plainrun.h"
#include "utf8.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QStringBuilder>

#include <array>

namespace ewb {

namespace {

QString decodeUtf8(QByteArrayView run)
{
    return utf8::decode(run);
}

// Member names seen lately, decoded once and shared: the same few names come in every call of a
// batch and in every row of a backfill, one parse each. Per thread, so no parse waits on another.
struct KeyCache
{
    std::array<QByteArray, 128> bytes;
    std::array<QString, 128> strings;
};

KeyCache &keyCache()
{
    thread_local KeyCache cache;
    return cache;
}

// Members and elements being read, of every object and array open at once: each container is
// built in one allocation of its final size when it closes, where growing its own vector took four
// or five for a typical object (malloc and free were a fifth of a batch's parse).
struct Scratch
{
    std::vector<JsonObject::Member> members;
    std::vector<JsonValue> elements;
};

Scratch &scratch()
{
    thread_local Scratch s;
    return s;
}

// After a document of many thousands of members or elements, the scratch gives its memory back; a
// batch's few thousand calls keep theirs for the next one.
void trimScratch()
{
    constexpr size_t kept = 16 * 1024;
    Scratch &s = scratch();
    if (s.members.empty() && s.members.capacity() > kept)
        std::vector<JsonObject::Member>().swap(s.members);
    if (s.elements.empty() && s.elements.capacity() > kept)
        std::vector<JsonValue>().swap(s.elements);
}

// What a byte inside a string asks of the scanner: nothing for the plain printable ASCII that
// makes up nearly every string, so the scan is one table lookup a byte.
enum StringByte : quint8 { Plain, Quote, Backslash, Control, NonAscii };

constexpr std::array<quint8, 256> stringBytes = [] {
    std::array<quint8, 256> t {};
    for (int c = 0; c < 256; ++c)
        t[c] = c < 0x20 ? Control : c >= 0x80 ? NonAscii : c == '"' ? Quote : c == '\\' ? Backslash : Plain;
    return t;
}();

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(ewb::JsonParser)

public:
    Parser(QByteArrayView in, const JsonParseOptions &options) : m_in(in), m_options(options) { }

    bool parseDocument(JsonValue &out)
    {
        if (m_in.startsWith("\xEF\xBB\xBF"))
            return fail(0, QStringLiteral("json.bom"),
                tr("the text starts with a byte-order mark, which the API rejects "
                   "as invalid JSON; save it as UTF-8 without BOM"));
        skipSpace();
        if (m_pos >= m_in.size())
            return fail(m_pos, QStringLiteral("json.empty"),
                m_in.isEmpty() ? tr("the input is empty") : tr("the input holds only white space"));
        if (!parseValue(out, 0))
            return false;
        skipSpace();
        if (m_pos < m_in.size())
            return fail(m_pos, QStringLiteral("json.trailing"),
                tr("unexpected text after the end of the JSON value"));
        return true;
    }

    JsonSyntaxError error;

private:
    bool fail(qsizetype at, const QString &code, const QString &what)
    {
        const utf8::TextPosition pos = utf8::positionOf(m_in, at);
        error.code = code;
        error.offset = at;
        error.line = pos.line;
        error.column = pos.column;
        error.message = tr("line %1, column %2: %3").arg(pos.line).arg(pos.column).arg(what);
        return false;
    }

    bool failUnexpected(const QString &expected)
    {
        if (m_pos >= m_in.size())
            return fail(m_pos, QStringLiteral("json.truncated"),
                tr("the text ends early: expected %1").arg(expected));
        const quint8 c = quint8(m_in[m_pos]);
        QString seen;
        if (c >= 0x80)
            return failUtf8OrSyntax(expected);
        if (c < 0x20)
            seen = tr("control character 0x%1").arg(c, 2, 16, QLatin1Char('0'));
        else
            seen = QStringLiteral("'%1'").arg(QLatin1Char(char(c)));
        return fail(m_pos, QStringLiteral("json.syntax"), tr("expected %1 but found %2").arg(expected, seen));
    }

    bool failUtf8OrSyntax(const QString &expected)
    {
        if (utf8::sequenceLength(m_in, m_pos) == 0)
            return failUtf8(m_pos);
        return fail(m_pos, QStringLiteral("json.syntax"),
            tr("expected %1 but found a non-ASCII character").arg(expected));
    }

    bool failUtf8(qsizetype at)
    {
        return fail(at, QStringLiteral("json.utf8"),
            tr("byte 0x%1 is not valid UTF-8; JSON is UTF-8 text (was the "
               "file saved as Latin-1 or Windows-1252?)")
                .arg(quint8(m_in[at]), 2, 16, QLatin1Char('0')));
    }

    void skipSpace()
    {
        while (m_pos < m_in.size()) {
            const char c = m_in[m_pos];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                return;
            ++m_pos;
        }
    }

    bool consumeWord(QByteArrayView word)
    {
        if (m_in.sliced(m_pos).startsWith(word)) {
            m_pos += word.size();
            return true;
        }
        return false;
    }

    bool parseValue(JsonValue &out, int depth)
    {
        if (m_pos >= m_in.size())
            return failUnexpected(tr("a value"));
        switch (m_in[m_pos]) {
        case '{': return parseObject(out, depth + 1);
        case '[': return parseArray(out, depth + 1);
        case '"': {
            QString s;
            if (!parseString(s))
                return false;
            out = JsonValue(std::move(s));
            return true;
        }
        case 't':
            if (consumeWord("true")) {
                out = JsonValue(true);
                return true;
            }
            break;
        case 'f':
            if (consumeWord("false")) {
                out = JsonValue(false);
                return true;
            }
            break;
        case 'n':
            if (consumeWord("null")) {
                out = JsonValue();
                return true;
            }
            break;
        default:
            if (m_in[m_pos] == '-' || (m_in[m_pos] >= '0' && m_in[m_pos] <= '9'))
                return parseNumber(out);
            break;
        }
        if (m_in[m_pos] == '\'')
            return fail(m_pos, QStringLiteral("json.syntax"),
                tr("strings must use double quotes, not single quotes"));
        return failUnexpected(tr("a value"));
    }

    bool checkDepth(int depth)
    {
        if (depth <= m_options.maxDepth)
            return true;
        return fail(m_pos, QStringLiteral("json.depth"),
            tr("the JSON nests deeper than %1 levels; no real payload does, so "
               "it is refused")
                .arg(m_options.maxDepth));
    }

    bool parseObject(JsonValue &out, int depth)
    {
        if (!checkDepth(depth))
            return false;
        ++m_pos; // '{'
        skipSpace();
        if (m_pos < m_in.size() && m_in[m_pos] == '}') {
            ++m_pos;
            out = JsonValue(JsonObject());
            return true;
        }
        std::vector<JsonObject::Member> &members = scratch().members;
        const size_t base = members.size();
        // Whatever way this returns, the scratch is back as it was.
        const auto restore = qScopeGuard([&] { members.resize(base); });
        for (;;) {
            skipSpace();
            if (m_pos >= m_in.size() || m_in[m_pos] != '"') {
                if (m_pos < m_in.size() && m_in[m_pos] == '}')
                    return fail(m_pos, QStringLiteral("json.syntax"), tr("trailing comma before '}'"));
                return failUnexpected(tr("a member name in double quotes"));
            }
            QString key;
            if (!parseString(key, true))
                return false;
            skipSpace();
            if (m_pos >= m_in.size() || m_in[m_pos] != ':')
                return failUnexpected(tr("':' after the member name"));
            ++m_pos;
            skipSpace();
            JsonValue value;
            if (!parseValue(value, depth))
                return false;
            members.emplace_back(std::move(key), std::move(value));
            skipSpace();
            if (m_pos < m_in.size() && m_in[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_in.size() && m_in[m_pos] == '}') {
                ++m_pos;
                JsonObject object;
                object.members().assign(std::make_move_iterator(members.begin() + qsizetype(base)),
                    std::make_move_iterator(members.end()));
                out = JsonValue(std::move(object));
                return true;
            }
            return failUnexpected(tr("',' or '}' after an object member"));
        }
    }

    bool parseArray(JsonValue &out, int depth)
    {
        if (!checkDepth(depth))
            return false;
        ++m_pos; // '['
        skipSpace();
        if (m_pos < m_in.size() && m_in[m_pos] == ']') {
            ++m_pos;
            out = JsonValue(JsonArray());
            return true;
        }
        std::vector<JsonValue> &elements = scratch().elements;
        const size_t base = elements.size();
        const auto restore = qScopeGuard([&] { elements.resize(base); });
        for (;;) {
            skipSpace();
            if (m_pos < m_in.size() && m_in[m_pos] == ']')
                return fail(m_pos, QStringLiteral("json.syntax"), tr("trailing comma before ']'"));
            JsonValue value;
            if (!parseValue(value, depth))
                return false;
            elements.push_back(std::move(value));
            skipSpace();
            if (m_pos < m_in.size() && m_in[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_in.size() && m_in[m_pos] == ']') {
                ++m_pos;
                out = JsonValue(JsonArray(std::make_move_iterator(elements.begin() + qsizetype(base)),
                    std::make_move_iterator(elements.end())));
                return true;
            }
            return failUnexpected(tr("',' or ']' after an array element"));
        }
    }

    bool parseNumber(JsonValue &out)
    {
        const qsizetype start = m_pos;
        const auto digit = [&] { return m_pos < m_in.size() && m_in[m_pos] >= '0' && m_in[m_pos] <= '9'; };
        if (m_in[m_pos] == '-')
            ++m_pos;
        if (!digit())
            return failUnexpected(tr("a digit"));
        if (m_in[m_pos] == '0') {
            ++m_pos;
            if (digit())
                return fail(
                    m_pos - 1, QStringLiteral("json.syntax"), tr("numbers may not have leading zeros"));
        } else {
            while (digit())
                ++m_pos;
        }
        if (m_pos < m_in.size() && m_in[m_pos] == '.') {
            ++m_pos;
            if (!digit())
                return failUnexpected(tr("a digit after the decimal point"));
            while (digit())
                ++m_pos;
        }
        if (m_pos < m_in.size() && (m_in[m_pos] == 'e' || m_in[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_in.size() && (m_in[m_pos] == '+' || m_in[m_pos] == '-'))
                ++m_pos;
            if (!digit())
                return failUnexpected(tr("a digit in the exponent"));
            while (digit())
                ++m_pos;
        }
        out = JsonValue::fromNumberLiteral(QString::fromLatin1(m_in.sliced(start, m_pos - start)));
        return true;
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool parseHex4(char16_t &unit)
    {
        if (m_pos + 4 > m_in.size())
            return fail(m_pos, QStringLiteral("json.truncated"), tr("the text ends inside a \\u escape"));
        int v = 0;
        for (int k = 0; k < 4; ++k) {
            const int h = hexValue(m_in[m_pos + k]);
            if (h < 0)
                return fail(m_pos + k, QStringLiteral("json.syntax"),
                    tr("a \\u escape needs four hexadecimal digits"));
            v = v * 16 + h;
        }
        m_pos += 4;
        unit = char16_t(v);
        return true;
    }

    // Member names repeat across the calls of a batch ("type", "userId", "properties"...). A small
    // cache of recent names, looked up by their bytes, hands out a shared QString instead of
    // decoding and allocating the same name again: a third of a 500 KB batch's parse time.
    bool cachedKey(QByteArrayView bytes, QString &out)
    {
        if (bytes.size() > 32 || bytes.isEmpty())
            return false;
        const auto first = quint8(bytes.front());
        const auto last = quint8(bytes.back());
        KeyCache &cache = keyCache();
        const size_t slot = (size_t(bytes.size()) * 131 + first * 31 + last) % cache.bytes.size();
        if (cache.bytes[slot] == bytes) {
            out = cache.strings[slot];
            return true;
        }
        cache.bytes[slot] = bytes.toByteArray();
        out = cache.strings[slot] = decodeUtf8(bytes);
        return true;
    }

    bool parseString(QString &out, bool isKey = false)
    {
        const qsizetype open = m_pos;
        ++m_pos; // '"'
        // Fast path: a run without escapes is decoded in one go.
        qsizetype runStart = m_pos;
        bool ascii = true; // so far in this run: then it decodes as Latin-1, without UTF-8's checks
        QString result;
        const char *data = m_in.data();
        const qsizetype n = m_in.size();
        for (;;) {
            while (m_pos + 8 <= n && plainrun::eightPlainBytes(data + m_pos))
                m_pos += 8;
            while (m_pos < n && stringBytes[quint8(data[m_pos])] == Plain)
                ++m_pos;
            if (m_pos >= n)
                return fail(open, QStringLiteral("json.truncated"), tr("this string is never closed"));
            const quint8 c = quint8(data[m_pos]);
            switch (stringBytes[c]) {
            case Quote: {
                const QByteArrayView run = m_in.sliced(runStart, m_pos - runStart);
                if (!result.isEmpty())
                    out = result + decodeRun(run, ascii);
                else if (!isKey || !cachedKey(run, out))
                    out = decodeRun(run, ascii);
                ++m_pos;
                return true;
            }
            case Control:
                return fail(m_pos, QStringLiteral("json.syntax"),
                    c == '\n' ? tr("line break inside a string; write it as \\n")
                              : tr("control character 0x%1 inside a string; "
                                   "escape it as \\u00%1")
                                    .arg(c, 2, 16, QLatin1Char('0')));
            case NonAscii: {
                const int len = utf8::sequenceLength(m_in, m_pos);
                if (len == 0)
                    return failUtf8(m_pos);
                m_pos += len;
                ascii = false;
                continue;
            }
            default: break; // a backslash
            }
            result += decodeRun(m_in.sliced(runStart, m_pos - runStart), ascii);
            ascii = true;
            ++m_pos;
            if (m_pos >= m_in.size())
                return fail(open, QStringLiteral("json.truncated"), tr("this string is never closed"));
            const char e = m_in[m_pos++];
            switch (e) {
            case '"': result += QLatin1Char('"'); break;
            case '\\': result += QLatin1Char('\\'); break;
            case '/': result += QLatin1Char('/'); break;
            case 'b': result += QLatin1Char('\b'); break;
            case 'f': result += QLatin1Char('\f'); break;
            case 'n': result += QLatin1Char('\n'); break;
            case 'r': result += QLatin1Char('\r'); break;
            case 't': result += QLatin1Char('\t'); break;
            case 'u': {
                char16_t unit = 0;
                if (!parseHex4(unit))
                    return false;
                // Lone surrogates are legal JSON; they are kept and written back escaped.
                result += QChar(unit);
                break;
            }
            default:
                return fail(m_pos - 2, QStringLiteral("json.syntax"),
                    tr("unknown escape '\\%1' in a string")
                        .arg(QLatin1Char(e >= 0x20 && e < 0x7f ? e : '?')));
            }
            runStart = m_pos;
        }
    }

    // A run of a string between escapes, already checked: ASCII is Latin-1, the rest UTF-8 (where
    // the decoder keeps a byte-order mark inside a string as U+FEFF).
    static QString decodeRun(QByteArrayView run, bool ascii)
    {
        return ascii ? QString::fromLatin1(run) : decodeUtf8(run);
    }

    QByteArrayView m_in;
    JsonParseOptions m_options;
    qsizetype m_pos = 0;
};

} // namespace

Result<JsonValue> parseJson(QByteArrayView utf8, const JsonParseOptions &options, JsonSyntaxError *where)
{
    Parser parser(utf8, options);
    JsonValue value;
    const bool parsed = parser.parseDocument(value);
    trimScratch();
    if (parsed)
        return value;
    if (where)
        *where = parser.error;
    return parser.error.toError();
}

} // namespace ewb
