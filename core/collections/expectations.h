// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "json/jsonvalue.h"
#include "util/result.h"

#include <QStringList>

#include <optional>

namespace ewb {

// What a saved request expects when it is run (`ewb run`, the Runner view): declarative checks
// stored in its file under "expect", so they diff and review like the request. A value.
//
//   "expect": {"status": 200,            // or "2xx" (the default), "4xx", or [200, 202]
//              "validation": "clean",     // the default: no validation errors, else it is not sent;
//                                         // "any" sends it whatever the validator says
//              "maxBytes": 30000,         // the body as sent, at most this many bytes
//              "recorded": "accepted",    // against a sandbox: every call recorded accepted (the
//                                         // default there), or "dropped" (a negative test) ...
//              "reason": "track.event.missing"}  // ... with this reason
struct Expectations
{
    enum class Recorded { Default, Accepted, Dropped };

    QList<int> statuses; // exact statuses; empty: statusClass
    int statusClass = 2; // 2 for "2xx", 4 for "4xx"...; 0 when statuses are exact
    bool allowValidationErrors = false;
    std::optional<qint64> maxBytes;
    Recorded recorded = Recorded::Default;
    QString reason; // with Recorded::Dropped: the reason code expected, empty for any

    bool isDefault() const { return *this == Expectations {}; }
    bool expectsSuccess() const { return statuses.isEmpty() ? statusClass == 2 : false; }
    // "2xx", "200", "200 or 202".
    QString statusText() const;
    // Reads what a person types for the status: "2xx", "4xx", "200", "200, 202" or "200 or 202".
    // The error says what is accepted; nothing changes then.
    Status setStatusText(const QString &text);

    JsonValue toJson() const; // null when default
    static Result<Expectations> fromJson(const JsonValue &value);

    bool operator==(const Expectations &) const = default;
};

// What a sandbox said it did with the calls of one request (its X-Sandbox-* answer headers).
struct SandboxVerdict
{
    int accepted = 0;
    int dropped = 0;
    QStringList reasons; // distinct drop reasons, first first
};

// The facts of one exchange that the expectations judge.
struct ExchangeFacts
{
    int status = 0; // 0: no answer (the explanation says why)
    QString failure; // the client's headline when there was no (whole) answer
    qint64 bodyBytes = 0;
    std::optional<SandboxVerdict> sandbox; // absent when the target is not a sandbox
};

// Every expectation the exchange does not meet, in words; empty when it passes.
QStringList unmetExpectations(const Expectations &expect, const ExchangeFacts &facts);

} // namespace ewb
