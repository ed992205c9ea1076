// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

// The sandbox's HTTP/1.x request parser: the bytes a client (or anyone on the port) sends. The
// parser promises the same requests however the stream is cut into reads, so each input is parsed
// whole and in small pieces, with the server's limits and with small ones that the fuzzer reaches.
#include "fuzzcheck.h"
#include "sandbox/httprequestparser.h"

#include <QList>

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace ewb;

namespace {

struct Outcome
{
    QList<HttpRequest> requests;
    int failure = 0; // the failure's HTTP status, 0 when none
    int headsReported = 0;
    bool inMiddle = false;
};

Outcome parse(QByteArrayView input, qsizetype piece, const HttpParserLimits &limits)
{
    HttpRequestParser parser(limits);
    Outcome outcome;
    for (qsizetype at = 0; at < input.size() && !outcome.failure; at += piece) {
        parser.append(input.sliced(at, std::min(piece, input.size() - at)));
        for (bool more = true; more;) {
            switch (parser.advance()) {
            case HttpRequestParser::Step::NeedMore: more = false; break;
            case HttpRequestParser::Step::HeadReady:
                ++outcome.headsReported;
                (void)parser.expectsMoreBody();
                break;
            case HttpRequestParser::Step::RequestReady: {
                HttpRequest request = parser.takeRequest();
                fuzz::check(request.body.size() <= limits.maxBodyBytes, "a body never passes the cap");
                (void)request.keepAlive();
                (void)request.query();
                outcome.requests.append(std::move(request));
                break;
            }
            case HttpRequestParser::Step::Failed:
                outcome.failure = parser.failure().status;
                fuzz::check(!parser.failure().message.isEmpty(), "a failure says why");
                more = false;
                break;
            }
        }
    }
    outcome.inMiddle = parser.inMiddleOfRequest();
    return outcome;
}

bool sameRequest(const HttpRequest &a, const HttpRequest &b)
{
    if (a.method != b.method || a.target != b.target || a.version != b.version || a.path != b.path ||
        a.rawQuery != b.rawQuery || a.body != b.body)
        return false;
    const QList<HttpHeaders::Field> &fa = a.headers.fields();
    const QList<HttpHeaders::Field> &fb = b.headers.fields();
    return std::equal(fa.begin(), fa.end(), fb.begin(), fb.end(),
        [](const auto &x, const auto &y) { return x.name == y.name && x.value == y.value; });
}

void parseEveryWay(QByteArrayView input, qsizetype piece, const HttpParserLimits &limits)
{
    const Outcome whole = parse(input, std::max<qsizetype>(input.size(), 1), limits);
    const Outcome pieces = parse(input, piece, limits);
    fuzz::check(whole.failure == pieces.failure, "the same failure however the input is cut");
    fuzz::check(
        whole.requests.size() == pieces.requests.size(), "the same requests however the input is cut");
    for (qsizetype i = 0; i < whole.requests.size(); ++i)
        fuzz::check(sameRequest(whole.requests[i], pieces.requests[i]), "the same request however cut");
    fuzz::check(whole.headsReported == pieces.headsReported, "each head is reported once");
    if (!whole.failure)
        fuzz::check(whole.inMiddle == pieces.inMiddle, "the same idle state however cut");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input(data, qsizetype(size));
    // Pieces of 1 to 8 bytes, from the input's length: replays the same way, and varies.
    const qsizetype piece = 1 + qsizetype(size % 8);
    parseEveryWay(input, piece, HttpParserLimits {});
    HttpParserLimits small;
    small.maxHeaderBytes = 96;
    small.maxHeaderCount = 4;
    small.maxBodyBytes = 32;
    parseEveryWay(input, piece, small);
    return 0;
}
