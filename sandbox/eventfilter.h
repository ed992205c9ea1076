// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "recordedevent.h"
#include "util/result.h"

#include <QUrlQuery>

#include <optional>
#include <utility>
#include <vector>

namespace ewb {

// Which recorded events a client asks for (GET /_sandbox/events?...): a CI test looks up the events
// it expects instead of counting them. Every parameter given must hold:
//   type, event, userId, anonymousId, messageId, reason   exact, against the event or its payload
//   accepted=true|false
//   forward=none|pending|forwarded|failed|skipped   the forwarding outcome's state
//   duplicate=true|false accepted with a messageId accepted before (RecordedEvent::duplicate)
//   from, to             ISO 8601 times, inclusive, against receivedAt
//   match=POINTER=VALUE  (repeatable) the payload's value at that JSON pointer equals VALUE, read as
//                        JSON when it parses (12.5, true, "x", {"a":1}) and as text otherwise
//   search=TEXT          TEXT, in any case, in the type, messageId, reason or message, or anywhere in
//                        the payload: a member's name, a string, a number (the window's search box)
struct EventFilter
{
    std::optional<QString> type, event, userId, anonymousId, messageId, reason, search;
    std::optional<bool> accepted, duplicate;
    std::optional<ForwardOutcome::State> forward;
    std::optional<QDateTime> from, to;
    std::vector<std::pair<QString, JsonValue>> matches;

    bool isEmpty() const;
    bool accepts(const RecordedEvent &event) const;
    // A parameter that cannot be read is an error that names it (the endpoint answers 400).
    static Result<EventFilter> fromQuery(const QUrlQuery &query);
};

} // namespace ewb
