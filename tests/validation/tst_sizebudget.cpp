// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "json/jsonwriter.h"
#include "support/diagnosticlines.h"
#include "validation/sizebudget.h"

#include <QTest>

#include <random>

using namespace ewb;
using ewb::test::diagnosticLines;
using ewb::test::lines;

namespace {

// A track call whose compact JSON is exactly `bytes` long, padded with `unit` (1, 2, 3 or 4 bytes
// of UTF-8) and ASCII to land on the byte.
JsonObject callOfSize(qsizetype bytes, const QString &unit = QStringLiteral("x"))
{
    JsonObject call;
    call.insert(QStringLiteral("type"), QStringLiteral("track"));
    call.insert(QStringLiteral("p"), QString());
    const qsizetype base = writeJson(JsonValue(call)).size();
    const qsizetype unitBytes = unit.toUtf8().size();
    const qsizetype room = bytes - base;
    if (room < 0)
        qFatal("no call is as small as %lld bytes", qlonglong(bytes));
    call.insert(
        QStringLiteral("p"), QString(unit.repeated(room / unitBytes) + QString(room % unitBytes, u'x')));
    if (writeJson(JsonValue(call)).size() != bytes)
        qFatal("callOfSize(%lld) missed", qlonglong(bytes));
    return call;
}

Payload batchOf(const QList<qsizetype> &itemSizes, JsonObject shared = {})
{
    JsonArray items;
    for (const qsizetype size : itemSizes)
        items.push_back(JsonValue(callOfSize(size)));
    JsonObject body = std::move(shared);
    body.insert(QStringLiteral("batch"), std::move(items));
    return Payload(CallType::Batch, std::move(body));
}

// A batch whose body is exactly `bytes` long: items of about 30 KB and one that makes up the rest.
Payload batchOfSize(qsizetype bytes)
{
    const qsizetype overhead = QByteArray(R"({"batch":[]})").size();
    QList<qsizetype> sizes;
    qsizetype left = bytes - overhead;
    while (left > 0) {
        const qsizetype comma = sizes.isEmpty() ? 0 : 1;
        qsizetype size = std::min<qsizetype>(30000, left - comma);
        if (left - comma - size > 0 && left - comma - size < 200)
            size -= 200; // keep the last item big enough to be a call
        sizes << size;
        left -= comma + size;
    }
    return batchOf(sizes);
}

} // namespace

class TstSizeBudget : public QObject
{
    Q_OBJECT
private slots:
    void bytesAreUtf8Bytes_data();
    void bytesAreUtf8Bytes();
    void bodyBytesEqualTheWire_data();
    void bodyBytesEqualTheWire();
    void callLimits_data();
    void callLimits();
    void batchLimits_data();
    void batchLimits();
    void itemLimits_data();
    void itemLimits();
    void messagesExplainTheDrop();
    void split_data();
    void split();
    void splitKeepsSharedFieldsAndOrder();
    void splitIsMinimal();
    void splitOfASingleCall();
};

void TstSizeBudget::bytesAreUtf8Bytes_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("bytes"); // of the value as a JSON string, quotes included
    QTest::addRow("ascii") << "abc" << 5;
    QTest::addRow("two-byte") << QString::fromUtf8("é") << 4;
    QTest::addRow("three-byte") << QString::fromUtf8("€") << 5;
    QTest::addRow("four-byte (surrogate pair)") << QString::fromUtf8("😀") << 6;
    QTest::addRow("mixed") << QString::fromUtf8("aé€😀") << 12;
    QTest::addRow("escaped quote") << "\"" << 4;
    QTest::addRow("control character") << QString(QChar(1)) << 8;
    QTest::addRow("newline") << "\n" << 4;
    QTest::addRow("lone surrogate") << QString(QChar(0xD800)) << 8;
}

void TstSizeBudget::bytesAreUtf8Bytes()
{
    QFETCH(QString, value);
    QFETCH(int, bytes);
    JsonObject body;
    body.insert(QStringLiteral("userId"), value);
    const Payload p(CallType::Identify, body);
    const qsizetype wrapper = QByteArray(R"({"userId":})").size();
    QCOMPARE(measureSize(p).bodyBytes, wrapper + bytes);
}

