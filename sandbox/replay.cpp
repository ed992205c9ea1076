// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "replay.h"

#include "enrich.h"
#include "json/jsonwriter.h"
#include "model/payload.h"
#include "util/atomicfile.h"

namespace ewb {

namespace {

std::optional<CallType> singleCallType(QStringView name)
{
    const std::optional<CallType> type = callTypeFromName(name);
    return type == CallType::Batch ? std::nullopt : type;
}

// The call as it is to be sent again: a type when its endpoint gave it one, no receivedAt.
ReplayCall replayCall(JsonObject call, std::optional<CallType> fallback)
{
    ReplayCall out;
    const JsonValue *type = call.find(u"type");
    if (!type) {
        out.type = fallback;
        if (fallback)
            insertCanonical(call, QStringLiteral("type"), callTypeName(*fallback));
    } else if (type->isString()) {
        out.type = singleCallType(type->stringRef());
    }
    call.remove(u"receivedAt");
    out.call = std::move(call);
    return out;
}

void collect(const JsonValue &payload, QStringView fallbackType, ReplayCalls &into)
{
    if (!payload.isObject()) {
        ++into.skipped;
        return;
    }
    const JsonObject &object = payload.object();
    const JsonValue *items = object.find(u"batch");
    const bool isBatch = items && items->isArray() && (fallbackType == u"batch" || !object.contains(u"type"));
    if (!isBatch) {
        into.calls.push_back(replayCall(object, singleCallType(fallbackType)));
        return;
    }
    for (const JsonValue &item : items->array()) {
        if (!item.isObject()) {
            ++into.skipped;
            continue;
        }
        JsonObject call = item.object();
        mergeBatchDefaults(call, object);
        into.calls.push_back(replayCall(std::move(call), std::nullopt));
    }
}

} // namespace

ReplayCalls replayCalls(const JsonValue &payload, QStringView fallbackType)
{
    ReplayCalls out;
    collect(payload, fallbackType, out);
    return out;
}

ReplayCalls replayCalls(const RecordedEvent &event)
{
    return replayCalls(event.payload, event.type);
}

ReplayCalls replayCalls(const QList<RecordedEvent> &events)
{
    ReplayCalls out;
    out.calls.reserve(size_t(events.size()));
    for (const RecordedEvent &event : events)
        collect(event.payload, event.type, out);
    return out;
}

QByteArray replayJsonLines(const std::vector<ReplayCall> &calls)
{
    QByteArray out;
    out.reserve(qsizetype(calls.size()) * 512);
    for (const ReplayCall &call : calls) {
        appendJson(out, call.call); // compact: no raw line break can be inside
        out += '\n';
    }
    return out;
}

JsonObject replayRequestBody(const ReplayCall &call)
{
    JsonObject body = call.call;
    body.remove(u"messageId");
    return body;
}

std::optional<SavedRequest> replayRequest(const ReplayCall &call)
{
    if (!call.type)
        return std::nullopt;
    SavedRequest request;
    request.type = *call.type;
    request.body = replayRequestBody(call);
    request.name = suggestedRequestName(Payload(*call.type, *request.body));
    return request;
}

std::vector<SavedRequest> replayRequests(const std::vector<ReplayCall> &calls)
{
    std::vector<SavedRequest> requests;
    requests.reserve(calls.size());
    for (const ReplayCall &call : calls) {
        if (std::optional<SavedRequest> request = replayRequest(call))
            requests.push_back(std::move(*request));
    }
    return requests;
}

Status writeReplayFile(const QString &path, const std::vector<ReplayCall> &calls)
{
    return writeFileAtomically(path, replayJsonLines(calls));
}

} // namespace ewb
