// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "backfillinput.h"
#include "model/payload.h"
#include "validation/diagnostic.h"

#include <optional>

namespace ewb {

// What a backfill asks of every row before anything is sent.
struct BackfillRules
{
    std::optional<CallType> type; // --type: for rows without a "type"
    bool allowDestructive = false; // --allow-destructive: User Deleted and the like may go
    JsonObject tags; // --tag NAME=VALUE: stamped under context.backfill of every call
    qint64 nowMsecsSinceEpoch = 0; // 0: the clock's; what "in the future" is measured from
};

// One row, checked: the call as it will go in a batch (type set, messageId kept or derived, tags
// stamped), or the errors that keep it from being sent. Warnings never keep a row back.
struct CheckedRow
{
    qint64 index = 0;
    qint64 line = 0;
    std::optional<Payload> call; // absent when rejected
    QByteArray wire; // the call's compact JSON as it goes into the batch
    Diagnostics errors;
    Diagnostics warnings;
    QString person; // userId, else anonymousId: whose order must be kept
    QByteArray raw; // the row as read, for the rejects file
    // A rejected row that is a call (after a CSV mapping): its JSON, to open and fix in the composer.
    QByteArray callJson;
    CallType type = CallType::Track; // the row's call type, as far as it is known

    bool rejected() const { return !call; }
};

// The messageId a row without one gets: a UUID (v5) of the row as written (its first 4 KB, see
// InputRow::raw) and its place in the input, so sending the same file again, or resuming, makes the
// same ids and the API's de-duplication by messageId keeps one event per row.
QString derivedMessageId(QByteArrayView row, qint64 index);

CheckedRow checkRow(InputRow row, const BackfillRules &rules);

} // namespace ewb