void TstSizeBudget::bodyBytesEqualTheWire_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addRow("single") << QByteArray(
        R"({"type":"track","userId":"ü","event":"e","properties":{"a":[1,2.50,null]}})");
    QTest::addRow("batch") << QByteArray(
        R"({"batch":[{"type":"page","userId":"u"},{"type":"page","userId":"😀"}],"context":{"ip":"x"}})");
    QTest::addRow("batch first") << QByteArray(
        R"({"context":{},"batch":[{"a":1}],"integrations":{"All":true}})");
    QTest::addRow("empty batch") << QByteArray(R"({"batch":[]})");
    QTest::addRow("one item") << QByteArray(R"({"batch":[{}]})");
    QTest::addRow("duplicate batch keys") << QByteArray(R"({"batch":[{"x":1}],"batch":[{"y":22},{"z":3}]})");
    QTest::addRow("batch not an array") << QByteArray(R"({"batch":{"a":"b"}})");
    QTest::addRow("items of any kind") << QByteArray(R"({"batch":[1,"two",null,[],{"k":"\u0001"}]})");
}

void TstSizeBudget::bodyBytesEqualTheWire()
{
    QFETCH(QByteArray, json);
    const Payload p = Payload::fromText(json).value();
    const SizeReport size = measureSize(p);
    QCOMPARE(size.bodyBytes, p.toWire().size());
    qsizetype sum = 0;
    for (size_t i = 0; i < p.batchItems().size(); ++i) {
        QCOMPARE(size.itemBytes[qsizetype(i)], writeJson(p.batchItems()[i]).size());
        sum += size.itemBytes[qsizetype(i)];
    }
    QCOMPARE(size.itemBytes.size(), qsizetype(p.batchItems().size()));
    QVERIFY(sum <= size.bodyBytes);
}

void TstSizeBudget::callLimits_data()
{
    QTest::addColumn<qsizetype>("bytes");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("small") << qsizetype(100) << "x" << QStringList();
    QTest::addRow("at the margin") << qsizetype(32000) << "x" << QStringList();
    QTest::addRow("past the margin") << qsizetype(32001) << "x" << lines({"warning  size.call.margin"});
    QTest::addRow("at the limit") << qsizetype(32768) << "x" << lines({"warning  size.call.margin"});
    QTest::addRow("past the limit") << qsizetype(32769) << "x" << lines({"error  size.call.limit"});
    // Multi-byte text: the count is of UTF-8 bytes, not characters.
    QTest::addRow("margin in é") << qsizetype(32000) << QString::fromUtf8("é") << QStringList();
    QTest::addRow("past margin in €")
        << qsizetype(32001) << QString::fromUtf8("€") << lines({"warning  size.call.margin"});
    QTest::addRow("limit in 😀") << qsizetype(32768) << QString::fromUtf8("😀")
                                << lines({"warning  size.call.margin"});
    QTest::addRow("past limit in 😀") << qsizetype(32769) << QString::fromUtf8("😀")
                                     << lines({"error  size.call.limit"});
}

void TstSizeBudget::callLimits()
{
    QFETCH(qsizetype, bytes);
    QFETCH(QString, unit);
    QFETCH(QStringList, expected);
    const Payload p(CallType::Track, callOfSize(bytes, unit));
    QCOMPARE(p.toWire().size(), bytes);
    const SizeReport size = measureSize(p);
    QCOMPARE(size.bodyBytes, bytes);
    QVERIFY(size.itemBytes.isEmpty());
    QCOMPARE(diagnosticLines(checkSize(p, size)), expected);
    if (unit != u"x")
        QVERIFY(p.stringField(u"p").size() < bytes - 10000); // far fewer characters than bytes
}

void TstSizeBudget::batchLimits_data()
{
    QTest::addColumn<qsizetype>("bytes");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("at the margin") << qsizetype(500000) << QStringList();
    QTest::addRow("past the margin") << qsizetype(500001) << lines({"warning  size.batch.margin"});
    QTest::addRow("at the limit") << qsizetype(512000) << lines({"warning  size.batch.margin"});
    QTest::addRow("past the limit") << qsizetype(512001) << lines({"error  size.batch.limit"});
}

