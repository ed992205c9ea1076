// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "httprequestparser.h"

#include <QUrl>

namespace ewb {

namespace {

// RFC 9110 token characters: what a method or a header field name may hold.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~': return true;
    default: return false;
    }
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

constexpr qsizetype maxChunkSizeLine = 1024;
// Past this many consumed bytes the buffer is compacted, so a long keep-alive stream does not
// keep everything it ever received.
constexpr qsizetype compactThreshold = 64 * 1024;

} // namespace

HttpRequestParser::HttpRequestParser(HttpParserLimits limits) : m_limits(limits) { }

void HttpRequestParser::append(QByteArrayView data)
{
    if (m_state == State::Failed)
        return;
    compact();
    m_buffer.append(data);
}

void HttpRequestParser::compact()
{
    if (m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    } else if (m_pos > compactThreshold) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
}

bool HttpRequestParser::expectsMoreBody() const
{
    switch (m_state) {
    case State::Body: return m_remaining > 0;
    case State::ChunkSize:
    case State::ChunkData:
    case State::ChunkDataEnd:
    case State::Trailers: return true;
    default: return false;
    }
}

bool HttpRequestParser::inMiddleOfRequest() const
{
    return m_state != State::RequestLine || bufferedBytes() > 0;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest request = std::move(m_request);
    m_request = HttpRequest();
    m_state = State::RequestLine;
    m_headBytes = 0;
    m_fieldCount = 0;
    m_emptyLines = 0;
    m_lineScanned = 0;
    m_remaining = 0;
    m_headReported = false;
    compact();
    return request;
}

HttpRequestParser::Step HttpRequestParser::fail(int status, QString message)
{
    m_state = State::Failed;
    m_failure = Failure {status, std::move(message)};
    m_buffer.clear();
    m_pos = 0;
    return Step::Failed;
}

bool HttpRequestParser::takeLine(QByteArray &line, qsizetype maxLength, bool &tooLong)
{
    tooLong = false;
    const qsizetype end = m_buffer.indexOf('\n', m_pos);
    if (end < 0) {
        // +1: a CR may be waiting for its LF
        tooLong = m_buffer.size() - m_pos > maxLength + 1;
        return false;
    }
    qsizetype length = end - m_pos;
    if (length > 0 && m_buffer.at(end - 1) == '\r')
        --length;
    if (length > maxLength) {
        tooLong = true;
        return false;
    }
    line = m_buffer.mid(m_pos, length);
    m_pos = end + 1;
    return true;
}

