// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "inspection.h"

#include "eventfilter.h"
#include "json/jsonwriter.h"
#include "replay.h"

namespace ewb {

namespace {
constexpr int defaultLimit = 1000;
constexpr int maxLimit = 10000;
} // namespace

HttpResponse sandboxError(int status, const QString &message)
{
    JsonObject body;
    body.insert(QStringLiteral("error"), message);
    return HttpResponse::json(status, writeJson(body));
}

HttpResponse eventsResponse(const EventRing &ring, const HttpRequest &request)
{
    const QUrlQuery query = request.query();
    int limit = defaultLimit;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > maxLimit)
            return sandboxError(
                400, QStringLiteral("limit must be a whole number from 1 to %1.").arg(maxLimit));
    }
    Result<EventFilter> filter = EventFilter::fromQuery(query);
    if (!filter)
        return sandboxError(400, filter.error().message);
    const QString format = query.queryItemValue(QStringLiteral("format"));
    if (query.hasQueryItem(QStringLiteral("format")) && format != u"json" && format != u"jsonl")
        return sandboxError(400,
            QStringLiteral("format is json (the default) or jsonl (the calls, one a line, for ewb backfill), "
                           "not \"%1\".")
                .arg(format.left(40)));
    bool more = false;
    QList<RecordedEvent> events;
    qint64 since = -1;
    if (query.hasQueryItem(QStringLiteral("since"))) {
        bool ok = false;
        since = query.queryItemValue(QStringLiteral("since")).toLongLong(&ok);
        if (!ok || since < 0)
            return sandboxError(
                400, QStringLiteral("since must be an event id (a whole number, 0 for the first)."));
    }
    if (!filter->isEmpty())
        events = ring.select(
            since, limit, [&](const RecordedEvent &e) { return filter->accepts(e); }, &more);
    else if (since >= 0)
        events = ring.since(since, limit, &more);
    else
        events = ring.recent(limit, &more);
    if (format == u"jsonl") {
        // The calls to send again (replay.h). The lines carry no event ids: where paging goes on,
        // and what had no call in it, is in the headers.
        const ReplayCalls calls = replayCalls(events);
        HttpResponse response =
            HttpResponse::withBody(200, replayJsonLines(calls.calls), "application/x-ndjson");
        response.headers.set("X-Sandbox-Next-Since",
            QByteArray::number(events.isEmpty() ? (since >= 0 ? since : ring.lastId()) : events.last().id));
        response.headers.set("X-Sandbox-More", more ? "true" : "false");
        response.headers.set("X-Sandbox-Skipped", QByteArray::number(calls.skipped));
        return response;
    }
    QByteArray body;
    body.reserve(events.size() * 512 + 64);
    body += "{\"events\":[";
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (i)
            body += ',';
        appendJson(body, events[i].toJson());
    }
    body +=
        "],\"lastId\":" + QByteArray::number(ring.lastId()) + ",\"more\":" + (more ? "true" : "false") + '}';
    return HttpResponse::json(200, std::move(body));
}

HttpResponse statsResponse(const EventRing &ring, qint64 requests, const FaultPlan &faults,
    const MetricsSeen &metrics, const std::optional<ForwardStatus> &forward)
{
    const EventStats &stats = ring.stats();
    JsonObject reasons;
    for (auto it = stats.droppedByReason.cbegin(); it != stats.droppedByReason.cend(); ++it)
        reasons.insert(it.key(), JsonValue(it.value()));
    JsonObject ringInfo;
    ringInfo.insert(QStringLiteral("size"), JsonValue(qint64(ring.size())));
    ringInfo.insert(QStringLiteral("capacity"), ring.capacity());
    ringInfo.insert(QStringLiteral("lastId"), JsonValue(ring.lastId()));
    JsonObject body;
    body.insert(QStringLiteral("requests"), JsonValue(requests));
    body.insert(QStringLiteral("total"), JsonValue(stats.total));
    body.insert(QStringLiteral("accepted"), JsonValue(stats.accepted));
    body.insert(QStringLiteral("dropped"), JsonValue(stats.dropped));
    body.insert(QStringLiteral("duplicates"), JsonValue(stats.duplicates));
    body.insert(QStringLiteral("droppedByReason"), std::move(reasons));
    body.insert(QStringLiteral("ring"), std::move(ringInfo));
    body.insert(QStringLiteral("faults"), faults.toJson());
    JsonObject metricsInfo;
    metricsInfo.insert(QStringLiteral("requests"), JsonValue(metrics.requests));
    metricsInfo.insert(QStringLiteral("series"), JsonValue(metrics.series));
    body.insert(QStringLiteral("metrics"), std::move(metricsInfo));
    JsonObject forwarding;
    forwarding.insert(QStringLiteral("enabled"), forward.has_value());
    if (forward) {
        forwarding.insert(QStringLiteral("target"), forward->target);
        forwarding.insert(QStringLiteral("url"), forward->baseUrl.toString(QUrl::RemoveUserInfo));
        forwarding.insert(QStringLiteral("forwardDropped"), forward->forwardDropped);
    }
    const int queued = forward ? forward->queued : 0;
    const int inFlight = forward ? forward->inFlight : 0;
    forwarding.insert(QStringLiteral("pending"), queued + inFlight);
    forwarding.insert(QStringLiteral("queued"), queued);
    forwarding.insert(QStringLiteral("inFlight"), inFlight);
    forwarding.insert(QStringLiteral("forwarded"), JsonValue(stats.forwarded));
    forwarding.insert(QStringLiteral("failed"), JsonValue(stats.forwardFailed));
    forwarding.insert(QStringLiteral("skipped"), JsonValue(stats.forwardSkipped));
    if (forward) {
        forwarding.insert(QStringLiteral("queueCapacity"), forward->capacity);
        forwarding.insert(QStringLiteral("paused"), forward->paused);
    }
    body.insert(QStringLiteral("forward"), std::move(forwarding));
    return HttpResponse::json(200, writeJson(body));
}

} // namespace ewb
