// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "sizebudget.h"

#include "json/jsonwriter.h"

#include <QCoreApplication>

namespace ewb {

namespace {

// The translation context of the size messages.
class SizeBudget
{
    Q_DECLARE_TR_FUNCTIONS(ewb::SizeBudget)
};

// The batch array a batch payload sends (the last "batch" member, as the API reads it), or
// nullptr when there is none.
const JsonValue *batchArray(const Payload &payload)
{
    if (!payload.isBatch())
        return nullptr;
    const JsonValue *items = payload.body().find(u"batch");
    return items && items->isArray() ? items : nullptr;
}

// The size of the compact body with the batch array written as "[]": what every part of a split
// carries besides its calls. The tests hold it to toWire() byte for byte.
qsizetype wrapperBytes(const JsonObject &body, const JsonValue *items)
{
    const auto &members = body.members();
    qsizetype bytes = 2 + qsizetype(members.size()) + (members.empty() ? 0 : qsizetype(members.size()) - 1);
    for (const auto &[key, member] : members)
        bytes += compactJsonStringSize(key) + (&member == items ? 2 : compactJsonSize(member));
    return bytes;
}

QString kb(qsizetype bytes)
{
    return QString::number(bytes);
}

} // namespace

SizeReport measureSize(const Payload &payload)
{
    SizeReport report;
    const JsonValue *items = batchArray(payload);
    if (!items) {
        report.bodyBytes = compactJsonSize(payload.body());
        return report;
    }
    // Each item is counted once, not written; the body is the wrapper plus the items and the
    // commas between them.
    const JsonArray &array = items->array();
    report.itemBytes.reserve(qsizetype(array.size()));
    qsizetype total = 0;
    for (const JsonValue &item : array) {
        const qsizetype bytes = compactJsonSize(item);
        report.itemBytes.append(bytes);
        total += bytes;
    }
    if (!array.empty())
        total += qsizetype(array.size()) - 1;
    report.bodyBytes = wrapperBytes(payload.body(), items) + total;
    return report;
}

Diagnostics checkSize(const Payload &payload, const SizeReport &size)
{
    Diagnostics out;
    // Made only when a limit is passed: most calls pass none, and a translation lookup per call
    // showed in a backfill's profile.
    const auto dropped = [] { return SizeBudget::tr("the API answers 200 and silently drops it"); };
    if (payload.isBatch()) {
        if (size.bodyBytes > sizelimits::batchHard)
            out.append({Severity::Error, QString(), QStringLiteral("size.batch.limit"),
                SizeBudget::tr("the batch is %1 bytes, over the limit of %2 bytes per batch: %3; split "
                               "it into smaller batches")
                    .arg(kb(size.bodyBytes), kb(sizelimits::batchHard), dropped())});
        else if (size.bodyBytes > sizelimits::batchMargin)
            out.append({Severity::Warning, QString(), QStringLiteral("size.batch.margin"),
                SizeBudget::tr("the batch is %1 bytes, past the official libraries' margin of %2 bytes "
                               "(the limit is %3; over it %4); consider splitting it")
                    .arg(kb(size.bodyBytes), kb(sizelimits::batchMargin), kb(sizelimits::batchHard),
                        dropped())});
        for (qsizetype i = 0; i < size.itemBytes.size(); ++i) {
            const qsizetype bytes = size.itemBytes[i];
            if (bytes > sizelimits::callHard)
                out.append({Severity::Error, QStringLiteral("/batch/%1").arg(i),
                    QStringLiteral("size.item.limit"),
                    SizeBudget::tr("this call is %1 bytes, over the limit of %2 bytes per call even inside "
                                   "a batch: %3; make it smaller (fewer or shorter properties)")
                        .arg(kb(bytes), kb(sizelimits::callHard), dropped())});
            else if (bytes > sizelimits::callMargin)
                out.append({Severity::Warning, QStringLiteral("/batch/%1").arg(i),
                    QStringLiteral("size.item.margin"),
                    SizeBudget::tr("this call is %1 bytes, past the official libraries' margin of %2 bytes "
                                   "per call (the limit is %3; over it %4)")
                        .arg(kb(bytes), kb(sizelimits::callMargin), kb(sizelimits::callHard), dropped())});
        }
        return out;
    }
    if (size.bodyBytes > sizelimits::callHard)
        out.append({Severity::Error, QString(), QStringLiteral("size.call.limit"),
            SizeBudget::tr("the call is %1 bytes, over the limit of %2 bytes per call: %3; make it "
                           "smaller (fewer or shorter traits or properties)")
                .arg(kb(size.bodyBytes), kb(sizelimits::callHard), dropped())});
    else if (size.bodyBytes > sizelimits::callMargin)
        out.append({Severity::Warning, QString(), QStringLiteral("size.call.margin"),
            SizeBudget::tr("the call is %1 bytes, past the official libraries' margin of %2 bytes (the "
                           "limit is %3; over it %4)")
                .arg(kb(size.bodyBytes), kb(sizelimits::callMargin), kb(sizelimits::callHard), dropped())});
    return out;
}

// Why cutting greedily gives the fewest parts. The calls stay in order, so a split is a sequence of
// cut points. A part's size is overhead + sum(items) + commas, which only shrinks when items are
// taken off its front: so if a run of items fits, every run inside it fits too. Let the greedy parts
// end after items g1 < g2 < ... and any valid split's parts end after o1 < o2 < ... . Claim: gk >= ok
// for every k. For k = 1, greedy takes the longest run that fits from the start, and the other
// split's first run fits, so g1 >= o1. If g(k-1) >= o(k-1): either g(k-1) >= ok already, or greedy's
// k-th part starts at or after the other split's k-th part and the run from there to ok lies inside
// the other split's k-th run, so it fits and greedy goes at least as far. Either way gk >= ok. So when the
// other split has used its last part, greedy has also reached the end: it never uses more parts. Items that
// cannot fit even alone are left out first, which changes none of this.
BatchSplit splitBatch(const Payload &batch, qsizetype maxBatchBytes, qsizetype maxItemBytes)
{
    BatchSplit split;
    const JsonValue *items = batchArray(batch);
    if (!items) {
        split.parts.append(batch);
        return split;
    }
    const SizeReport size = measureSize(batch);
    const qsizetype overhead = wrapperBytes(batch.body(), items);
    const JsonArray &array = items->array();

    // The body of a part: every top-level member as it is, the batch array replaced by the slice.
    const auto makePart = [&](JsonArray slice) {
        JsonObject body;
        body.members().reserve(batch.body().members().size());
        for (const auto &member : batch.body().members()) {
            if (&member.second == items)
                body.members().emplace_back(member.first, JsonValue(std::move(slice)));
            else
                body.members().push_back(member);
        }
        return Payload(CallType::Batch, std::move(body));
    };

    JsonArray current;
    qsizetype currentBytes = overhead;
    for (size_t i = 0; i < array.size(); ++i) {
        const qsizetype bytes = size.itemBytes[qsizetype(i)];
        if (bytes > maxItemBytes || overhead + bytes > maxBatchBytes) {
            split.oversizeItems.append(int(i));
            continue;
        }
        const qsizetype comma = current.empty() ? 0 : 1;
        if (currentBytes + comma + bytes > maxBatchBytes) {
            split.parts.append(makePart(std::move(current)));
            current = JsonArray();
            currentBytes = overhead;
        }
        currentBytes += (current.empty() ? 0 : 1) + bytes;
        current.push_back(array[i]);
    }
    if (!current.empty())
        split.parts.append(makePart(std::move(current)));
    return split;
}

} // namespace ewb
