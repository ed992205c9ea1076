// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "compose/batchedit.h"
#include "json/jsonwriter.h"
#include "workbench/requestdocument.h"

#include <QSignalSpy>
#include <QTest>

using namespace ewb;

namespace {
Payload track(const QString &event)
{
    Payload p = newCall(CallType::Track);
    p.body().insert(QStringLiteral("userId"), QStringLiteral("u1"));
    p.body().insert(QStringLiteral("event"), event);
    return p;
}

// A batch of about `bytes` on the wire, of small track calls.
Payload bigBatch(qsizetype bytes)
{
    JsonArray calls;
    qsizetype size = 0;
    for (int i = 0; size < bytes; ++i) {
        JsonObject call;
        call.insert(QStringLiteral("type"), QStringLiteral("track"));
        call.insert(QStringLiteral("userId"), QStringLiteral("user-%1").arg(i));
        call.insert(QStringLiteral("event"), QStringLiteral("Order Completed"));
        JsonObject properties;
        properties.insert(
            QStringLiteral("orderId"), QStringLiteral("order-%1-%2").arg(i).arg(QString(200, u'x')));
        call.insert(QStringLiteral("properties"), std::move(properties));
        size += writeJson(JsonValue(call)).size() + 1;
        calls.push_back(JsonValue(std::move(call)));
    }
    JsonObject body;
    body.insert(QStringLiteral("batch"), JsonValue(std::move(calls)));
    return Payload(CallType::Batch, std::move(body));
}
} // namespace

// The document under the window (issue 8): its text is the truth until flushed, and its undo
// history shares what edits did not change.
class TestRequestDocument final : public QObject
{
    Q_OBJECT

private slots:
    void flushMakesThePendingTextThePayload()
    {
        RequestDocument doc;
        doc.load(track(QStringLiteral("OLD")));
        doc.setText(QStringLiteral(R"({"type":"track","userId":"u1","event":"NEW"})"));
        QCOMPARE(doc.payload().body().value(u"event").toString(), QStringLiteral("OLD")); // not yet
        Result<Payload> flushed = doc.flush();
        QVERIFY(flushed.ok());
        QCOMPARE(flushed->body().value(u"event").toString(), QStringLiteral("NEW"));
        QCOMPARE(doc.payload().body().value(u"event").toString(), QStringLiteral("NEW"));
        QVERIFY(!doc.hasPendingText());
        QVERIFY(doc.canUndo());
        doc.undo();
        QCOMPARE(doc.payload().body().value(u"event").toString(), QStringLiteral("OLD"));
    }

    void textThatDoesNotParseIsAnErrorAndKeepsBoth()
    {
        RequestDocument doc;
        doc.load(track(QStringLiteral("Good")));
        const QString broken = QStringLiteral(R"({"type":"track","userId":"user-9","event":"x",})");
        doc.setText(broken);
        Result<Payload> flushed = doc.flush();
        QVERIFY(!flushed.ok());
        QCOMPARE(flushed.error().code, QStringLiteral("request.text-invalid"));
        QVERIFY2(flushed.error().message.contains(QStringLiteral("line 1, column")),
            qPrintable(flushed.error().message));
        QCOMPARE(doc.payload().body().value(u"event").toString(), QStringLiteral("Good"));
        QVERIFY(doc.hasPendingText());
        QCOMPARE(doc.draftText(), broken); // the draft keeps what was typed, not the last good payload
    }

    void aLateBackgroundParseOfAnOlderTextIsIgnored()
    {
        RequestDocument doc;
        doc.load(track(QStringLiteral("A")));
        const quint64 first = doc.setText(QStringLiteral(R"({"type":"track","userId":"u1","event":"B"})"));
        doc.setText(QStringLiteral(R"({"type":"track","userId":"u1","event":"C"})"));
        doc.adoptParsedText(first, track(QStringLiteral("B")));
        QCOMPARE(doc.payload().body().value(u"event").toString(), QStringLiteral("A"));
        QCOMPARE(doc.flush()->body().value(u"event").toString(), QStringLiteral("C"));
    }

    void aDraftThatDoesNotParseStaysText()
    {
        RequestDocument doc;
        doc.loadText(QStringLiteral("{\"type\":\"track\",\"event\":"), CallType::Track);
        QVERIFY(doc.hasPendingText());
        QCOMPARE(doc.draftText(), QStringLiteral("{\"type\":\"track\",\"event\":"));
        doc.loadText(QStringLiteral(R"({"type":"page","name":"Home"})"), CallType::Track);
        QVERIFY(!doc.hasPendingText());
        QCOMPARE(doc.payload().type(), CallType::Page);
    }

    void typingIsOneUndoStep()
    {
        RequestDocument doc;
        doc.load(track(QStringLiteral("A")));
        for (const char *event : {"B", "BC", "BCD"}) {
            const quint64 revision = doc.setText(
                QStringLiteral(R"({"type":"track","userId":"u1","event":"%1"})").arg(QLatin1String(event)));
            doc.adoptParsedText(revision, track(QLatin1String(event)));
        }
        QCOMPARE(doc.history().stepCount(), 1);
        doc.undo();
        QCOMPARE(doc.payload().body().value(u"event").toString(), QStringLiteral("A"));
    }

    // Item 7: forty edits of a 3.3 MB batch added about 1 GB (each step two deep copies).
    void undoStepsShareWhatTheyDidNotChange()
    {
        RequestDocument doc;
        doc.load(bigBatch(3'300'000));
        const qsizetype calls = doc.payload().body().value(u"batch").array().size();
        QVERIFY(calls > 10'000);
        for (int i = 0; i < 40; ++i) {
            Payload edited = doc.payload();
            JsonArray &batch = edited.body().find(u"batch")->array();
            batch[size_t(i)].object().insert(QStringLiteral("event"), QStringLiteral("Edited %1").arg(i));
            doc.edit(edited, RequestDocument::Origin::Form, QStringLiteral("edit"));
        }
        QCOMPARE(doc.history().stepCount(), 40);
        // Each step holds a new list of the calls (pointers) and the one call it changed: well
        // under a megabyte a step, where a deep copy is tens of megabytes.
        const qint64 perStep = doc.history().bytes() / 40;
        QVERIFY2(perStep < qint64(calls) * 64, qPrintable(QString::number(perStep)));
        const JsonArray &now = doc.payload().body().value(u"batch").array();
        doc.undo();
        const JsonArray &before = doc.payload().body().value(u"batch").array();
        QVERIFY(now[100].sharesDataWith(before[100]));
    }

    void theHistoryIsBoundedByBytes()
    {
        RequestDocument doc;
        doc.load(track(QStringLiteral("start")));
        PayloadHistory history(UndoLimits {500, 1'000'000});
        Payload previous = doc.payload();
        for (int i = 0; i < 50; ++i) {
            Payload next = track(QString(50'000, QChar(u'a' + i % 26))); // ~100 KB of new text each
            history.push(QStringLiteral("edit"), previous, next, -1);
            previous = next;
        }
        QVERIFY2(history.bytes() <= 1'000'000, qPrintable(QString::number(history.bytes())));
        QVERIFY(history.stepCount() < 50);
        QVERIFY(history.stepCount() >= 1);
        // The newest steps are the ones kept.
        const Payload *undone = history.undo();
        QVERIFY(undone);
        QCOMPARE(undone->body().value(u"event").toString(), QString(50'000, QChar(u'a' + 48 % 26)));
    }
};

QTEST_GUILESS_MAIN(TestRequestDocument)
#include "tst_requestdocument.moc"
