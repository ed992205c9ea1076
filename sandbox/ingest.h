// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "model/calltype.h"
#include "recordedevent.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace ewb {

// One call to an ingestion endpoint, as the router hands it over: body already decompressed.
struct IngestRequest
{
    QString path; // "/v1/t": recorded with each event
    CallType endpoint = CallType::Track;
    QByteArray body;
    // The Authorization header's key: nullopt when there was no header, "" when it was unreadable.
    std::optional<QString> headerKey;
    bool strict = false; // X-Strict-Mode: 1
    QDateTime receivedAt;
};

// Takes each call's event (batch item), accepted or dropped, its status set and its id not yet,
// as soon as it is judged: a batch of 170,000 empty calls is never held as 170,000 events at once.
using EventSink = std::function<void(RecordedEvent event)>;

// What the sandbox answers.
struct IngestOutcome
{
    int status = 200;
    QByteArray body; // "{}" or {"meta":{"errors":[...]}}
    int accepted = 0;
    int dropped = 0;
    QString firstReason; // of the first dropped call, for the log; empty when none was
};

// The API's behaviour for one request, as ../shared/api/REFERENCE.md describes it: the key (Basic
// auth or body writeKey), invalid JSON (400), the core's validation and size rules (dropped with a
// reason when permissive; 400 with {"meta":{"errors":[...]}} when strict; 401 for a bad key when
// strict), and the fields the server adds on acceptance. Pure: no sockets, no clock.
//
// Batches [ours]: when permissive, invalid items are dropped and the others accepted; when strict,
// any error rejects the whole request and every item is recorded as dropped.
IngestOutcome ingest(
    const IngestRequest &request, const QStringList &configuredKeys, const EventSink &record);

// The API's error body: {"meta":{"errors":[...]}}.
QByteArray apiErrorBody(const QStringList &errors);

} // namespace ewb
