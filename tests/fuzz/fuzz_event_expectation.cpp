// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

// The body of POST /_sandbox/expect, as any client may post it, and the partial matching it asks
// for. Whatever is refused has a message; whatever is read is met by the call it describes
// (matching is reflexive), with no difference listed, and judging the sandbox's events against it,
// met or not, never fails.
#include "fuzzcheck.h"
#include "json/jsonmatch.h"
#include "sandbox/eventexpectation.h"

#include <cstddef>
#include <cstdint>

using namespace ewb;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Result<EventExpectation> parsed = EventExpectation::fromJson(QByteArrayView(data, qsizetype(size)));
    if (!parsed) {
        fuzz::check(!parsed.error().message.isEmpty(), "a refused expectation says why");
        return 0;
    }
    const EventExpectation &expectation = parsed.value();
    fuzz::check(jsonMatches(expectation.match, expectation.match), "a document matches itself");
    fuzz::check(jsonEquivalent(expectation.match, expectation.match), "a document is equivalent to itself");
    int total = -1;
    fuzz::check(jsonDifferences(expectation.match, expectation.match, 10, &total).empty() && total == 0,
        "a document has no differences from itself");

    RecordedEvent itself;
    itself.id = expectation.since + 1;
    itself.accepted = expectation.accepted.value_or(true);
    itself.payload = expectation.match;
    fuzz::check(expectation.isMetBy(itself), "the call the document describes meets it");

    // Against a ring of unrelated and near events: the failure answer is built without trouble.
    EventRing ring(8);
    RecordedEvent other = itself;
    other.payload = JsonValue(JsonObject());
    ring.append(other);
    other.accepted = !itself.accepted;
    other.payload = expectation.match;
    ring.append(other);
    const HttpResponse failed = expectationFailed(expectation, {}, ring, 0);
    fuzz::check(
        failed.status == 417 && !failed.body.isEmpty(), "a failed expectation answers 417 with a body");
    return 0;
}