void TstSizeBudget::batchLimits()
{
    QFETCH(qsizetype, bytes);
    QFETCH(QStringList, expected);
    const Payload p = batchOfSize(bytes);
    const SizeReport size = measureSize(p);
    QCOMPARE(size.bodyBytes, bytes);
    QCOMPARE(diagnosticLines(checkSize(p, size)), expected);
}

void TstSizeBudget::itemLimits_data()
{
    QTest::addColumn<qsizetype>("bytes");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("at the margin") << qsizetype(32000) << QStringList();
    QTest::addRow("past the margin") << qsizetype(32001) << lines({"warning /batch/1 size.item.margin"});
    QTest::addRow("at the limit") << qsizetype(32768) << lines({"warning /batch/1 size.item.margin"});
    QTest::addRow("past the limit") << qsizetype(32769) << lines({"error /batch/1 size.item.limit"});
}

void TstSizeBudget::itemLimits()
{
    QFETCH(qsizetype, bytes);
    QFETCH(QStringList, expected);
    const Payload p = batchOf({100, bytes, 100});
    const SizeReport size = measureSize(p);
    QCOMPARE(size.itemBytes, (QList<qsizetype> {100, bytes, 100}));
    QCOMPARE(diagnosticLines(checkSize(p, size)), expected);
}

void TstSizeBudget::messagesExplainTheDrop()
{
    const Payload single(CallType::Track, callOfSize(40000));
    const Payload batch = batchOfSize(520000);
    for (const Payload *p : {&single, &batch}) {
        const Diagnostics d = checkSize(*p, measureSize(*p));
        QVERIFY(!d.isEmpty());
        QVERIFY2(d.first().message.contains(QLatin1String("200")), qPrintable(d.first().message));
        QVERIFY2(d.first().message.contains(QLatin1String("drops")), qPrintable(d.first().message));
    }
}

// Golden splits: item sizes and a batch limit in, the parts' item counts and the left-out items out.
void TstSizeBudget::split_data()
{
    QTest::addColumn<QList<qsizetype>>("items");
    QTest::addColumn<qsizetype>("maxBatch");
    QTest::addColumn<qsizetype>("maxItem");
    QTest::addColumn<QList<int>>("partSizes");
    QTest::addColumn<QList<int>>("oversize");
    const qsizetype overhead = 12; // {"batch":[]}
    using Sizes = QList<qsizetype>;
    using Ints = QList<int>;
    QTest::addRow("fits") << Sizes {100, 100} << qsizetype(1000) << qsizetype(1000) << Ints {2} << Ints {};
    QTest::addRow("exactly fits") << Sizes {100, 100} << overhead + 201 << qsizetype(1000) << Ints {2}
                                  << Ints {};
    QTest::addRow("one byte short") << Sizes {100, 100} << overhead + 200 << qsizetype(1000) << Ints {1, 1}
                                    << Ints {};
    QTest::addRow("greedy") << Sizes {60, 60, 60, 60, 60} << overhead + 122 << qsizetype(1000)
                            << Ints {2, 2, 1} << Ints {};
    QTest::addRow("big then small") << Sizes {150, 60, 60, 150} << overhead + 150 << qsizetype(1000)
                                    << Ints {1, 2, 1} << Ints {};
    QTest::addRow("item over item limit")
        << Sizes {60, 500, 60} << qsizetype(2000) << qsizetype(400) << Ints {2} << Ints {1};
    QTest::addRow("item alone over batch limit")
        << Sizes {60, 190, 60} << overhead + 150 << qsizetype(1000) << Ints {2} << Ints {1};
    QTest::addRow("all oversize") << Sizes {500, 600} << qsizetype(300) << qsizetype(1000) << Ints {}
                                  << Ints {0, 1};
    QTest::addRow("empty") << Sizes {} << qsizetype(300) << qsizetype(1000) << Ints {} << Ints {};
    QTest::addRow("real limits") << Sizes {30000, 30000, 30000, 30000, 30000, 30000, 30000, 30000, 30000,
                                        30000, 30000, 30000, 30000, 30000, 30000, 30000, 30000, 32769, 30000}
                                 << sizelimits::batchMargin << sizelimits::callHard << Ints {16, 2}
                                 << Ints {17};
}

