#include "sizebudget.h"

#include "json/jsonwriter.h"

namespace ewb {

namespace {

// The batch array a batch payload sends (the last "batch" member, as the API reads it), or
// nullptr when there is none.
const JsonValue *batchArray(const Payload &payload)
{
    if (!payload.isBatch())
        return nullptr;
    const JsonValue *items = payload.body().find(u"batch");
    return items && items->isArray() ? items : nullptr;
}

// The compact body with the batch array written as "[]": what every part of a split carries besides
// its calls. Mirrors the compact writer's object form ({"k":v,...}); the tests hold it to
// toWire() byte for byte.
qsizetype wrapperBytes(const JsonObject &body, const JsonValue *items, QByteArray &scratch)
{
    scratch.resize(0);
    scratch += '{';
    bool first = true;
    for (const auto &member : body.members()) {
        if (!first)
            scratch += ',';
        first = false;
        appendJsonString(scratch, member.first);
        scratch += ':';
        if (&member.second == items)
            scratch += "[]";
        else
            appendJson(scratch, member.second);
    }
    scratch += '}';
    return scratch.size();
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
        report.bodyBytes = payload.toWire().size();
        return report;
    }
    // Each item is written once into a reused buffer; the body is the wrapper plus the items and
    // the commas between them, so nothing is written twice.
    QByteArray scratch;
    scratch.reserve(4096);
    const JsonArray &array = items->array();
    report.itemBytes.reserve(qsizetype(array.size()));
    qsizetype total = 0;
    for (const JsonValue &item : array) {
        scratch.resize(0);
        appendJson(scratch, item);
        report.itemBytes.append(scratch.size());
        total += scratch.size();
    }
    if (!array.empty())
        total += qsizetype(array.size()) - 1;
    report.bodyBytes = wrapperBytes(payload.body(), items, scratch) + total;
    return report;
}

Diagnostics checkSize(const Payload &payload, const SizeReport &size)
{
    Diagnostics out;
    const QString dropped = QStringLiteral("the API answers 200 and silently drops it");
    if (payload.isBatch()) {
        if (size.bodyBytes > sizelimits::batchHard)
            out.append({Severity::Error, QString(), QStringLiteral("size.batch.limit"),
                QStringLiteral("the batch is %1 bytes, over the limit of %2 bytes per batch: %3; split "
                               "it into smaller batches")
                    .arg(kb(size.bodyBytes), kb(sizelimits::batchHard), dropped)});
        else if (size.bodyBytes > sizelimits::batchMargin)
            out.append({Severity::Warning, QString(), QStringLiteral("size.batch.margin"),
                QStringLiteral("the batch is %1 bytes, past the official libraries' margin of %2 bytes "
                               "(the limit is %3; over it %4); consider splitting it")
                    .arg(kb(size.bodyBytes), kb(sizelimits::batchMargin), kb(sizelimits::batchHard),
                        dropped)});
        for (qsizetype i = 0; i < size.itemBytes.size(); ++i) {
            const qsizetype bytes = size.itemBytes[i];
            if (bytes > sizelimits::callHard)
                out.append({Severity::Error, QStringLiteral("/batch/%1").arg(i),
                    QStringLiteral("size.item.limit"),
                    QStringLiteral("this call is %1 bytes, over the limit of %2 bytes per call even inside "
                                   "a batch: %3; make it smaller (fewer or shorter properties)")
                        .arg(kb(bytes), kb(sizelimits::callHard), dropped)});
            else if (bytes > sizelimits::callMargin)
                out.append({Severity::Warning, QStringLiteral("/batch/%1").arg(i),
                    QStringLiteral("size.item.margin"),
                    QStringLiteral("this call is %1 bytes, past the official libraries' margin of %2 bytes "
                                   "per call (the limit is %3; over it %4)")
                        .arg(kb(bytes), kb(sizelimits::callMargin), kb(sizelimits::callHard), dropped)});
        }
        return out;
    }
    if (size.bodyBytes > sizelimits::callHard)
        out.append({Severity::Error, QString(), QStringLiteral("size.call.limit"),
            QStringLiteral("the call is %1 bytes, over the limit of %2 bytes per call: %3; make it "
                           "smaller (fewer or shorter traits or properties)")
                .arg(kb(size.bodyBytes), kb(sizelimits::callHard), dropped)});
    else if (size.bodyBytes > sizelimits::callMargin)
        out.append({Severity::Warning, QString(), QStringLiteral("size.call.margin"),
            QStringLiteral("the call is %1 bytes, past the official libraries' margin of %2 bytes (the "
                           "limit is %3; over it %4)")
                .arg(kb(size.bodyBytes), kb(sizelimits::callMargin), kb(sizelimits::callHard), dropped)});
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
    QByteArray scratch;
    const qsizetype overhead = wrapperBytes(batch.body(), items, scratch);
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
