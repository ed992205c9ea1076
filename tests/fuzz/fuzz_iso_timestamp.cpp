// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

// The ISO 8601 / RFC 3339 reader behind every "timestamp" check. An instant it accepts, written
// back in UTC with milliseconds, must read as the same instant.
#include "fuzzcheck.h"
#include "validation/isotimestamp.h"

#include <QDateTime>

#include <cstddef>
#include <cstdint>

using namespace ewb;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(QByteArrayView(data, qsizetype(size)));
    const ParsedTimestamp parsed = parseIsoTimestamp(text);
    if (parsed.problem != TimestampProblem::None) {
        fuzz::check(parsed.msecsSinceEpoch == 0, "a refused timestamp has no instant");
        return 0;
    }
    const QDateTime instant = QDateTime::fromMSecsSinceEpoch(parsed.msecsSinceEpoch, Qt::UTC);
    // Past the four-digit years (an offset can push 0001-01-01 or 9999-12-31 over) there is no
    // form the reader takes.
    if (instant.date().year() < 1 || instant.date().year() > 9999)
        return 0;
    const QString written = instant.toString(Qt::ISODateWithMs);
    fuzz::check(
        formatIsoUtcMillis(parsed.msecsSinceEpoch) == written, "the fast writer writes what Qt writes");
    const ParsedTimestamp back = parseIsoTimestamp(written);
    fuzz::check(back.problem == TimestampProblem::None, "a timestamp written back in UTC reads");
    fuzz::check(
        back.msecsSinceEpoch == parsed.msecsSinceEpoch, "a timestamp written back is the same instant");
    return 0;
}
