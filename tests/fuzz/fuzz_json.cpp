// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

// The JSON reader and everything the editor runs on a document on each keystroke: parse, write
// back, read as a payload, validate, measure and split. Input: any bytes (a file, a paste).
#include "fuzzcheck.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "model/payload.h"
#include "validation/sizebudget.h"
#include "validation/validator.h"

#include <cstddef>
#include <cstdint>

using namespace ewb;

namespace {

void checkPayloadRules(const Payload &payload)
{
    ValidationOptions options;
    options.nowMsecsSinceEpoch = 1'700'000'000'000; // fixed, so an input replays the same way
    const PayloadCheck checked = checkPayload(payload, options);
    const QByteArray wire = payload.toWire();
    fuzz::check(checked.size.bodyBytes == wire.size(), "SizeReport::bodyBytes is the size of toWire()");
    fuzz::check(parseJson(wire).ok(), "a payload's wire bytes parse");
    if (!payload.isBatch())
        return;
    fuzz::check(checked.size.itemBytes.size() == qsizetype(payload.batchItems().size()),
        "SizeReport has one size per batch item");
    // Without a "batch" array (a call forced to the batch endpoint) there is nothing to split,
    // and splitBatch hands the payload back whole.
    if (!payload.body().value(u"batch").isArray())
        return;
    // Small limits, so that inputs of a few hundred bytes reach the splitting paths.
    constexpr qsizetype maxBatch = 600;
    constexpr qsizetype maxItem = 300;
    const BatchSplit split = splitBatch(payload, maxBatch, maxItem);
    qsizetype items = split.oversizeItems.size();
    for (const Payload &part : split.parts) {
        fuzz::check(part.toWire().size() <= maxBatch, "every part of a split batch fits");
        items += qsizetype(part.batchItems().size());
    }
    fuzz::check(items == qsizetype(payload.batchItems().size()), "a split keeps or lists every call");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input(data, qsizetype(size));
    JsonSyntaxError where;
    Result<JsonValue> doc = parseJson(input, {}, &where);
    if (!doc.ok()) {
        fuzz::check(where.offset >= 0 && where.offset <= input.size(), "a syntax error is inside the input");
        fuzz::check(where.line >= 1 && where.column >= 1, "a syntax error has a line and a column");
        fuzz::check(!doc.error().code.isEmpty(), "a syntax error has a code");
        return 0;
    }

    // The writer's output is JSON the reader takes, and writing it again gives the same bytes.
    const QByteArray compact = writeJson(doc.value());
    Result<JsonValue> again = parseJson(compact);
    fuzz::check(again.ok(), "the compact writer's output parses");
    fuzz::check(again.value() == doc.value(), "parse(write(x)) == x");
    fuzz::check(writeJson(again.value()) == compact, "writing is stable");
    fuzz::check(compactJsonSize(doc.value()) == compact.size(), "the counted size is the written size");
    Result<JsonValue> pretty = parseJson(writeJson(doc.value(), JsonStyle::Pretty, KeyOrder::Sorted));
    fuzz::check(pretty.ok(), "the pretty, sorted writer's output parses");

    if (Result<Payload> payload = Payload::fromJson(doc.value()); payload.ok())
        checkPayloadRules(payload.value());
    // The endpoint decides the type (a call pasted for /v1/batch, --type on the command line).
    const CallType forced = allCallTypes[size % allCallTypes.size()];
    if (Result<Payload> payload = Payload::fromJson(doc.value(), forced); payload.ok())
        checkPayloadRules(payload.value());
    return 0;
}