HttpRequestParser::Step HttpRequestParser::advance()
{
    for (;;) {
        QByteArray line;
        bool tooLong = false;
        switch (m_state) {
        case State::RequestLine: {
            if (const Step step = skipEmptyLines(); step != Step::RequestReady)
                return step;
            // No request line holds a control byte: what does (a TLS handshake on the plain port,
            // a binary protocol) is answered at once, not after the idle time. Only within the
            // line's limit, so that the answer (400 here, 414 past it) never depends on how the
            // bytes arrive; and each byte once, however small the pieces.
            for (qsizetype i = m_pos + m_lineScanned;
                 i < std::min(m_buffer.size(), m_pos + m_limits.maxHeaderBytes) && m_buffer.at(i) != '\n';
                 ++i) {
                const auto byte = static_cast<unsigned char>(m_buffer.at(i));
                if ((byte < 0x20 && byte != '\r') || byte == 0x7f)
                    return fail(400,
                        QStringLiteral(
                            "This is not an HTTP request (a control byte 0x%1 in the request line; "
                            "TLS to a plain-HTTP port?).")
                            .arg(byte, 2, 16, QLatin1Char('0')));
                m_lineScanned = i + 1 - m_pos;
            }
            if (!takeLine(line, m_limits.maxHeaderBytes, tooLong)) {
                if (tooLong)
                    return fail(414,
                        QStringLiteral("The request line is longer than %1 bytes.")
                            .arg(m_limits.maxHeaderBytes));
                return Step::NeedMore;
            }
            m_headBytes = line.size() + 2;
            m_lineScanned = 0;
            if (const Step step = parseRequestLine(line); step == Step::Failed)
                return step;
            m_state = State::Headers;
            break;
        }
        case State::Headers:
        case State::Trailers: {
            const qsizetype room = m_limits.maxHeaderBytes - m_headBytes - 2; // 2: the line's CR LF
            if (room < 0 || !takeLine(line, std::max<qsizetype>(room, 0), tooLong)) {
                if (tooLong || room < 0)
                    return fail(431,
                        QStringLiteral("The request's header fields are larger than %1 bytes.")
                            .arg(m_limits.maxHeaderBytes));
                return Step::NeedMore;
            }
            m_headBytes += line.size() + 2;
            if (line.isEmpty()) {
                if (m_state == State::Trailers) {
                    m_state = State::Complete;
                    break;
                }
                return finishHead();
            }
            if (const Step step = parseFieldLine(line); step == Step::Failed)
                return step;
            if (++m_fieldCount > m_limits.maxHeaderCount)
                return fail(431,
                    QStringLiteral("The request has more than %1 header fields (trailers included).")
                        .arg(m_limits.maxHeaderCount));
            break;
        }
        case State::Body:
        case State::ChunkData: {
            const qsizetype n = std::min(m_remaining, bufferedBytes());
            m_request.body.append(m_buffer.constData() + m_pos, n);
            m_pos += n;
            m_remaining -= n;
            if (m_remaining > 0)
                return Step::NeedMore;
            m_state = m_state == State::Body ? State::Complete : State::ChunkDataEnd;
            break;
        }
        case State::ChunkSize: {
            if (!takeLine(line, maxChunkSizeLine, tooLong)) {
                if (tooLong)
                    return fail(400,
                        QStringLiteral("A chunk-size line is longer than %1 bytes.").arg(maxChunkSizeLine));
                return Step::NeedMore;
            }
            const qsizetype semicolon = line.indexOf(';');
            const QByteArray digits = (semicolon < 0 ? line : line.left(semicolon)).trimmed();
            if (digits.isEmpty())
                return fail(400, QStringLiteral("A chunk has no size."));
            qsizetype size = 0;
            const qsizetype room = m_limits.maxBodyBytes - m_request.body.size();
            for (char c : digits) {
                const int digit = hexValue(c);
                if (digit < 0)
                    return fail(400, QStringLiteral("A chunk size is not a hexadecimal number."));
                size = size * 16 + digit;
                if (size > room)
                    return fail(413,
                        QStringLiteral("The request body is larger than %1 bytes.")
                            .arg(m_limits.maxBodyBytes));
            }
            if (size == 0) {
                m_state = State::Trailers;
            } else {
                m_remaining = size;
                m_state = State::ChunkData;
            }
            break;
        }
        case State::ChunkDataEnd:
            if (!takeLine(line, 0, tooLong)) {
                if (tooLong)
                    return fail(400, QStringLiteral("A chunk is longer than its size says."));
                return Step::NeedMore;
            }
            m_state = State::ChunkSize;
            break;
        case State::Complete: return Step::RequestReady;
        case State::Failed: return Step::Failed;
        }
    }
}

HttpRequestParser::Step HttpRequestParser::parseRequestLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || parts[1].isEmpty())
        return fail(400, QStringLiteral("The request line is not \"METHOD target HTTP/1.1\"."));
    if (!isToken(parts[0]))
        return fail(400, QStringLiteral("The request method is not a valid token."));
    const QByteArray &version = parts[2];
    if (version.size() != 8 || !version.startsWith("HTTP/") || !isDigit(version[5]) || version[6] != '.' ||
        !isDigit(version[7]))
        return fail(400, QStringLiteral("The request line does not end with an HTTP version."));
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return fail(505, QStringLiteral("Only HTTP/1.0 and HTTP/1.1 are served."));

    QByteArray target = parts[1];
    for (char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f)
            return fail(400, QStringLiteral("The request target holds a control character."));
    }
    QByteArray originForm = target;
    if (target.startsWith("http://") || target.startsWith("https://")) {
        // absolute-form, as proxies send: keep the path and query
        const qsizetype slash = target.indexOf('/', target.indexOf("://") + 3);
        originForm = slash < 0 ? QByteArray("/") : target.mid(slash);
    } else if (target != "*" && !target.startsWith('/')) {
        return fail(400, QStringLiteral("The request target is not a path."));
    }

    m_request.method = parts[0];
    m_request.target = target;
    m_request.version = version;
    const qsizetype question = originForm.indexOf('?');
    const QByteArray rawPath = question < 0 ? originForm : originForm.left(question);
    m_request.rawQuery = question < 0 ? QByteArray() : originForm.mid(question + 1);
    m_request.path = QUrl::fromPercentEncoding(rawPath);
    return Step::NeedMore;
}