void TstSizeBudget::split()
{
    QFETCH(QList<qsizetype>, items);
    QFETCH(qsizetype, maxBatch);
    QFETCH(qsizetype, maxItem);
    QFETCH(QList<int>, partSizes);
    QFETCH(QList<int>, oversize);
    const Payload batch = batchOf(items);
    const BatchSplit split = splitBatch(batch, maxBatch, maxItem);
    QList<int> counts;
    for (const Payload &part : split.parts) {
        counts << int(part.batchItems().size());
        QVERIFY(part.isBatch());
        QVERIFY(part.toWire().size() <= maxBatch);
        QCOMPARE(measureSize(part).bodyBytes, part.toWire().size());
    }
    QCOMPARE(counts, partSizes);
    QCOMPARE(split.oversizeItems, oversize);
}

void TstSizeBudget::splitKeepsSharedFieldsAndOrder()
{
    JsonObject shared;
    JsonObject context;
    context.insert(QStringLiteral("ip"), QStringLiteral("203.0.113.9"));
    shared.insert(QStringLiteral("context"), context);
    JsonObject integrations;
    integrations.insert(QStringLiteral("All"), false);
    shared.insert(QStringLiteral("integrations"), integrations);
    shared.insert(QStringLiteral("sentAt"), QStringLiteral("2024-01-01T00:00:00Z"));
    QList<qsizetype> sizes;
    for (int i = 0; i < 40; ++i)
        sizes << 200 + 37 * (i % 7);
    const Payload batch = batchOf(sizes, shared);
    const qsizetype limit = 2000;
    const BatchSplit split = splitBatch(batch, limit, limit);
    QVERIFY(split.parts.size() > 3);
    JsonArray rejoined;
    for (const Payload &part : split.parts) {
        QVERIFY(part.toWire().size() <= limit);
        // The shared fields come in every part, in their place, and count towards its size.
        QCOMPARE(part.body().members().size(), batch.body().members().size());
        for (size_t m = 0; m < batch.body().members().size(); ++m) {
            QCOMPARE(part.body().members()[m].first, batch.body().members()[m].first);
            if (part.body().members()[m].first != u"batch")
                QVERIFY(part.body().members()[m].second == batch.body().members()[m].second);
        }
        for (const JsonValue &item : part.batchItems())
            rejoined.push_back(item);
    }
    QVERIFY(rejoined == batch.batchItems());
}

// Greedy against the fewest parts found by dynamic programming over every contiguous split, on
// random batches (fixed seed).
void TstSizeBudget::splitIsMinimal()
{
    std::mt19937 rng(20240601);
    for (int round = 0; round < 60; ++round) {
        const int n = 1 + int(rng() % 14);
        QList<qsizetype> sizes;
        for (int i = 0; i < n; ++i)
            sizes << qsizetype(60 + rng() % 300);
        const qsizetype limit = 12 + 360 + qsizetype(rng() % 700); // every item fits alone
        const Payload batch = batchOf(sizes);
        const BatchSplit split = splitBatch(batch, limit, 10000);
        QVERIFY(split.oversizeItems.isEmpty());
        // best[i]: fewest parts for the first i items.
        std::vector<int> best(size_t(n) + 1, 1 << 20);
        best[0] = 0;
        for (int end = 1; end <= n; ++end) {
            qsizetype bytes = 12 - 1;
            for (int start = end - 1; start >= 0; --start) {
                bytes += sizes[start] + 1;
                if (bytes > limit)
                    break;
                best[size_t(end)] = std::min(best[size_t(end)], best[size_t(start)] + 1);
            }
        }
        QCOMPARE(split.parts.size(), qsizetype(best[size_t(n)]));
    }
}

void TstSizeBudget::splitOfASingleCall()
{
    const Payload call(CallType::Track, callOfSize(500));
    const BatchSplit split = splitBatch(call);
    QCOMPARE(split.parts.size(), 1);
    QVERIFY(split.parts.first() == call);
}

QTEST_GUILESS_MAIN(TstSizeBudget)
#include "tst_sizebudget.moc"
