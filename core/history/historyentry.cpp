#include "historyentry.h"

namespace ewb {

HistoryEntry HistoryEntry::fromExchange(const OutgoingRequest &request, const HttpResult &result,
    CallType type, const QString &sourceName, const QString &environmentName, const QDateTime &sentAt)
{
    HistoryEntry e;
    e.sentAt = sentAt.toUTC();
    e.type = type;
    e.sourceName = sourceName;
    e.environmentName = environmentName;
    e.method = request.method;
    e.url = request.url.toString();
    e.requestHeaders = redactedHeaders(request.headers);
    if (request.strictMode && request.header("X-Strict-Mode").isEmpty())
        e.requestHeaders.append({QByteArray("X-Strict-Mode"), QByteArray("1")});
    e.requestBody = request.body;
    e.status = result.status;
    e.headline = result.headline;
    e.responseHeaders = result.headers;
    e.responseBody = result.body;
    if (result.timeToHeaders)
        e.timeToHeadersMs = result.timeToHeaders->count();
    e.totalMs = result.totalTime.count();
    e.bytesUp = result.bytesUp;
    e.bytesDown = result.bytesDown;
    e.attempts = int(result.attempts.size());
    return e;
}

} // namespace ewb