HttpRequestParser::Step HttpRequestParser::skipEmptyLines()
{
    // Robustness (RFC 9112 2.2): empty lines before a request line are skipped, a few of them. A
    // CR LF counts once, a bare LF or a lone CR as a line of its own.
    while (m_pos < m_buffer.size()) {
        const char c = m_buffer.at(m_pos);
        if (c == '\r') {
            if (m_pos + 1 == m_buffer.size())
                return Step::NeedMore; // its LF may be on its way
            if (m_buffer.at(m_pos + 1) == '\n') {
                ++m_pos;
                continue;
            }
        } else if (c != '\n') {
            return Step::RequestReady; // the request line begins
        }
        ++m_pos;
        m_lineScanned = 0;
        if (++m_emptyLines > m_limits.maxEmptyLinesBeforeRequest)
            return fail(400,
                QStringLiteral("More than %1 empty lines before a request line.")
                    .arg(m_limits.maxEmptyLinesBeforeRequest));
    }
    return Step::NeedMore;
}

// A header field, or a trailer field after a chunked body (RFC 9112 7.1.2): the same syntax, the
// same refusals and the same limits for both. Trailer fields are checked, then dropped: nothing
// here needs them, and merging them into the head would let a trailer stand in for a header field
// that framing or a handler already relied on.
HttpRequestParser::Step HttpRequestParser::parseFieldLine(const QByteArray &line)
{
    const QLatin1String kind =
        m_state == State::Trailers ? QLatin1String("trailer") : QLatin1String("header");
    if (line.startsWith(' ') || line.startsWith('\t'))
        return fail(400, QStringLiteral("Folded %1 lines (obs-fold) are not accepted.").arg(kind));
    const qsizetype colon = line.indexOf(':');
    if (colon < 0)
        return fail(400, QStringLiteral("A %1 line has no ':'.").arg(kind));
    const QByteArray name = line.left(colon);
    if (!isToken(name))
        return fail(400, QStringLiteral("A %1 field name is not a valid token.").arg(kind));
    QByteArray value = line.mid(colon + 1);
    qsizetype begin = 0;
    qsizetype end = value.size();
    while (begin < end && (value[begin] == ' ' || value[begin] == '\t'))
        ++begin;
    while (end > begin && (value[end - 1] == ' ' || value[end - 1] == '\t'))
        --end;
    value = value.mid(begin, end - begin);
    for (char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return fail(400, QStringLiteral("A %1 field value holds a control character.").arg(kind));
    }
    if (m_state == State::Headers)
        m_request.headers.add(name.toLower(), std::move(value));
    return Step::NeedMore;
}

HttpRequestParser::Step HttpRequestParser::finishHead()
{
    const QList<QByteArray> transferEncodings = m_request.headers.values("transfer-encoding");
    const QList<QByteArray> contentLengths = m_request.headers.values("content-length");
    if (!transferEncodings.isEmpty()) {
        if (!contentLengths.isEmpty())
            return fail(
                400, QStringLiteral("A request may not have both Transfer-Encoding and Content-Length."));
        const QByteArray coding = transferEncodings.join(',').trimmed().toLower();
        if (coding != "chunked")
            return fail(501,
                QStringLiteral("Transfer-Encoding \"%1\" is not supported; use chunked.")
                    .arg(QString::fromLatin1(coding)));
        m_state = State::ChunkSize;
    } else if (!contentLengths.isEmpty()) {
        qsizetype length = -1;
        for (const QByteArray &field : contentLengths) {
            for (const QByteArray &item : field.split(',')) {
                const QByteArray digits = item.trimmed();
                if (digits.isEmpty())
                    return fail(400, QStringLiteral("Content-Length is empty."));
                qsizetype value = 0;
                for (char c : digits) {
                    if (!isDigit(c))
                        return fail(400, QStringLiteral("Content-Length is not a number."));
                    value = value * 10 + (c - '0');
                    if (value > m_limits.maxBodyBytes)
                        return fail(413,
                            QStringLiteral("The request body is larger than %1 bytes.")
                                .arg(m_limits.maxBodyBytes));
                }
                if (length >= 0 && value != length)
                    return fail(400, QStringLiteral("The request has differing Content-Length values."));
                length = value;
            }
        }
        m_remaining = length;
        m_state = State::Body;
    } else {
        m_state = State::Complete; // no framing: no body (RFC 9112 6.3)
    }
    return Step::HeadReady;
}

} // namespace ewb
