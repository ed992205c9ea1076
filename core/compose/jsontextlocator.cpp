// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "jsontextlocator.h"

#include <QList>

namespace ewb {

namespace {

QList<QString> pointerTokens(QStringView pointer)
{
    QList<QString> tokens;
    if (pointer.isEmpty())
        return tokens;
    for (QStringView part : pointer.mid(1).split(u'/')) {
        QString token = part.toString();
        token.replace(QStringLiteral("~1"), QStringLiteral("/"));
        token.replace(QStringLiteral("~0"), QStringLiteral("~"));
        tokens.append(token);
    }
    return tokens;
}

// A forgiving scanner: it never fails, it stops.
class Scanner
{
public:
    explicit Scanner(QStringView text) : m_text(text) { }

    qsizetype pos() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text[m_pos]; }
    void advance() { ++m_pos; }

    void skipSpace()
    {
        while (!atEnd()) {
            const QChar c = m_text[m_pos];
            if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r')
                return;
            ++m_pos;
        }
    }

    // At a '"': reads the string, decoding the escapes a key may use.
    QString readString()
    {
        QString out;
        ++m_pos; // opening quote
        while (!atEnd()) {
            const QChar c = m_text[m_pos++];
            if (c == u'"')
                return out;
            if (c != u'\\') {
                out.append(c);
                continue;
            }
            if (atEnd())
                break;
            const QChar e = m_text[m_pos++];
            switch (e.unicode()) {
            case 'n': out.append(u'\n'); break;
            case 't': out.append(u'\t'); break;
            case 'r': out.append(u'\r'); break;
            case 'b': out.append(u'\b'); break;
            case 'f': out.append(u'\f'); break;
            case 'u': {
                bool ok = false;
                const uint code = m_text.mid(m_pos, 4).toUInt(&ok, 16);
                if (ok)
                    out.append(QChar(char16_t(code)));
                m_pos += 4;
                break;
            }
            default: out.append(e); break;
            }
        }
        return out;
    }

    // Skips one value of any kind; false when the text is broken here.
    bool skipValue()
    {
        skipSpace();
        if (atEnd())
            return false;
        const QChar c = peek();
        if (c == u'"') {
            readString();
            return true;
        }
        if (c == u'{' || c == u'[')
            return skipContainer();
        const qsizetype start = m_pos;
        while (!atEnd()) {
            const QChar d = peek();
            if (d == u',' || d == u'}' || d == u']' || d == u' ' || d == u'\n' || d == u'\r' || d == u'\t')
                break;
            ++m_pos;
        }
        return m_pos > start;
    }

    // Skips the member or element value at hand and the comma after it; false when there is no
    // next one (the container ends here, or the text is broken).
    bool skipToNext()
    {
        if (!skipValue())
            return false;
        skipSpace();
        if (peek() != u',')
            return false;
        advance();
        return true;
    }

private:
    // Brackets balanced, strings skipped whole: faster than a full descent and just as right for
    // finding where a container ends.
    bool skipContainer()
    {
        int depth = 0;
        while (!atEnd()) {
            const QChar c = peek();
            if (c == u'"') {
                readString();
                continue;
            }
            ++m_pos;
            if (c == u'{' || c == u'[')
                ++depth;
            else if (c == u'}' || c == u']') {
                if (--depth == 0)
                    return true;
            }
        }
        return false;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
};

TextRange valueRange(Scanner &s, qsizetype start)
{
    Scanner copy = s;
    if (!copy.skipValue())
        return {start, 1, true};
    return {start, copy.pos() - start, true};
}

} // namespace

TextRange locateJsonPointer(QStringView text, QStringView pointer)
{
    const QList<QString> tokens = pointerTokens(pointer);
    Scanner s(text);
    s.skipSpace();
    if (s.atEnd())
        return {};
    TextRange best {s.pos(), 1, false};
    for (const QString &token : tokens) {
        s.skipSpace();
        const QChar open = s.peek();
        bool found = false;
        if (open == u'{') {
            s.advance();
            while (true) {
                s.skipSpace();
                if (s.peek() != u'"')
                    break;
                const qsizetype keyStart = s.pos();
                const QString key = s.readString();
                s.skipSpace();
                if (s.peek() != u':')
                    break;
                s.advance();
                s.skipSpace();
                if (key == token) {
                    // Later duplicates win, as in the parser; keep looking only cheaply: the
                    // first match is what a person reads, and duplicates are diagnosed anyway.
                    best = {keyStart, s.pos() - keyStart, false};
                    found = true;
                    break;
                }
                if (!s.skipToNext())
                    break;
            }
        } else if (open == u'[') {
            bool isIndex = false;
            const qsizetype wanted = token.toLongLong(&isIndex);
            s.advance();
            for (qsizetype i = 0; isIndex; ++i) {
                s.skipSpace();
                if (s.peek() == u']' || s.atEnd())
                    break;
                if (i == wanted) {
                    best = {s.pos(), 1, false};
                    found = true;
                    break;
                }
                if (!s.skipToNext())
                    break;
            }
        }
        if (!found)
            return best;
    }
    s.skipSpace();
    if (s.atEnd())
        return best;
    return valueRange(s, s.pos());
}

qsizetype utf16OffsetOfUtf8(QStringView text, qsizetype utf8Offset)
{
    qsizetype bytes = 0;
    qsizetype i = 0;
    while (i < text.size() && bytes < utf8Offset) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text[i + 1].unicode())) {
            bytes += 4;
            i += 2;
            continue;
        }
        bytes += c < 0x80 ? 1 : (c < 0x800 ? 2 : 3);
        ++i;
    }
    return i;
}

} // namespace ewb
