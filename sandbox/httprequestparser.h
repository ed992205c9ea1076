// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "httprequest.h"

#include <QByteArray>

namespace ewb {

// How much a request may hold before it is refused. A request past a limit is answered from what
// was read so far, so a huge body is refused from its Content-Length without being read.
struct HttpParserLimits
{
    qsizetype maxHeaderBytes = 16 * 1024; // request line + header fields (and chunked trailers)
    int maxHeaderCount = 100; // header fields and chunked trailer fields together
    qsizetype maxBodyBytes = 1024 * 1024; // after de-chunking
    // RFC 9112 2.2 asks a server to skip at least one empty line before a request line (some
    // clients send a stray CR LF after a body); a stream of them is no request: 400 past this many.
    int maxEmptyLinesBeforeRequest = 8;
};

// An incremental HTTP/1.x request parser: feed it bytes as they arrive, in pieces of any size,
// and it reports each request of a keep-alive or pipelined stream in turn. Pure (no sockets, no
// clock), so every split of the input can be tested offline.
//
//   parser.append(bytes);
//   for (;;) switch (parser.advance()) {
//     NeedMore: wait for bytes; HeadReady: the head is in current(), the body follows;
//     RequestReady: takeRequest(); Failed: answer failure() and close the connection. }
class HttpRequestParser
{
public:
    enum class Step {
        NeedMore, // everything buffered is consumed; append more bytes
        HeadReady, // request line and headers parsed (reported once per request)
        RequestReady, // a whole request is ready: takeRequest()
        Failed, // the stream is broken; failure() says how; nothing more is parsed
    };

    struct Failure
    {
        int status = 400; // the HTTP answer: 400, 413, 414, 431, 501, 505
        QString message; // for the response body and logs
    };

    explicit HttpRequestParser(HttpParserLimits limits = {});

    void append(QByteArrayView data);
    Step advance();

    // The request being parsed: after HeadReady, its line and headers (body still empty).
    const HttpRequest &current() const { return m_request; }
    // Whether the current request has body bytes still to come.
    bool expectsMoreBody() const;
    // After RequestReady: the request; the parser moves on to the next one.
    HttpRequest takeRequest();
    const Failure &failure() const { return m_failure; }

    // True when a request has started arriving but is not complete (an idle timeout then answers
    // 408 instead of closing quietly).
    bool inMiddleOfRequest() const;
    // True from the first byte of a request on, an empty line before it included (the server's
    // deadlines count from here).
    bool requestStarted() const { return m_emptyLines > 0 || inMiddleOfRequest(); }
    qsizetype bufferedBytes() const { return m_buffer.size() - m_pos; }

private:
    enum class State {
        RequestLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Complete,
        Failed
    };

    Step fail(int status, QString message);
    // A line without its CR LF (bare LF is accepted too), or nullopt-like empty with ok=false
    // when no full line is buffered yet.
    bool takeLine(QByteArray &line, qsizetype maxLength, bool &tooLong);
    Step skipEmptyLines();
    Step parseRequestLine(const QByteArray &line);
    Step parseFieldLine(const QByteArray &line);
    Step finishHead();
    void compact();

    HttpParserLimits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    State m_state = State::RequestLine;
    HttpRequest m_request;
    Failure m_failure;
    qsizetype m_headBytes = 0; // request line, header fields and trailer fields
    int m_fieldCount = 0; // header fields and trailer fields
    int m_emptyLines = 0; // skipped before this request's line
    qsizetype m_lineScanned = 0; // bytes of the request line from m_pos already checked for control bytes
    qsizetype m_remaining = 0; // body or chunk bytes still to read
    bool m_headReported = false;
};

} // namespace ewb
