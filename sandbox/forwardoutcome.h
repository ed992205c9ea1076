// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "json/jsonvalue.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ewb {

// What became of forwarding one recorded event to the real API (docs/sandbox.md, "Forwarding to
// Customer.io"): a value kept beside the event in the ring and the store, and updated there after
// the fact as upstream answers. Never holds a key: the upstream answer is the API's body, which
// does not echo one.
struct ForwardOutcome
{
    enum class State {
        None, // forwarding is off (or was, when the event was recorded)
        Pending, // queued, in flight, or waiting to be tried again (reason says why, after a failure)
        Forwarded, // upstream answered 2xx (status, answer)
        Failed, // upstream refused it (4xx), or it was tried until the retries ran out, or the
                // sandbox stopped first; reason and message say which. POST /_sandbox/forward/retry
                // queues it again
        Skipped, // not sent, on purpose: dropped by the sandbox, nothing to send, or the queue full
    };

    State state = State::None;
    int status = 0; // upstream's last HTTP status; 0 when none came (not sent yet, no answer)
    int attempts = 0; // requests made upstream for it so far, retries included
    QString reason; // a stable code when not forwarded: "forward.queue-full", "forward.rejected", ...
    QString message; // for a person: what happened and what to do
    QString answer; // upstream's answer body (cut to maxAnswerChars), when one came
    QDateTime at; // when this outcome was reached (UTC)

    static constexpr qsizetype maxAnswerChars = 2048;

    bool isSet() const { return state != State::None; }
    // Final: nothing more will happen to it unless it is queued again.
    bool isSettled() const
    {
        return state == State::Forwarded || state == State::Failed || state == State::Skipped;
    }
    JsonObject toJson() const;
    // Reads toJson()'s shape; nullopt for anything else (an unreadable stored value is left unset).
    static std::optional<ForwardOutcome> fromJson(const JsonValue &value);

    bool operator==(const ForwardOutcome &) const = default;
};

// "pending", "forwarded", "failed", "skipped"; "" for None.
QString forwardStateName(ForwardOutcome::State state);
std::optional<ForwardOutcome::State> forwardStateFromName(QStringView name);

} // namespace ewb
