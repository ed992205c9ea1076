// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "model/payload.h"

#include <QTest>

using namespace ewb;

class TestPayload : public QObject
{
    Q_OBJECT

private slots:
    void typeDetection_data();
    void typeDetection();
    void rejectsWhatIsNotACall_data();
    void rejectsWhatIsNotACall();
    void roundTripKeepsUnknownFieldsAndBytes();
    void settersUseCanonicalOrder();
    void emptyValueRemovesField();
    void batchItems();
    void callTypePaths();
};

void TestPayload::typeDetection_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("forced");
    QTest::addColumn<QString>("expected");
    QTest::addRow("type field") << QByteArray(R"({"type":"page","userId":"u"})") << ""
                                << "page";
    QTest::addRow("batch key") << QByteArray(R"({"batch":[]})") << ""
                               << "batch";
    QTest::addRow("forced wins over field") << QByteArray(R"({"type":"page"})") << "track"
                                            << "track";
    QTest::addRow("forced without field") << QByteArray(R"({"userId":"u"})") << "identify"
                                          << "identify";
}

void TestPayload::typeDetection()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, forced);
    QFETCH(QString, expected);
    Result<Payload> p = Payload::fromText(json, forced.isEmpty() ? std::nullopt : callTypeFromName(forced));
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
    QCOMPARE(callTypeName(p->type()), expected);
}

void TestPayload::rejectsWhatIsNotACall_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::addRow("top-level array") << QByteArray(R"([{"type":"track"}])") << "payload.not-object";
    QTest::addRow("string") << QByteArray(R"("track")") << "payload.not-object";
    QTest::addRow("no type") << QByteArray(R"({"userId":"u"})") << "payload.no-type";
    QTest::addRow("unknown type") << QByteArray(R"({"type":"purchase"})") << "payload.unknown-type";
    QTest::addRow("type batch without batch") << QByteArray(R"({"type":"batch"})") << "payload.unknown-type";
    QTest::addRow("invalid json") << QByteArray(R"({"type":)") << "json.truncated";
}

void TestPayload::rejectsWhatIsNotACall()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    Result<Payload> p = Payload::fromText(json);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().code, code);
    QVERIFY(!p.error().message.isEmpty());
}

void TestPayload::roundTripKeepsUnknownFieldsAndBytes()
{
    const QByteArray wire =
        R"({"userId":"u1","event":"Order Completed","x_custom":{"deep":[1,2.50]},"properties":{"total":12.5},"type":"track"})";
    Result<Payload> p = Payload::fromText(wire);
    QVERIFY(p.ok());
    QCOMPARE(p->toWire(), wire);
    // Editing a known field keeps everything else where it was.
    p->setUserId(QStringLiteral("u2"));
    QCOMPARE(p->toWire(), QByteArray(wire).replace("\"u1\"", "\"u2\""));
}

void TestPayload::settersUseCanonicalOrder()
{
    Payload p(CallType::Track);
    p.setField(QStringLiteral("properties"), JsonObject());
    p.setStringField(QStringLiteral("event"), QStringLiteral("Signed Up"));
    p.setStringField(QStringLiteral("timestamp"), QStringLiteral("2024-01-01T00:00:00Z"));
    p.setField(QStringLiteral("x_unknown"), true);
    p.setAnonymousId(QStringLiteral("a1"));
    p.setUserId(QStringLiteral("u1"));
    p.setStringField(QStringLiteral("type"), QStringLiteral("track"));
    QCOMPARE(p.toWire(),
        QByteArray(
            R"({"type":"track","userId":"u1","anonymousId":"a1","event":"Signed Up","properties":{},"timestamp":"2024-01-01T00:00:00Z","x_unknown":true})"));
}

void TestPayload::emptyValueRemovesField()
{
    Payload p(CallType::Identify);
    p.setUserId(QStringLiteral("u1"));
    p.setUserId(QString());
    QCOMPARE(p.toWire(), QByteArray("{}"));
    QVERIFY(!p.removeField(u"userId"));
}

void TestPayload::batchItems()
{
    Payload batch(CallType::Batch);
    QCOMPARE(batch.toWire(), QByteArray(R"({"batch":[]})"));
    JsonObject item;
    item.insert(QStringLiteral("type"), QStringLiteral("track"));
    batch.batchItems().push_back(JsonValue(item));
    QCOMPARE(batch.batchItems().size(), size_t(1));
    QCOMPARE(batch.toWire(), QByteArray(R"({"batch":[{"type":"track"}]})"));
    QVERIFY(Payload(CallType::Track).batchItems().empty());
}

void TestPayload::callTypePaths()
{
    QCOMPARE(callTypePath(CallType::Identify), QStringLiteral("/identify"));
    QCOMPARE(callTypeShortPath(CallType::Batch), QStringLiteral("/b"));
    QCOMPARE(callTypeFromPath(u"/t"), std::optional(CallType::Track));
    QCOMPARE(callTypeFromPath(u"/group"), std::optional(CallType::Group));
    QCOMPARE(callTypeFromPath(u"/x"), std::nullopt);
    QCOMPARE(callTypeTitle(CallType::Screen), QStringLiteral("Screen"));
}

QTEST_GUILESS_MAIN(TestPayload)
#include "tst_payload.moc"
